import { addDays } from '../conditions/dates.ts';
import { parseDuration } from '../playbook/durations.ts';

export type SuccessVerdict = 'success' | 'failure' | 'open';

/** The last day of a play's success window: its start plus `success.within` (inclusive). */
export function successBy(startedOn: string, within: string | undefined): string | null {
  if (!within) return null;
  const days = parseDuration(within);
  return days === null ? null : addDays(startedOn, days);
}

/**
 * The day a play's success condition should be judged on: today while its window runs, else the
 * window's last day, so that a run missed on that day cannot turn a success into a failure.
 */
export function judgementDay(windowEnds: string, today: string): string {
  return today > windowEnds ? windowEnds : today;
}

/**
 * A play's outcome, given whether its condition held on its judgement day: success when it held
 * inside the window, failure once the window ended without it, open while it can go either way.
 */
export function successVerdict(conditionHeld: boolean, windowEnds: string, today: string): SuccessVerdict {
  if (conditionHeld) return 'success';
  return today > windowEnds ? 'failure' : 'open';
}
