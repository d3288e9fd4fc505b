const DAY_MS = 86_400_000;

// A run touches a handful of distinct days many thousands of times; parsing and formatting
// dates dominated the scoring profile, so both directions are remembered (a bounded cache).
const CACHE_LIMIT = 10_000;
const numbers = new Map<string, number>();
const strings = new Map<number, string>();

function remember<K, V>(cache: Map<K, V>, key: K, value: V): V {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}

/** Days since 1970-01-01 of a YYYY-MM-DD day (UTC); a longer ISO timestamp is cut to its day. */
export function dayNumber(isoDay: string): number {
  const day = isoDay.length === 10 ? isoDay : isoDay.slice(0, 10);
  return numbers.get(day) ?? remember(numbers, day, Math.floor(Date.parse(`${day}T00:00:00Z`) / DAY_MS));
}

export function dayString(dayNo: number): string {
  return strings.get(dayNo) ?? remember(strings, dayNo, new Date(dayNo * DAY_MS).toISOString().slice(0, 10));
}

export function addDays(isoDay: string, days: number): string {
  return dayString(dayNumber(isoDay) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** Today's UTC day, YYYY-MM-DD. */
export function utcToday(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
