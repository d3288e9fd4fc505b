import { afterAll, beforeAll, expect, it } from 'vitest';
import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import type { Database } from '../src/server/db/client.ts';
import { queryRows } from '../src/server/db/client.ts';
import { runMigrations } from '../src/server/db/migrate.ts';
import {
  addDays, average, change, changeAbs, countInWindow, daysSinceLast, eventMetricName, lastNonZeroDay, lastValue, slope, sum, valueOn,
} from '../src/core/metrics/index.ts';
import type { Series } from '../src/core/metrics/index.ts';
import { numberArrayLiteral } from '../src/server/modules/metrics/sql-arrays.ts';
import { describeBackends } from './support/backends.ts';

interface Answers {
  value: number | null;
  avg: number | null;
  sum: number | null;
  count: number | null;
  change: number | null;
  change_abs: number | null;
  slope: number | null;
  last_nonzero: string | null;
  days_since: number | null;
  last_value: number | null;
}

function inTypeScript(series: Series | undefined, ref: string, days: number): Answers {
  return {
    value: valueOn(series, ref),
    avg: average(series, ref, days),
    sum: sum(series, ref, days),
    count: countInWindow(series, ref, days),
    change: change(series, ref, days),
    change_abs: changeAbs(series, ref, days),
    slope: slope(series, ref, days),
    last_nonzero: lastNonZeroDay(series, ref),
    days_since: daysSinceLast(series, ref),
    last_value: lastValue(series, ref),
  };
}

async function inSql(db: Database['db'], series: Series | undefined, ref: string, days: number): Promise<Answers> {
  const [row] = await queryRows<Answers>(db, sql`
    select pm_series_value(s, v, r) as value, pm_series_avg(s, v, r, d) as avg, pm_series_sum(s, v, r, d) as sum,
      pm_series_count(s, v, r, d) as count, pm_series_change(s, v, r, d) as change, pm_series_change_abs(s, v, r, d) as change_abs,
      pm_series_slope(s, v, r, d) as slope, to_char(pm_series_last_nonzero(s, v, r), 'YYYY-MM-DD') as last_nonzero,
      pm_series_days_since(s, v, r) as days_since, pm_series_last_value(s, v, r) as last_value
    from (select ${series?.startDay ?? null}::date as s, ${series ? numberArrayLiteral(series.values) : null}::float8[] as v,
      ${ref}::date as r, ${days}::int as d) as input`);
  return row!;
}

/** Equal, or both null, or within float rounding of each other (the two sides may add in a different order). */
function agree(a: unknown, b: unknown): boolean {
  if (a === null || b === null || typeof a !== 'number' || typeof b !== 'number') return a === b;
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

// Mostly small whole numbers (event counts, users), some zeros and nulls, some fractions.
const value = fc.oneof(
  { arbitrary: fc.constant(null), weight: 2 },
  { arbitrary: fc.constant(0), weight: 2 },
  { arbitrary: fc.integer({ min: -60, max: 300 }), weight: 5 },
  { arbitrary: fc.double({ min: -1e4, max: 1e4, noNaN: true }).map((d) => Math.round(d * 1000) / 1000), weight: 2 },
);
const seriesCase = fc.record({
  startOffset: fc.integer({ min: 0, max: 400 }),
  values: fc.array(value, { maxLength: 60 }),
  refOffset: fc.integer({ min: -15, max: 75 }),
  days: fc.integer({ min: 1, max: 45 }),
  missing: fc.boolean().map((b) => b && Math.random() < 0.1),
});

describeBackends('metric functions: TypeScript and SQL agree', (backend) => {
  let database: Database;
  beforeAll(async () => {
    database = await backend.freshDatabase();
    await runMigrations(database);
  });
  afterAll(() => database.close());

  it('on random series, reference days and windows', async () => {
    await fc.assert(
      fc.asyncProperty(seriesCase, async (c) => {
        const startDay = addDays('2025-01-01', c.startOffset);
        const series = c.missing ? undefined : { startDay, values: c.values };
        const ref = addDays(startDay, c.refOffset);
        const ts = inTypeScript(series, ref, c.days);
        const db = await inSql(database.db, series, ref, c.days);
        for (const key of Object.keys(ts) as (keyof Answers)[]) {
          if (!agree(ts[key], db[key])) throw new Error(`${key}: TypeScript ${ts[key]} but SQL ${db[key]}`);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('on a missing series: nulls, and a count of 0', async () => {
    expect(await inSql(database.db, undefined, '2026-01-10', 7)).toEqual(inTypeScript(undefined, '2026-01-10', 7));
    expect(inTypeScript(undefined, '2026-01-10', 7)).toMatchObject({ value: null, avg: null, count: 0, days_since: null });
  });

  it('name event metrics alike', async () => {
    const name = fc.oneof(fc.string({ maxLength: 20 }), fc.string({ unit: 'grapheme', maxLength: 12 }), fc.constantFrom('Report Exported', 'ÉTÉ Login', '__x__', 'A-B.C'));
    const type = fc.constantFrom('track', 'page', 'screen', 'identify', 'group');
    await fc.assert(
      fc.asyncProperty(type, fc.option(name), async (t, n) => {
        const [row] = await queryRows<{ name: string | null }>(database.db, sql`select pm_event_metric_name(${t}, ${n}) as name`);
        expect(row!.name).toBe(eventMetricName(t, n));
      }),
      { numRuns: 300 },
    );
  });
});
