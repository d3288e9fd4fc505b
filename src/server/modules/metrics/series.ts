import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/client.ts';
import { dateArray, floatArray, textArray, uuidArray } from './sql-arrays.ts';

export interface MetricValue {
  accountId: string;
  metric: string;
  /** YYYY-MM-DD */
  day: string;
  value: number | null;
}

/**
 * Writes daily values into the series arrays, one statement per (account, metric) group, so a
 * batch touching many days of one series costs one row update.
 */
export async function upsertMetricValues(db: Db, values: MetricValue[], source: 'rollup' | 'reported'): Promise<void> {
  const groups = new Map<string, { accountId: string; metric: string; days: string[]; values: (number | null)[] }>();
  for (const v of values) {
    const key = `${v.accountId}\u0000${v.metric}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { accountId: v.accountId, metric: v.metric, days: [], values: [] }));
    group.days.push(v.day);
    group.values.push(v.value);
  }
  for (const g of groups.values()) {
    const first = g.days.reduce((a, b) => (a < b ? a : b));
    const days = sql`${`{${g.days.join(',')}}`}::date[]`;
    const vals = sql`${`{${g.values.map((v) => (v === null ? 'NULL' : String(v))).join(',')}}`}::float8[]`;
    await db.execute(sql`
      insert into metric_series (account_id, metric, start_day, values, source)
      values (${g.accountId}, ${g.metric}, ${first}::date, pm_series_merge(${first}::date, '{}'::float8[], ${days}, ${vals}), ${source})
      on conflict (account_id, metric) do update set
        values = pm_series_merge(metric_series.start_day, metric_series.values, ${days}, ${vals}),
        start_day = least(metric_series.start_day, excluded.start_day),
        updated_at = now()`);
  }
}

export async function readSeries(db: Db, accountId: string, metric: string): Promise<{ startDay: string; values: (number | null)[] } | undefined> {
  const rows = (await db.execute(
    sql`select to_char(start_day, 'YYYY-MM-DD') as start_day, values from metric_series where account_id = ${accountId} and metric = ${metric}`,
  )) as unknown as { rows: { start_day: string; values: (number | null)[] }[] };
  const row = rows.rows[0];
  return row ? { startDay: row.start_day, values: row.values } : undefined;
}

/**
 * Writes rollup values in two set-based statements, however many series they touch. Days that
 * neither the stored series nor these values cover become 0: a day the rollup never visited had
 * no events. A series someone reports directly under the same name is left alone.
 */
export async function writeRollupValues(db: Db, values: MetricValue[]): Promise<void> {
  if (!values.length) return;
  const rows = sql`unnest(${uuidArray(values.map((v) => v.accountId))}, ${textArray(values.map((v) => v.metric))},
    ${dateArray(values.map((v) => v.day))}, ${floatArray(values.map((v) => v.value))}) as t(account_id, metric, day, value)`;
  await db.execute(sql`
    insert into metric_series (account_id, metric, start_day, values, source)
    select account_id, metric, min(day), '{}'::float8[], 'rollup' from ${rows} group by account_id, metric
    on conflict (account_id, metric) do nothing`);
  await db.execute(sql`
    update metric_series m set
      values = pm_series_overlay(m.start_day, m.values, g.first_day, g.vals, 0),
      start_day = case when cardinality(m.values) = 0 then g.first_day else least(m.start_day, g.first_day) end,
      updated_at = now()
    from (
      select account_id, metric, min(day) as first_day, pm_series_merge(min(day), '{}'::float8[], array_agg(day), array_agg(value)) as vals
      from ${rows} group by account_id, metric
    ) g
    where m.account_id = g.account_id and m.metric = g.metric and m.source = 'rollup'`);
}

/**
 * Carries every rolled-up series to `day` with zeros, so "weekly active users today" reads 0 for
 * an account that went quiet instead of null. Run once a day, after the rollups are drained:
 * past the end of a rollup series nothing happened, or a dirty day would have extended it.
 */
export async function extendRollupSeries(db: Db, day: string): Promise<number> {
  const rows = await queryRows<{ n: number }>(db, sql`
    with extended as (
      update metric_series set values = pm_series_overlay(start_day, values, ${day}::date, '{NULL}'::float8[], 0), updated_at = now()
      where source = 'rollup' and start_day + cardinality(values) <= ${day}::date
      returning 1
    ) select count(*)::int as n from extended`);
  return rows[0]?.n ?? 0;
}

export interface StoredSeries {
  metric: string;
  source: 'rollup' | 'reported';
  startDay: string;
  values: (number | null)[];
}

/** An account's series: the named ones (and, with `withReported`, every directly reported one), or all of them; ordered by name. */
export async function readAccountSeries(db: Db, accountId: string, names?: readonly string[], withReported = false): Promise<StoredSeries[]> {
  const filter = names ? sql`and (metric = any(${textArray(names)}) ${withReported ? sql`or source = 'reported'` : sql``})` : sql``;
  const rows = await queryRows<{ metric: string; source: 'rollup' | 'reported'; start_day: string; values: (number | null)[] }>(db, sql`
    select metric, source, to_char(start_day, 'YYYY-MM-DD') as start_day, values from metric_series
    where account_id = ${accountId} ${filter}
    order by metric`);
  return rows.map((r) => ({ metric: r.metric, source: r.source, startDay: r.start_day, values: r.values }));
}
