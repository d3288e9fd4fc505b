/** Days are integers (days since 1970-01-01, UTC) inside the generator; ISO strings at its edges. */

const MS_PER_DAY = 86_400_000;

export function dayOf(iso: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`expected a day as YYYY-MM-DD, got "${iso}"`);
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  if (new Date(ms).toISOString().slice(0, 10) !== iso) throw new Error(`"${iso}" is not a calendar day`);
  return ms / MS_PER_DAY;
}

export function isoDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** ISO timestamp of a moment given as a day and a minute of that day. */
export function isoAt(day: number, minute: number): string {
  return new Date(day * MS_PER_DAY + Math.round(minute * 60_000)).toISOString();
}

export function epochMs(day: number, minute = 0): number {
  return day * MS_PER_DAY + Math.round(minute * 60_000);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function isWeekend(day: number): boolean {
  const w = weekday(day);
  return w === 0 || w === 6;
}

/** The same calendar date `years` later (29 February becomes 28 February): contract anniversaries. */
export function addYears(day: number, years: number): number {
  const d = new Date(day * MS_PER_DAY);
  const year = d.getUTCFullYear() + years;
  const month = d.getUTCMonth();
  const lastOfMonth = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return Date.UTC(year, month, Math.min(d.getUTCDate(), lastOfMonth)) / MS_PER_DAY;
}
