import { afterAll, beforeAll, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { Db } from '../src/server/db/client.ts';
import { addDays, utcToday } from '../src/core/metrics/index.ts';
import { recomputeHealth } from '../src/server/modules/health/recompute.ts';
import { describeBackends } from './support/backends.ts';
import { startTestApp } from './support/app.ts';
import type { TestApp } from './support/app.ts';
import { seedHealthAccount, setSeries } from './support/health-fixtures.ts';

const TODAY = utcToday();

describeBackends('account 360 and metrics API', (backend) => {
  let app: TestApp;
  let db: Db;
  let viewer: { cookie: string };
  let accountId: string;

  beforeAll(async () => {
    app = await startTestApp(await backend.freshDatabase());
    db = app.running.services.database.db;
    viewer = await app.signIn('viewer');
    accountId = await seedHealthAccount(db, {
      name: 'Panorama Co', today: TODAY, wau: Array(120).fill(12), seats: 20, renewalInDays: 60,
      nps: { score: 8, daysAgo: 5 }, tickets: [{ priority: 'high' }],
      contacts: [
        { name: 'Zed User', roles: ['user'] },
        { name: 'Ann Left', roles: ['executive_sponsor'], status: 'left' },
        { name: 'Bea Champion', roles: ['champion', 'user'] },
        { name: 'Al Nobody', roles: [] },
      ],
    });
    await setSeries(db, accountId, 'daily_active_users', addDays(TODAY, -9), Array(10).fill(5));
    await setSeries(db, accountId, 'events.login', addDays(TODAY, -9), Array(10).fill(12));
    await setSeries(db, accountId, 'seats_used', addDays(TODAY, -2), [15, null, 17], 'reported');
    for (let i = 0; i < 25; i++) {
      await db.execute(sql`insert into timeline_events (account_id, type, summary, occurred_at)
        values (${accountId}, 'note.added', ${`Note ${i}`}, now() - make_interval(hours => ${25 - i}))`);
    }
    await recomputeHealth(db, { day: addDays(TODAY, -1), accountIds: [accountId] });
    await db.execute(sql`update tickets set status = 'solved', closed_at = now() - interval '1 hour' where account_id = ${accountId}`);
    await recomputeHealth(db, { day: TODAY, accountIds: [accountId] });
  }, 180_000); // booting the app on PGlite takes long on a loaded machine
  afterAll(() => app.stop());

  it('returns the account, its health with history, metrics, contacts and the first timeline page in one call', async () => {
    const res = await app.call('GET', `/api/accounts/${accountId}/360?days=30&timelinePageSize=10`, { cookie: viewer.cookie });
    expect(res.status).toBe(200);
    const body = res.body;
    expect(Object.keys(body).sort()).toEqual(['account', 'contacts', 'health', 'metrics', 'timeline']);
    expect(body.account).toMatchObject({ id: accountId, name: 'Panorama Co', traits: { seats: 20 } });

    expect(body.health).toMatchObject({ tier: expect.any(String), components: { support: 100, sentiment: 70 } });
    expect(body.health.breakdown).toMatchObject({ day: TODAY, reweighted: false, missing: [] });
    expect(body.health.breakdown.components.engagement).toEqual({ score: 85, raw: 60, weight: 20, share: 0.2, detail: '12 weekly_active_users of 20 seats (trait seats)' });
    expect(body.health.breakdown.components.support.detail).toBe('no open tickets');
    expect(body.health.history.map((h: { day: string }) => h.day)).toEqual([addDays(TODAY, -1), TODAY]);
    // The high-priority ticket (weight 2 → 80) was solved overnight; support is 15% of the score.
    expect(body.health.history[1].reasons).toEqual([{ component: 'support', from: 80, to: 100, delta: 20, impact: 3 }]);

    expect(body.metrics).toMatchObject({ from: addDays(TODAY, -29), to: TODAY });
    expect(body.metrics.series.map((s: { metric: string }) => s.metric)).toEqual(['daily_active_users', 'seats_used', 'weekly_active_users']);
    for (const s of body.metrics.series) expect(s.values).toHaveLength(30);
    const dau = body.metrics.series[0];
    expect(dau.values.slice(0, 20).every((v: unknown) => v === null)).toBe(true);
    expect(dau.values.slice(20)).toEqual(Array(10).fill(5));
    expect(body.metrics.series[1]).toMatchObject({ source: 'reported', values: [...Array(27).fill(null), 15, null, 17] });

    expect(body.contacts.total).toBe(4);
    expect(body.contacts.data.map((c: { name: string }) => c.name)).toEqual(['Bea Champion', 'Ann Left', 'Al Nobody', 'Zed User']);
    expect(body.contacts.data[1]).toMatchObject({ roles: ['executive_sponsor'], status: 'left' });

    expect(body.timeline.page).toEqual({ page: 1, pageSize: 10, total: 25 });
    expect(body.timeline.data[0].summary).toBe('Note 24');
  });

  it('pages the timeline and picks metrics on request', async () => {
    const res = await app.call('GET', `/api/accounts/${accountId}/360?timelinePage=3&timelinePageSize=10&metrics=events.login,nope&days=5&to=${addDays(TODAY, -1)}`, { cookie: viewer.cookie });
    expect(res.status).toBe(200);
    expect(res.body.timeline.data.map((e: { summary: string }) => e.summary)).toEqual(['Note 4', 'Note 3', 'Note 2', 'Note 1', 'Note 0']);
    expect(res.body.metrics).toEqual({ from: addDays(TODAY, -5), to: addDays(TODAY, -1), series: [{ metric: 'events.login', source: 'rollup', values: [12, 12, 12, 12, 12] }] });
    expect(res.body.health.history.map((h: { day: string }) => h.day)).toEqual([addDays(TODAY, -1)]);
  });

  it('has no health for an account never scored', async () => {
    const other = await seedHealthAccount(db, { name: 'Unscored Co', today: TODAY });
    const res = await app.call('GET', `/api/accounts/${other}/360`, { cookie: viewer.cookie });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ health: null, contacts: { data: [], total: 0 }, metrics: { series: [] }, timeline: { data: [], page: { total: 0 } } });
  });

  it('serves series over a day range', async () => {
    const res = await app.call('GET', `/api/accounts/${accountId}/metrics?names=weekly_active_users,events.login&from=${addDays(TODAY, -2)}&to=${addDays(TODAY, 1)}`, { cookie: viewer.cookie });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      accountId, from: addDays(TODAY, -2), to: addDays(TODAY, 1),
      series: [
        { metric: 'events.login', source: 'rollup', values: [12, 12, 12, null] },
        { metric: 'weekly_active_users', source: 'rollup', values: [12, 12, 12, null] },
      ],
    });
    const all = await app.call('GET', `/api/accounts/${accountId}/metrics`, { cookie: viewer.cookie });
    expect(all.body.series.map((s: { metric: string }) => s.metric)).toEqual(['daily_active_users', 'events.login', 'seats_used', 'weekly_active_users']);
    expect(all.body.series[0].values).toHaveLength(90);
  });

  it('refuses bad input naming the field, unknown accounts and anonymous callers', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await app.call('GET', `/api/accounts/${unknown}/360`, { cookie: viewer.cookie })).status).toBe(404);
    expect((await app.call('GET', `/api/accounts/${unknown}/metrics`, { cookie: viewer.cookie })).body.error.code).toBe('not_found');
    const size = await app.call('GET', `/api/accounts/${accountId}/360?timelinePageSize=0`, { cookie: viewer.cookie });
    expect(size.status).toBe(400);
    expect(size.body.error.details.issues[0].path).toBe('query.timelinePageSize');
    const backwards = await app.call('GET', `/api/accounts/${accountId}/metrics?from=2026-05-02&to=2026-05-01`, { cookie: viewer.cookie });
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.details.issues).toEqual([{ path: 'query.from', message: 'must not be after to (2026-05-01)' }]);
    const badDay = await app.call('GET', `/api/accounts/${accountId}/metrics?to=yesterday`, { cookie: viewer.cookie });
    expect(badDay.body.error.details.issues[0].path).toBe('query.to');
    expect((await app.call('GET', `/api/accounts/not-a-uuid/360`, { cookie: viewer.cookie })).body.error.details.issues[0].path).toBe('path.id');
    expect((await app.call('GET', `/api/accounts/${accountId}/360`)).status).toBe(401);
  });
});
