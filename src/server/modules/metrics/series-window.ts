import { addDays, daysBetween, utcToday, valuesBetween } from '../../../core/metrics/index.ts';
import { errors } from '../../http/errors.ts';
import { MAX_RANGE_DAYS } from './api-schemas.ts';
import type { StoredSeries } from './series.ts';

/** Resolves a day range from optional ends, refusing one that is backwards or too long (naming the field). */
export function dayRange(from: string | undefined, to: string | undefined, defaultDays: number, fields = { from: 'query.from', to: 'query.to' }) {
  const last = to ?? utcToday();
  const first = from ?? addDays(last, -(defaultDays - 1));
  if (daysBetween(first, last) < 0) throw errors.validation([{ path: fields.from, message: `must not be after ${fields.to.replace('query.', '')} (${last})` }]);
  if (daysBetween(first, last) >= MAX_RANGE_DAYS) throw errors.validation([{ path: fields.from, message: `the range may span at most ${MAX_RANGE_DAYS} days` }]);
  return { from: first, to: last };
}

/** Series cut to exactly one value per day of the range, for charts. */
export function seriesWindow(rows: StoredSeries[], from: string, to: string) {
  return rows.map((r) => ({ metric: r.metric, source: r.source, values: valuesBetween(r, from, to) }));
}
