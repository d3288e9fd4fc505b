import { sql } from 'drizzle-orm';
import { beforeAll, afterAll, expect, it } from 'vitest';
import { describeBackends } from './support/backends.ts';
import { startTestApp } from './support/app.ts';
import { SETUP_TIMEOUT_MS, flowPlaybook, newAccount, publishPlaybook, quietPlaySchedules } from './support/plays-fixtures.ts';
import type { TestApp } from './support/app.ts';

describeBackends('accounts and contacts over HTTP', (backend) => {
  let app: TestApp;
  let csm: { cookie: string; userId: string };

  beforeAll(async () => {
    app = await startTestApp(await backend.freshDatabase());
    csm = await app.signIn('csm');
  });
  afterAll(() => app.stop());

  it('creates, reads, updates and deletes an account, recording the timeline', async () => {
    const created = await app.call('POST', '/api/accounts', {
      cookie: csm.cookie,
      body: { name: 'Acme Logistics', crmId: 'SF-001', arr: 48_000, touchModel: 'high', lifecycleStage: 'adoption', renewalDate: '2027-03-31', ownerId: csm.userId, traits: { industry: 'logistics' } },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: 'Acme Logistics', crmId: 'SF-001', arr: 48_000, touchModel: 'high', renewalDate: '2027-03-31', traits: { industry: 'logistics' } });
    const id = created.body.id;

    expect((await app.call('GET', `/api/accounts/${id}`, { cookie: csm.cookie })).body.name).toBe('Acme Logistics');

    const patched = await app.call('PATCH', `/api/accounts/${id}`, { cookie: csm.cookie, body: { arr: 60_000, lifecycleStage: 'expansion' } });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ arr: 60_000, lifecycleStage: 'expansion', name: 'Acme Logistics' });

    const timeline = await app.call('GET', `/api/accounts/${id}/timeline`, { cookie: csm.cookie });
    expect(timeline.body.data.map((e: { type: string }) => e.type)).toEqual(['account.updated', 'account.created']);
    expect(timeline.body.data[0].data).toMatchObject({ from: { arr: 48_000, lifecycleStage: 'adoption' }, to: { arr: 60_000, lifecycleStage: 'expansion' } });

    expect((await app.call('DELETE', `/api/accounts/${id}`, { cookie: csm.cookie })).status).toBe(204);
    const gone = await app.call('GET', `/api/accounts/${id}`, { cookie: csm.cookie });
    expect(gone.status).toBe(404);
    expect(gone.body.error.code).toBe('not_found');
  });

  it('pages, sorts and filters the account list', async () => {
    for (let i = 0; i < 7; i++) {
      const res = await app.call('POST', '/api/accounts', {
        cookie: csm.cookie,
        body: { name: `Paging Co ${i}`, arr: 1000 * (i + 1), touchModel: i % 2 ? 'tech' : 'low', tier: 'smb', renewalDate: new Date(Date.now() + (i * 20 + 1) * 86_400_000).toISOString().slice(0, 10) },
      });
      expect(res.status).toBe(201);
    }
    const page1 = await app.call('GET', '/api/accounts?q=paging&sort=-arr&pageSize=3', { cookie: csm.cookie });
    expect(page1.status).toBe(200);
    expect(page1.body.page).toEqual({ page: 1, pageSize: 3, total: 7 });
    expect(page1.body.data.map((a: { arr: number }) => a.arr)).toEqual([7000, 6000, 5000]);
    const page3 = await app.call('GET', '/api/accounts?q=paging&sort=-arr&pageSize=3&page=3', { cookie: csm.cookie });
    expect(page3.body.data.map((a: { arr: number }) => a.arr)).toEqual([1000]);

    const tech = await app.call('GET', '/api/accounts?q=paging&touchModel=tech&sort=name', { cookie: csm.cookie });
    expect(tech.body.data.map((a: { name: string }) => a.name)).toEqual(['Paging Co 1', 'Paging Co 3', 'Paging Co 5']);

    const soon = await app.call('GET', '/api/accounts?q=paging&renewalWithinDays=30', { cookie: csm.cookie });
    expect(soon.body.data.map((a: { name: string }) => a.name).sort()).toEqual(['Paging Co 0', 'Paging Co 1']);

    const bad = await app.call('GET', '/api/accounts?sort=colour&pageSize=1000', { cookie: csm.cookie });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.issues.map((i: { path: string }) => i.path).sort()).toEqual(['query.pageSize', 'query.sort']);
  });

  it('filters by health tier, segment and open play, and sorts by health score', async () => {
    const db = app.running.services.database.db;
    await quietPlaySchedules(app);
    const manager = await app.signIn('manager');
    await publishPlaybook(app, manager.cookie, 'filter-flow', flowPlaybook('filter-flow'));
    const soon = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
    const made = {
      low: await newAccount(db, { name: 'Health Co low', renewalDate: soon(10) }, { health: { score: 25, tier: 'critical' } }),
      mid: await newAccount(db, { name: 'Health Co mid', arr: 5000, renewalDate: soon(40) }, { health: { score: 45.5, tier: 'at-risk' } }),
      risk: await newAccount(db, { name: 'Health Co risk', arr: 3000, renewalDate: soon(200) }, { health: { score: 52, tier: 'at-risk' } }),
      high: await newAccount(db, { name: 'Health Co high', renewalDate: soon(60) }, { health: { score: 91, tier: 'healthy' } }),
      none: await newAccount(db, { name: 'Health Co unscored', renewalDate: soon(5) }),
    };
    const names = async (query: string) => {
      const res = await app.call('GET', `/api/accounts?q=health%20co&${query}`, { cookie: csm.cookie });
      expect(res.status).toBe(200);
      return res.body.data.map((a: { name: string }) => a.name.replace('Health Co ', ''));
    };

    expect(await names('healthTier=at-risk&sort=-arr')).toEqual(['mid', 'risk']);
    // Ascending health is the least healthy first; unscored accounts last in both directions.
    expect(await names('sort=health')).toEqual(['low', 'mid', 'risk', 'high', 'unscored']);
    expect(await names('sort=-health')).toEqual(['high', 'risk', 'mid', 'low', 'unscored']);
    expect(await names('sort=health&renewalWithinDays=90')).toEqual(['low', 'mid', 'high', 'unscored']);
    // Pages that straddle the last scored account and the unscored ones.
    expect(await names('sort=health&pageSize=3&page=2')).toEqual(['high', 'unscored']);
    expect(await names('sort=-health&pageSize=2&page=3')).toEqual(['unscored']);
    expect(await names('sort=-health&pageSize=4&page=1')).toEqual(['high', 'risk', 'mid', 'low']);
    const row = (await app.call('GET', '/api/accounts?q=health%20co%20mid', { cookie: csm.cookie })).body.data[0];
    expect(row).toMatchObject({ healthScore: 45.5, healthTier: 'at-risk' });
    expect((await app.call('GET', '/api/accounts?q=health%20co%20unscored', { cookie: csm.cookie })).body.data[0]).toMatchObject({ healthScore: null, healthTier: null });

    await db.execute(sql`insert into segments (id, name, condition) values ('filter-seg', 'Filter segment', 'account.arr > 0')`);
    await db.execute(sql`insert into segment_members (segment_id, account_id) values ('filter-seg', ${made.low.id}), ('filter-seg', ${made.high.id})`);
    expect(await names('segmentId=filter-seg&sort=name')).toEqual(['high', 'low']);

    const started = await app.call('POST', '/api/plays', { cookie: csm.cookie, body: { playbookId: 'filter-flow', accountId: made.risk.id } });
    expect(started.status).toBe(201);
    expect(await names('openPlaybookId=filter-flow')).toEqual(['risk']);
    expect(await names('openPlaybookId=filter-flow&healthTier=healthy')).toEqual([]);

    // A single related-table filter counts that table alone; the totals must still be the accounts'.
    const total = async (query: string) => (await app.call('GET', `/api/accounts?${query}`, { cookie: csm.cookie })).body.page.total;
    expect(await total('segmentId=filter-seg')).toBe(2);
    expect(await total('openPlaybookId=filter-flow')).toBe(1);
    expect(await total('healthTier=at-risk')).toBe(2);
    expect(await total('healthTier=at-risk&renewalWithinDays=90')).toBe(1);

    const unknown = await app.call('GET', '/api/accounts?segmentId=nope&openPlaybookId=nope-either', { cookie: csm.cookie });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details.issues.map((i: { path: string }) => i.path)).toEqual(['query.segmentId', 'query.openPlaybookId']);
    const badTier = await app.call('GET', '/api/accounts?healthTier=sickly', { cookie: csm.cookie });
    expect(badTier.status).toBe(400);
    expect(badTier.body.error.details.issues.map((i: { path: string }) => i.path)).toEqual(['query.healthTier']);
  }, SETUP_TIMEOUT_MS);

  it('refuses a duplicate CRM id and an unknown owner, naming the field', async () => {
    await app.call('POST', '/api/accounts', { cookie: csm.cookie, body: { name: 'One', crmId: 'DUP-1' } });
    const dup = await app.call('POST', '/api/accounts', { cookie: csm.cookie, body: { name: 'Two', crmId: 'DUP-1' } });
    expect(dup.status).toBe(409);
    expect(dup.body.error.details).toEqual({ field: 'crmId' });
    const owner = await app.call('POST', '/api/accounts', { cookie: csm.cookie, body: { name: 'Three', ownerId: 'nobody' } });
    expect(owner.status).toBe(400);
    expect(owner.body.error.details.issues[0].path).toBe('ownerId');
  });

  it('manages contacts, and a champion leaving lands on the timeline', async () => {
    const account = (await app.call('POST', '/api/accounts', { cookie: csm.cookie, body: { name: 'Contact Co' } })).body;
    const champion = await app.call('POST', '/api/contacts', {
      cookie: csm.cookie,
      body: { accountId: account.id, name: 'Dana Okafor', email: 'dana@contact.example', title: 'VP Ops', roles: ['champion'] },
    });
    expect(champion.status).toBe(201);
    expect(champion.body).toMatchObject({ roles: ['champion'], status: 'active', leftAt: null });
    await app.call('POST', '/api/contacts', { cookie: csm.cookie, body: { accountId: account.id, name: 'Chris Novak', roles: ['user'] } });

    const dupEmail = await app.call('POST', '/api/contacts', { cookie: csm.cookie, body: { accountId: account.id, name: 'Other Dana', email: 'DANA@contact.example' } });
    expect(dupEmail.status).toBe(409);

    const left = await app.call('PATCH', `/api/contacts/${champion.body.id}`, { cookie: csm.cookie, body: { status: 'left' } });
    expect(left.status).toBe(200);
    expect(left.body.leftAt).not.toBeNull();

    const champions = await app.call('GET', `/api/contacts?accountId=${account.id}&role=champion`, { cookie: csm.cookie });
    expect(champions.body.data.map((c: { name: string }) => c.name)).toEqual(['Dana Okafor']);
    const active = await app.call('GET', `/api/contacts?accountId=${account.id}&status=active`, { cookie: csm.cookie });
    expect(active.body.data.map((c: { name: string }) => c.name)).toEqual(['Chris Novak']);

    const timeline = await app.call('GET', `/api/accounts/${account.id}/timeline`, { cookie: csm.cookie });
    const left_event = timeline.body.data.find((e: { type: string }) => e.type === 'contact.left');
    expect(left_event.summary).toBe('Dana Okafor (champion) left the company');

    const orphan = await app.call('POST', '/api/contacts', { cookie: csm.cookie, body: { accountId: '00000000-0000-4000-8000-000000000000', name: 'Nobody' } });
    expect(orphan.status).toBe(400);
    expect(orphan.body.error.details.issues[0].path).toBe('accountId');

    expect((await app.call('DELETE', `/api/contacts/${champion.body.id}`, { cookie: csm.cookie })).status).toBe(204);
    expect((await app.call('GET', `/api/contacts/${champion.body.id}`, { cookie: csm.cookie })).status).toBe(404);
  });
});
