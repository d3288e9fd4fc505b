import { addDays } from '../conditions/dates.ts';
import { parseDuration } from '../playbook/durations.ts';
import type { Wait } from '../playbook/schema.ts';

/** Step kinds the engine carries out itself; they never land on anyone's worklist. */
export const AUTOMATIC_KINDS: readonly string[] = ['wait', 'action'];

/** The day a wait ends: after its duration, or when an `until` wait gives up (its timeout). */
export function waitEnds(wait: Wait, openedOn: string): string {
  const duration = 'for' in wait ? wait.for : wait.timeout;
  return addDays(openedOn, parseDuration(duration) ?? 0);
}

export function isOverdue(state: string, dueOn: string | null, today: string): boolean {
  return state === 'open' && dueOn !== null && dueOn < today;
}
