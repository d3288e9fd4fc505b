import { sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import type { MetricFunction } from '../../../core/conditions/index.ts';

/** The condition language's metric functions, as the SQL twins of src/core/metrics (migration 0005). */
export function metricSql(fn: MetricFunction, days: number, series: { startDay: SQL; values: SQL }, today: SQL): SQL {
  const { startDay, values } = series;
  switch (fn) {
    case 'value':
      return sql`pm_series_value(${startDay}, ${values}, ${today})`;
    case 'avg':
      return sql`pm_series_avg(${startDay}, ${values}, ${today}, ${days}::int)`;
    case 'sum':
      return sql`pm_series_sum(${startDay}, ${values}, ${today}, ${days}::int)`;
    case 'change':
      return sql`pm_series_change(${startDay}, ${values}, ${today}, ${days}::int)`;
    case 'change_abs':
      return sql`pm_series_change_abs(${startDay}, ${values}, ${today}, ${days}::int)`;
    case 'trend':
      return sql`pm_series_slope(${startDay}, ${values}, ${today}, ${days}::int)`;
  }
}
