import { sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import type { MetricFunction } from '../../../core/conditions/index.ts';

/**
 * The bodies of pm_series_avg, _sum and _slope (migration 0005), written out in place: PostgreSQL
 * cannot inline a SQL function that aggregates, and calling one per account cost about 40% of a
 * metric trigger's time over 100,000 accounts (bench/sweep.ts). pm_series_window inlines.
 */
function overWindow(aggregate: SQL, series: { startDay: SQL; values: SQL }, today: SQL, days: number): SQL {
  return sql`(select ${aggregate} from unnest(pm_series_window(${series.startDay}, ${series.values}, ${today}, ${days}::int)) with ordinality as w(v, i))`;
}

/** The condition language's metric functions, as the SQL twins of src/core/metrics (migration 0005). */
export function metricSql(fn: MetricFunction, days: number, series: { startDay: SQL; values: SQL }, today: SQL): SQL {
  const { startDay, values } = series;
  switch (fn) {
    case 'value':
      return sql`pm_series_value(${startDay}, ${values}, ${today})`;
    case 'avg':
      return overWindow(sql`avg(v)`, series, today, days);
    case 'sum':
      return overWindow(sql`sum(v)`, series, today, days);
    case 'change':
      return sql`pm_series_change(${startDay}, ${values}, ${today}, ${days}::int)`;
    case 'change_abs':
      return sql`pm_series_change_abs(${startDay}, ${values}, ${today}, ${days}::int)`;
    case 'trend':
      return overWindow(sql`regr_slope(v, i::double precision)`, series, today, days);
  }
}
