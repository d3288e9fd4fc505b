const DAY_MS = 86_400_000;

export function dayNumber(isoDay: string): number {
  return Math.floor(Date.parse(`${isoDay.slice(0, 10)}T00:00:00Z`) / DAY_MS);
}

export function addDays(isoDay: string, days: number): string {
  return new Date((dayNumber(isoDay) + days) * DAY_MS).toISOString().slice(0, 10);
}

export function daysBetween(fromDay: string, toDay: string): number {
  return dayNumber(toDay) - dayNumber(fromDay);
}
