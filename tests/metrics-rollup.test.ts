import { afterAll, beforeAll, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { Database } from '../src/server/db/client.ts';
import { queryRows } from '../src/server/db/client.ts';
import { runMigrations } from '../src/server/db/migrate.ts';
import { addDays } from '../src/core/metrics/index.ts';
import type { Series } from '../src/core/metrics/index.ts';
import { markDirtyDays } from '../src/server/modules/metrics/dirty-days.ts';
import { rollUpDirtyDays } from '../src/server/modules/metrics/rollup.ts';
import { extendRollupSeries, readAccountSeries, upsertMetricValues } from '../src/server/modules/metrics/series.ts';
import { describeBackends } from './support/backends.ts';
import { createAccount, dirtyDaysOf, expectedSeries, insertEvents } from './support/metric-fixtures.ts';
import type { TestEvent } from './support/metric-fixtures.ts';

const TODAY = '2026-06-30';
const D = (n: number) => addDays('2026-05-01', n);

async function stored(database: Database, accountId: string): Promise<Record<string, Series>> {
  const rows = await readAccountSeries(database.db, accountId);
  return Object.fromEntries(rows.filter((r) => r.source === 'rollup').map((r) => [r.metric, { startDay: r.startDay, values: r.values }]));
}

async function ingest(database: Database, events: TestEvent[]) {
  await insertEvents(database.db, events);
  await markDirtyDays(database.db, dirtyDaysOf(events));
}

describeBackends('metric rollups', (backend) => {
  let database: Database;
  beforeAll(async () => {
    database = await backend.freshDatabase();
    await runMigrations(database);
  });
  afterAll(() => database.close());

  it('counts events per name and distinct users per day, week and month', async () => {
    const a = await createAccount(database.db, 'Rollup Co');
    const events: TestEvent[] = [
      { accountId: a, type: 'track', event: 'Report Exported', userId: 'u1', day: D(0), hour: 0 },
      { accountId: a, type: 'track', event: 'Report Exported', userId: 'u1', day: D(0), hour: 23 },
      { accountId: a, type: 'track', event: 'login', userId: 'u2', day: D(0) },
      { accountId: a, type: 'page', event: 'Pricing', userId: 'u2', day: D(2) },
      { accountId: a, type: 'screen', anonymousId: 'anon-1', day: D(2) },
      { accountId: a, type: 'identify', userId: 'u7', day: D(4) },
      { accountId: a, type: 'track', event: 'login', userId: 'u3', day: D(9) },
      { accountId: a, type: 'track', event: 'login', userId: 'u1', day: D(35) },
    ];
    await ingest(database, events);
    const result = await rollUpDirtyDays(database.db, { today: TODAY });
    expect(result).toMatchObject({ accountIds: [a], days: 5, tooOld: 0 });

    const series = await stored(database, a);
    expect(series).toEqual(expectedSeries(events, a));
    // Spelled out once, so the oracle itself is checked: u1+u2 on day 0; u1, u2, anon-1 over the first week.
    expect(series.daily_active_users!.values.slice(0, 4)).toEqual([2, 0, 2, 0]);
    expect(series.weekly_active_users!.values.slice(0, 10)).toEqual([2, 2, 3, 3, 3, 3, 3, 2, 2, 1]);
    expect(series.monthly_active_users!.values[29]).toBe(4);
    expect(series.monthly_active_users!.values[30]).toBe(3);
    expect(series['events.report_exported']).toEqual({ startDay: D(0), values: [2] });
    expect(series['events.login']!.values.slice(0, 10)).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect(await queryRows(database.db, sql`select count(*)::int as n from metric_dirty_days`)).toEqual([{ n: 0 }]);
  });

  it('updates only the windows a late event falls in', async () => {
    const a = await createAccount(database.db, 'Late Co');
    const events: TestEvent[] = [];
    for (let d = 0; d < 50; d += 3) events.push({ accountId: a, type: 'track', event: 'login', userId: `u${d % 4}`, day: D(d) });
    await ingest(database, events);
    await rollUpDirtyDays(database.db, { today: TODAY });
    const before = await stored(database, a);

    const late: TestEvent = { accountId: a, type: 'track', event: 'login', userId: 'late-user', day: D(20) };
    await ingest(database, [late]);
    const result = await rollUpDirtyDays(database.db, { today: TODAY });
    expect(result).toMatchObject({ accountIds: [a], days: 1 });
    const after = await stored(database, a);
    expect(after).toEqual(expectedSeries([...events, late], a));

    const changedDays = (metric: string) =>
      after[metric]!.values.flatMap((v, i) => (v !== before[metric]!.values[i] ? [addDays(after[metric]!.startDay, i)] : []));
    expect(changedDays('daily_active_users')).toEqual([D(20)]);
    expect(changedDays('events.login')).toEqual([D(20)]);
    expect(changedDays('weekly_active_users')).toEqual([D(20), D(21), D(22), D(23), D(24), D(25), D(26)]);
    expect(changedDays('monthly_active_users')).toEqual(Array.from({ length: 30 }, (_, k) => D(20 + k)));
  });

  it('converges to the same series whatever the arrival order and batch size', async () => {
    const accounts = [await createAccount(database.db, 'Order A'), await createAccount(database.db, 'Order B')];
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const events: TestEvent[] = Array.from({ length: 300 }, () => ({
      accountId: accounts[Math.floor(random() * 2)]!,
      type: (['track', 'track', 'page', 'identify'] as const)[Math.floor(random() * 4)]!,
      event: ['login', 'Export', 'search'][Math.floor(random() * 3)]!,
      userId: random() < 0.9 ? `user-${Math.floor(random() * 12)}` : null,
      anonymousId: `anon-${Math.floor(random() * 3)}`,
      day: D(Math.floor(random() * 61)),
    }));
    for (let i = 0; i < events.length; i += 37) {
      await ingest(database, events.slice(i, i + 37));
      if (i % 74 === 0) await rollUpDirtyDays(database.db, { today: TODAY, batchSize: 5 });
    }
    await rollUpDirtyDays(database.db, { today: TODAY, batchSize: 5 });
    for (const a of accounts) expect(await stored(database, a)).toEqual(expectedSeries(events, a));
  });

  it('leaves directly reported series of the same name alone, and later days waiting', async () => {
    const a = await createAccount(database.db, 'Reported Co');
    await upsertMetricValues(database.db, [{ accountId: a, metric: 'daily_active_users', day: D(0), value: 99 }], 'reported');
    await ingest(database, [
      { accountId: a, type: 'track', event: 'login', userId: 'u1', day: D(0) },
      { accountId: a, type: 'track', event: 'login', userId: 'u1', day: addDays(TODAY, 3) },
      { accountId: a, type: 'track', event: 'login', userId: 'u1', day: '2019-01-01' },
    ]);
    const result = await rollUpDirtyDays(database.db, { today: TODAY });
    expect(result).toMatchObject({ days: 1, tooOld: 1 });
    const rows = await readAccountSeries(database.db, a, ['daily_active_users', 'weekly_active_users']);
    expect(rows.map((r) => [r.metric, r.source, r.values.length])).toEqual([
      ['daily_active_users', 'reported', 1],
      ['weekly_active_users', 'rollup', 7],
    ]);
    expect(rows[0]!.values).toEqual([99]);
    const waiting = await queryRows<{ day: string }>(database.db, sql`select to_char(day, 'YYYY-MM-DD') as day from metric_dirty_days where account_id = ${a}`);
    expect(waiting).toEqual([{ day: addDays(TODAY, 3) }]);
    await database.db.execute(sql`delete from metric_dirty_days`);
  });

  it('carries quiet series to today with zeros', async () => {
    const a = await createAccount(database.db, 'Quiet Co');
    await ingest(database, [{ accountId: a, type: 'track', event: 'login', userId: 'u1', day: D(0) }]);
    await rollUpDirtyDays(database.db, { today: TODAY });
    await extendRollupSeries(database.db, D(40));
    const series = await stored(database, a);
    expect(series.daily_active_users).toEqual({ startDay: D(0), values: [1, ...Array(40).fill(0)] });
    expect(series.monthly_active_users!.values).toEqual([...Array(30).fill(1), ...Array(11).fill(0)]);
    expect(series['events.login']!.values).toHaveLength(41);
  });
});
