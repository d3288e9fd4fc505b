import { afterAll, beforeAll, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { Database } from '../src/server/db/client.ts';
import { queryRows } from '../src/server/db/client.ts';
import { runMigrations } from '../src/server/db/migrate.ts';
import { markDirtyDays } from '../src/server/modules/metrics/dirty-days.ts';
import { readSeries, upsertMetricValues } from '../src/server/modules/metrics/series.ts';
import { describeBackends } from './support/backends.ts';

describeBackends('metric series storage', (backend) => {
  let database: Database;
  let accountId: string;
  beforeAll(async () => {
    database = await backend.freshDatabase();
    await runMigrations(database);
    [{ id: accountId }] = await queryRows<{ id: string }>(database.db, sql`insert into accounts (name) values ('Series Co') returning id`);
  });
  afterAll(() => database.close());

  it('stores values by day, growing at both ends with null gaps', async () => {
    await upsertMetricValues(database.db, [{ accountId, metric: 'seats_used', day: '2026-03-10', value: 5 }], 'reported');
    expect(await readSeries(database.db, accountId, 'seats_used')).toEqual({ startDay: '2026-03-10', values: [5] });
    await upsertMetricValues(database.db, [
      { accountId, metric: 'seats_used', day: '2026-03-13', value: 8 },
      { accountId, metric: 'seats_used', day: '2026-03-08', value: 3 },
    ], 'reported');
    expect(await readSeries(database.db, accountId, 'seats_used')).toEqual({ startDay: '2026-03-08', values: [3, null, 5, null, null, 8] });
    await upsertMetricValues(database.db, [{ accountId, metric: 'seats_used', day: '2026-03-10', value: 6 }], 'reported');
    expect((await readSeries(database.db, accountId, 'seats_used'))!.values).toEqual([3, null, 6, null, null, 8]);
    const [row] = await queryRows<{ v: number | null; before: number | null }>(database.db, sql`
      select pm_series_value(start_day, values, '2026-03-13') as v, pm_series_value(start_day, values, '2026-03-01') as before
      from metric_series where account_id = ${accountId} and metric = 'seats_used'`);
    expect(row).toEqual({ v: 8, before: null });
  });

  it('records dirty days once', async () => {
    await markDirtyDays(database.db, [{ accountId, day: '2026-03-10' }, { accountId, day: '2026-03-10' }, { accountId, day: '2026-03-11' }]);
    await markDirtyDays(database.db, [{ accountId, day: '2026-03-11' }]);
    const rows = await queryRows<{ day: string }>(database.db, sql`select to_char(day, 'YYYY-MM-DD') as day from metric_dirty_days order by day`);
    expect(rows.map((r) => r.day)).toEqual(['2026-03-10', '2026-03-11']);
  });
});
