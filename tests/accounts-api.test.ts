import { beforeAll, afterAll, expect, it } from 'vitest';
import { describeBackends } from './support/backends.ts';
import { startTestApp } from './support/app.ts';
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
