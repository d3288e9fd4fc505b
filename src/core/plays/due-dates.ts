import type { Due } from '../playbook/durations.ts';
import { parseDue } from '../playbook/durations.ts';
import { addDays, dayNumber } from '../conditions/dates.ts';

export interface DueContext {
  /** YYYY-MM-DD the play started. */
  playStart: string;
  /** Anchor dates of the account, YYYY-MM-DD or null when unknown. */
  anchors: Partial<Record<string, string | null>>;
  /** When each finished step was finished, YYYY-MM-DD. */
  finishedOn: Record<string, string>;
  /** Due dates on a Saturday or Sunday move to the Monday after. */
  businessDays: boolean;
}

/** 0 = Sunday … 6 = Saturday, for a YYYY-MM-DD day (UTC). */
export function weekday(day: string): number {
  return (((dayNumber(day) + 4) % 7) + 7) % 7;
}

export function skipWeekend(day: string): string {
  const wd = weekday(day);
  return wd === 6 ? addDays(day, 2) : wd === 0 ? addDays(day, 1) : day;
}

/**
 * The day a step is due, or null when it cannot be known yet (it counts from a step that has not
 * finished, or from an anchor date the account does not have).
 */
export function dueDate(due: Due | null, ctx: DueContext): string | null {
  let day: string | null;
  if (!due) day = ctx.playStart;
  else if (due.type === 'start') day = addDays(ctx.playStart, due.days);
  else if (due.type === 'after') day = ctx.finishedOn[due.step] ? addDays(ctx.finishedOn[due.step]!, due.days) : null;
  else day = ctx.anchors[due.anchor] ? addDays(ctx.anchors[due.anchor]!, due.days) : null;
  // An anchor date already behind us (a renewal 60 days out and a step at -90d) is due at once.
  if (day && due?.type === 'anchor' && day < ctx.playStart) day = ctx.playStart;
  return day && ctx.businessDays ? skipWeekend(day) : day;
}

/** A step's due day from its `due` text (see dueDate); null when it has none or it is not known yet. */
export function dueFor(due: string | undefined, ctx: DueContext): string | null {
  if (!due) return null;
  const parsed = parseDue(due);
  return parsed ? dueDate(parsed, ctx) : null;
}
