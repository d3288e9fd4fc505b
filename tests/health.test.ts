import { afterAll, beforeAll, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../src/server/db/client.ts';
import type { Db } from '../src/server/db/client.ts';
import { addDays, utcToday } from '../src/core/metrics/index.ts';
import { account360Routes } from '../src/server/modules/accounts/account-360-routes.ts';
import { recomputeHealth } from '../src/server/modules/health/recompute.ts';
import { healthRoutes } from '../src/server/modules/health/routes.ts';
import { metricRoutes } from '../src/server/modules/metrics/routes.ts';
import { requestHealthRecompute } from '../src/server/modules/health/recompute-request.ts';
import { runNightly } from '../src/server/modules/health/jobs.ts';
import { markDirtyDays, requestRollup } from '../src/server/modules/metrics/dirty-days.ts';
import { describeBackends } from './support/backends.ts';
import { startTestApp } from './support/app.ts';
import type { TestApp } from './support/app.ts';
import { addTicket, eventually, seedHealthAccount } from './support/health-fixtures.ts';
import { insertEvents } from './support/metric-fixtures.ts';

const TODAY = utcToday();
const rising = Array.from({ length: 35 }, (_, i) => 40 + i); // +50% or more over any 28 days
const falling = Array.from({ length: 29 }, (_, i) => 100 - i * 2); // 100 → 44: −56%

async function scoreOf(db: Db, accountId: string) {
  const [row] = await queryRows<{ score: number; tier: string; components: Record<string, number | null>; breakdown: any; model_id: number }>(
    db, sql`select score, tier, components, breakdown, model_id from health_scores where account_id = ${accountId}`);
  return row;
}

async function historyOf(db: Db, accountId: string) {
  return queryRows<{ day: string; score: number; reasons: any[]; model_id: number }>(
    db, sql`select to_char(day, 'YYYY-MM-DD') as day, score, reasons, model_id from health_history where account_id = ${accountId} order by day`);
}

describeBackends('health scores', (backend) => {
  let app: TestApp;
  let db: Db;
  let admin: { cookie: string };
  let csm: { cookie: string };
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    app = await startTestApp(await backend.freshDatabase());
    db = app.running.services.database.db;
    admin = await app.signIn('admin');
    csm = await app.signIn('csm');
    ids.healthy = await seedHealthAccount(db, {
      name: 'Thriving Co', today: TODAY, wau: rising, seats: 80, renewalInDays: 200, nps: { score: 10, daysAgo: 20 },
      contacts: [{ name: 'Cham Pion', roles: ['champion'] }, { name: 'Spon Sor', roles: ['executive_sponsor', 'decision_maker'] }],
    });
    ids.risky = await seedHealthAccount(db, {
      name: 'Wobbly Co', today: TODAY, wau: falling, seats: '200', renewalInDays: 20, nps: { score: 3, daysAgo: 10 },
      tickets: [{ priority: 'urgent' }, { priority: 'urgent' }, { priority: 'high', status: 'pending' }, { priority: 'normal', status: 'closed' }],
      contacts: [{ name: 'Gone Champion', roles: ['champion'], status: 'left' }, { name: 'A User', roles: ['user'] }],
    });
    ids.sparse = await seedHealthAccount(db, { name: 'Quiet Co', today: TODAY, renewalInDays: 100 });
  }, 180_000); // booting the app on PGlite takes long on a loaded machine
  afterAll(() => app.stop());

  it('seeds the default model on first use, once', async () => {
    const first = await app.call('GET', '/api/health-model', { cookie: csm.cookie });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ active: true, note: 'Default model', config: { tiers: { atRisk: 40, neutral: 60, healthy: 80 } } });
    expect(first.body.config.components.usage).toMatchObject({ weight: 25, metric: 'weekly_active_users', measure: 'change', windowDays: 28 });
    const again = await app.call('GET', '/api/health-model', { cookie: csm.cookie });
    expect(again.body.id).toBe(first.body.id);
  });

  it('scores every account from its inputs, re-weighting missing ones', async () => {
    const result = await recomputeHealth(db, { day: TODAY });
    expect(result).toMatchObject({ accounts: 3, scored: 3, day: TODAY });

    const healthy = await scoreOf(db, ids.healthy!);
    expect(healthy).toMatchObject({ tier: 'healthy', components: { usage: 100, engagement: 100, support: 100, sentiment: 100, relationship: 100 } });
    expect(healthy!.score).toBeGreaterThanOrEqual(95);

    const risky = await scoreOf(db, ids.risky!);
    // WAU −56% → 0; 44 of 200 seats = 22% → 33; 4 + 4 + 2 = 10 weighted open tickets → 10; NPS 3 → 17.5; champion left → 0; 20 days → 33.3.
    expect(risky!.components).toEqual({ usage: 0, engagement: 33, support: 10, sentiment: 17.5, relationship: 0, renewal: 33.3 });
    expect(risky!.tier).toBe('critical');
    expect(risky!.breakdown).toEqual({ missing: [] });

    const sparse = await scoreOf(db, ids.sparse!);
    expect(sparse!.components).toMatchObject({ usage: null, engagement: null, sentiment: null, relationship: null, support: 100, renewal: 73.3 });
    expect(sparse!.breakdown.missing).toEqual(['usage', 'engagement', 'sentiment', 'relationship']);
    // Renewal in 100 days: 70 + 10/90 × 30.
    expect(sparse!.score).toBeCloseTo((100 * 15 + 73.3 * 10) / 25, 1);

    expect((await historyOf(db, ids.healthy!)).map((h) => [h.day, h.reasons])).toEqual([[TODAY, []]]);
  });

  it('gives the same scores whatever the chunk and batch sizes', async () => {
    const snapshot = () => queryRows(db, sql`select account_id, score, tier, components from health_scores order by account_id`);
    await recomputeHealth(db, { day: TODAY });
    const once = await snapshot();
    await db.execute(sql`update health_scores set score = -1`);
    const result = await recomputeHealth(db, { day: TODAY, gatherChunk: 2, batchSize: 1 });
    expect(result).toMatchObject({ accounts: 3, scored: 3 });
    expect(await snapshot()).toEqual(once);
    await recomputeHealth(db, { day: TODAY, accountIds: [ids.sparse!, ids.risky!, ids.sparse!], batchSize: 1 });
    expect(await snapshot()).toEqual(once);
  });

  it('still writes the others when an account is deleted between reading and writing', async () => {
    const doomed = await seedHealthAccount(db, { name: 'Doomed Co', today: TODAY, renewalInDays: 30 });
    let deleted = false;
    const racing = new Proxy(db, {
      get(target, key, receiver) {
        if (key !== 'execute') return Reflect.get(target, key, receiver);
        return async (query: unknown) => {
          if (!deleted && JSON.stringify(query).includes('insert into health_history')) {
            deleted = true;
            await target.execute(sql`delete from accounts where id = ${doomed}`);
          }
          return target.execute(query as Parameters<Db['execute']>[0]);
        };
      },
    });
    const result = await recomputeHealth(racing, { day: TODAY, accountIds: [doomed, ids.sparse!] });
    expect(deleted).toBe(true);
    expect(result.accounts).toBe(2);
    expect(await scoreOf(db, doomed)).toBeUndefined();
    expect(await scoreOf(db, ids.sparse!)).toBeDefined();
  });

  it('keeps one history row per day, with the reasons the score moved since the previous day', async () => {
    const yesterday = addDays(TODAY, -1);
    await db.execute(sql`delete from health_history`);
    await recomputeHealth(db, { day: yesterday, accountIds: [ids.healthy!] });
    await addTicket(db, ids.healthy!, 'urgent', 'open', TODAY);
    await addTicket(db, ids.healthy!, 'high', 'open', TODAY);
    await recomputeHealth(db, { day: TODAY, accountIds: [ids.healthy!] });
    await recomputeHealth(db, { day: TODAY, accountIds: [ids.healthy!] });

    const history = await historyOf(db, ids.healthy!);
    expect(history.map((h) => h.day)).toEqual([yesterday, TODAY]);
    // 6 weighted open tickets → support 40: 60 points down at a 15% share.
    expect(history[1]!.reasons).toEqual([{ component: 'support', from: 100, to: 40, delta: -60, impact: -9 }]);
    expect(history[1]!.score).toBeCloseTo(history[0]!.score - 9, 1);
  });

  it('refuses an invalid model, naming the field, and a caller without settings:manage', async () => {
    const bad = await app.call('PUT', '/api/health-model', { cookie: admin.cookie, body: { config: { components: { usage: { weight: -1 } } } } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.issues).toEqual([{ path: 'config.components.usage.weight', message: 'must be 0 or more' }]);

    const allZero = Object.fromEntries(['usage', 'engagement', 'support', 'sentiment', 'relationship', 'renewal'].map((c) => [c, { weight: 0 }]));
    const zero = await app.call('POST', '/api/health-model/preview', { cookie: admin.cookie, body: { config: { components: allZero } } });
    expect(zero.status).toBe(400);
    expect(zero.body.error.details.issues).toEqual([{ path: 'config.components', message: 'at least one component needs a weight above 0' }]);

    const tiers = await app.call('PUT', '/api/health-model', { cookie: admin.cookie, body: { config: { tiers: { healthy: 50 } } } });
    expect(tiers.body.error.details.issues).toEqual([{ path: 'config.tiers.healthy', message: 'must be above neutral (60)' }]);

    const forbidden = await app.call('PUT', '/api/health-model', { cookie: csm.cookie, body: { config: {} } });
    expect(forbidden.status).toBe(403);
  });

  it('previews the tier distribution of a candidate model without saving it', async () => {
    await recomputeHealth(db, { day: TODAY });
    const before = await app.call('GET', '/api/health-model', { cookie: admin.cookie });
    const res = await app.call('POST', '/api/health-model/preview', {
      cookie: admin.cookie,
      body: { config: { tiers: { atRisk: 90, neutral: 95, healthy: 99 } } },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ day: TODAY, currentModelId: before.body.id, accounts: 3 });
    // Thriving (about 91 with its new tickets) and Quiet (89.3) are healthy, Wobbly critical; with the
    // cut-offs at 90, 95 and 99, Thriving drops to at-risk and Quiet to critical.
    expect(res.body.before).toEqual({ critical: 1, 'at-risk': 0, neutral: 0, healthy: 2, unscored: 0 });
    expect(res.body.after).toEqual({ critical: 2, 'at-risk': 1, neutral: 0, healthy: 0, unscored: 0 });
    expect(res.body.changed).toBe(2);
    expect(res.body.moves).toEqual([{ from: 'healthy', to: 'critical', count: 1 }, { from: 'healthy', to: 'at-risk', count: 1 }]);

    // A candidate that reads other inputs (a 7-day usage window) is gathered separately.
    const other = await app.call('POST', '/api/health-model/preview', { cookie: admin.cookie, body: { config: { components: { usage: { windowDays: 7 } } } } });
    expect(other.status).toBe(200);
    expect(other.body.accounts).toBe(3);

    const after = await app.call('GET', '/api/health-model/versions', { cookie: admin.cookie });
    expect(after.body.data.map((v: { id: number }) => v.id)).toEqual([before.body.id]);
    const [count] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from health_models`);
    expect(count!.n).toBe(1);
  });

  it('saves a new active version and rescores with it, noting the model change', async () => {
    const res = await app.call('PUT', '/api/health-model', {
      cookie: admin.cookie,
      body: { config: { components: { renewal: { weight: 0 } } }, note: 'Renewal dates are unreliable' },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ active: true, note: 'Renewal dates are unreliable', config: { components: { renewal: { weight: 0 }, usage: { weight: 25 } } } });
    const versions = await app.call('GET', '/api/health-model/versions', { cookie: csm.cookie });
    expect(versions.body.data.map((v: { id: number; active: boolean }) => [v.id, v.active])).toEqual([[res.body.id, true], [res.body.id - 1, false]]);

    // Saving queued a rescore of every account.
    await eventually(async () => (await scoreOf(db, ids.sparse!))?.model_id === res.body.id);
    expect((await scoreOf(db, ids.sparse!))!.score).toBe(100);
    const yesterday = addDays(TODAY, -1);
    await db.execute(sql`update health_history set day = ${yesterday}::date, model_id = ${res.body.id - 1} where account_id = ${ids.sparse!} and day = ${TODAY}::date`);
    await recomputeHealth(db, { day: TODAY, accountIds: [ids.sparse!] });
    const history = await historyOf(db, ids.sparse!);
    expect(history.at(-1)!.reasons[0]).toEqual({ component: 'model', from: res.body.id - 1, to: res.body.id, delta: null, impact: null });
  });

  it('recomputes in the background on request, and after rolling up new events', async () => {
    await db.execute(sql`update health_scores set score = -1`);
    await requestHealthRecompute(app.running.services.jobs, [ids.risky!]);
    await requestHealthRecompute(app.running.services.jobs, [ids.risky!]);
    await eventually(async () => (await scoreOf(db, ids.risky!))!.score >= 0);
    expect((await scoreOf(db, ids.healthy!))!.score).toBe(-1);

    const fresh = await seedHealthAccount(db, { name: 'Newly Active Co', today: TODAY, seats: 4 });
    const events = ['u1', 'u2', 'u3'].map((userId) => ({ accountId: fresh, type: 'track' as const, event: 'login', userId, day: TODAY }));
    await insertEvents(db, events);
    await markDirtyDays(db, events.map((e) => ({ accountId: e.accountId, day: e.day })));
    await requestRollup(app.running.services.jobs, [fresh]);
    const score = await eventually(async () => scoreOf(db, fresh));
    // 3 of 4 seats active this week: 75%, between 60% (85) and 80% (100).
    expect(score.components.engagement).toBe(96.3);
  });

  it('queues a rescore on request', async () => {
    await db.execute(sql`update health_scores set score = -1`);
    const bad = await app.call('POST', '/api/health/recompute', { cookie: admin.cookie, body: { accountIds: ['nope'] } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.issues[0].path).toBe('accountIds.0');
    expect((await app.call('POST', '/api/health/recompute', { cookie: csm.cookie })).status).toBe(403);
    const some = await app.call('POST', '/api/health/recompute', { cookie: admin.cookie, body: { accountIds: [ids.healthy!] } });
    expect(some).toMatchObject({ status: 202, body: { queued: true } });
    await eventually(async () => (await scoreOf(db, ids.healthy!))!.score >= 0);
    expect((await app.call('POST', '/api/health/recompute', { cookie: admin.cookie })).status).toBe(202);
    await eventually(async () => (await scoreOf(db, ids.sparse!))!.score >= 0);
  });

  it('documents its endpoints in OpenAPI', () => {
    const paths = [healthRoutes(), metricRoutes(), account360Routes()].flatMap((r) =>
      Object.keys(r.getOpenAPI31Document({ openapi: '3.1.0', info: { title: 'Playmaker', version: 'test' } }).paths ?? {}),
    );
    expect(paths.sort()).toEqual(['/accounts/{id}/360', '/accounts/{id}/metrics', '/health-model', '/health-model/preview', '/health-model/versions', '/health/recompute']);
  });

  it('closes the day: rolls up, carries quiet series to today, and scores everyone', async () => {
    const result = await runNightly(db, TODAY);
    expect(result.health.accounts).toBe(4);
    const [row] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from health_history where day = ${TODAY}::date`);
    expect(row!.n).toBe(4);
  });
});
