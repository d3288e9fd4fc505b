import { dayNumber, dayString } from './days.ts';

/** A daily series: `values[0]` is the value on `startDay`, `values[i]` on startDay + i; null = no value. */
export interface Series {
  /** YYYY-MM-DD */
  startDay: string;
  values: (number | null)[];
}

/** Position of a day in the series; may be negative or past the end. */
export function indexOf(series: Series, day: string): number {
  return dayNumber(day) - dayNumber(series.startDay);
}

/** The value on a day, or null when the day is outside the series or has no value. */
export function valueOn(series: Series | undefined, day: string): number | null {
  if (!series) return null;
  const i = indexOf(series, day);
  return i < 0 || i >= series.values.length ? null : (series.values[i] ?? null);
}

/**
 * The stored values of the `days`-day window ending on `refDay` (refDay − days + 1 … refDay), in
 * day order, limited to the days the series covers. Mirrors the SQL `pm_series_window`.
 */
export function windowOf(series: Series | undefined, refDay: string, days: number): (number | null)[] {
  if (!series) return [];
  const last = Math.min(indexOf(series, refDay), series.values.length - 1);
  const first = Math.max(0, indexOf(series, refDay) - days + 1);
  return last < first ? [] : series.values.slice(first, last + 1);
}

/** Exactly one entry per day from `from` to `to`, null where the series has nothing: for charts. */
export function valuesBetween(series: Series | undefined, from: string, to: string): (number | null)[] {
  const n = dayNumber(to) - dayNumber(from) + 1;
  if (n <= 0) return [];
  const offset = series ? dayNumber(from) - dayNumber(series.startDay) : 0;
  return Array.from({ length: n }, (_, k) => (series ? (series.values[offset + k] ?? null) : null));
}

/** The last non-null value on or before `refDay`: for sparse reported metrics such as seats. */
export function lastValue(series: Series | undefined, refDay: string): number | null {
  if (!series) return null;
  for (let i = Math.min(indexOf(series, refDay), series.values.length - 1); i >= 0; i--) {
    const v = series.values[i];
    if (v !== null && v !== undefined) return v;
  }
  return null;
}

/** The last day on or before `refDay` whose value is neither null nor 0, or null. */
export function lastNonZeroDay(series: Series | undefined, refDay: string): string | null {
  if (!series) return null;
  for (let i = Math.min(indexOf(series, refDay), series.values.length - 1); i >= 0; i--) {
    const v = series.values[i];
    if (v !== null && v !== undefined && v !== 0) return dayString(dayNumber(series.startDay) + i);
  }
  return null;
}
