import type { AccountProfile } from './account-profile.ts';
import { epochMs } from './days.ts';
import type { Rng } from './random.ts';

/** A minute of the UTC day inside the customer's local working hours (it may spill into the next UTC day). */
export function workMinute(rng: Rng, p: AccountProfile, fromHour = 8, toHour = 18): number {
  return rng.int(fromHour * 60, toHour * 60 - 1) - p.region.timezoneOffsetHours * 60;
}

/** ISO timestamp of a day and minute, never after the generator's "now". */
export function momentMs(p: AccountProfile, day: number, minute: number): number {
  const ms = epochMs(day, minute);
  if (ms <= p.asOfMs) return ms;
  // Spread clamped moments over the hour before "now" rather than stacking them on one instant.
  return p.asOfMs - 1_000 - ((Math.abs(Math.round(minute)) * 7_919) % 3_600) * 1_000;
}

export function moment(p: AccountProfile, day: number, minute: number): string {
  return new Date(momentMs(p, day, minute)).toISOString();
}
