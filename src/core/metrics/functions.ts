import { dayNumber, addDays } from './days.ts';
import { lastNonZeroDay, valueOn, windowOf } from './series.ts';
import type { Series } from './series.ts';

// The metric functions of the condition language. Each has a SQL twin in the migration
// 0005_metric_functions (named in the comments), and tests/metrics-functions.test.ts proves
// that both give the same answer on random series. A window of N days ending on refDay is
// refDay − N + 1 … refDay, refDay included. Nulls are skipped, never read as 0.

function present(values: (number | null)[]): number[] {
  return values.filter((v): v is number => v !== null && v !== undefined);
}

/** Mean of the values in the window; null when it has none. SQL: pm_series_avg. */
export function average(series: Series | undefined, refDay: string, days: number): number | null {
  const vs = present(windowOf(series, refDay, days));
  if (!vs.length) return null;
  let sum = 0;
  for (const v of vs) sum += v;
  return sum / vs.length;
}

/** Sum of the values in the window; null when it has none. SQL: pm_series_sum. */
export function sum(series: Series | undefined, refDay: string, days: number): number | null {
  const vs = present(windowOf(series, refDay, days));
  if (!vs.length) return null;
  let total = 0;
  for (const v of vs) total += v;
  return total;
}

/** How many times event X happened in the window, from the `events.X` series: 0, never null. SQL: pm_series_count. */
export function countInWindow(series: Series | undefined, refDay: string, days: number): number {
  return sum(series, refDay, days) ?? 0;
}

/** value(refDay) − value(refDay − days); null when either is missing. SQL: pm_series_change_abs. */
export function changeAbs(series: Series | undefined, refDay: string, days: number): number | null {
  const now = valueOn(series, refDay);
  const base = valueOn(series, addDays(refDay, -days));
  return now === null || base === null ? null : now - base;
}

/**
 * Relative change as a fraction (−0.3 is −30%, the condition language's `-30%`):
 * (value(refDay) − value(refDay − days)) / |value(refDay − days)|; null when either value is
 * missing or the base is 0. SQL: pm_series_change.
 */
export function change(series: Series | undefined, refDay: string, days: number): number | null {
  const now = valueOn(series, refDay);
  const base = valueOn(series, addDays(refDay, -days));
  return now === null || base === null || base === 0 ? null : (now - base) / Math.abs(base);
}

/**
 * Least-squares slope in units per day over the window's non-null values; null with fewer than
 * two. Accumulates the way PostgreSQL's regr_slope does (Youngs–Cramer, x = position in the
 * window) so both round alike. SQL: pm_series_slope.
 */
export function slope(series: Series | undefined, refDay: string, days: number): number | null {
  const window = windowOf(series, refDay, days);
  let n = 0;
  let sx = 0;
  let sy = 0;
  let sxx = 0;
  let sxy = 0;
  window.forEach((y, i) => {
    if (y === null || y === undefined) return;
    const x = i + 1;
    n += 1;
    sx += x;
    sy += y;
    if (n > 1) {
      const tx = x * n - sx;
      const ty = y * n - sy;
      const scale = 1 / (n * (n - 1));
      sxx += tx * tx * scale;
      sxy += tx * ty * scale;
    }
  });
  return n < 2 || sxx === 0 ? null : sxy / sxx;
}

/** Days from the last non-zero value on or before refDay to refDay; null if there is none. SQL: pm_series_days_since. */
export function daysSinceLast(series: Series | undefined, refDay: string): number | null {
  const last = lastNonZeroDay(series, refDay);
  return last === null ? null : dayNumber(refDay) - dayNumber(last);
}

export type MetricFunctionName = 'value' | 'avg' | 'sum' | 'change' | 'change_abs' | 'trend';

/**
 * One entry point with the condition language's names (`metric.x.avg(30d)` …), shaped like its
 * MetricEvaluator; `days` is ignored by `value`.
 */
export function evaluateMetric(series: Series | undefined, fn: MetricFunctionName, days: number, today: string): number | null {
  switch (fn) {
    case 'value':
      return valueOn(series, today);
    case 'avg':
      return average(series, today, days);
    case 'sum':
      return sum(series, today, days);
    case 'change':
      return change(series, today, days);
    case 'change_abs':
      return changeAbs(series, today, days);
    case 'trend':
      return slope(series, today, days);
  }
}
