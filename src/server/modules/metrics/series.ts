import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';

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
