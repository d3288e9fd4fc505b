import { parseAnchorOffset, parseDue, parseDuration } from './durations.ts';

/** `14d` -> `14 days`, `2w` -> `2 weeks`; unparseable text is returned as written. */
export function describeDuration(text: string): string {
  if (parseDuration(text) === null) return text;
  const amount = Number(text.slice(0, -1));
  const unit = text.endsWith('w') ? 'week' : 'day';
  return `${amount} ${unit}${amount === 1 ? '' : 's'}`;
}

/** `renewal_date -90d` -> `90 days before renewal date`. */
export function describeAnchorOffset(text: string): string {
  const parsed = parseAnchorOffset(text);
  if (!parsed) return text;
  const anchor = parsed.anchor.replace('_', ' ');
  if (parsed.days === 0) return `on ${anchor}`;
  const offset = (text.split(' ')[1] ?? '').slice(1);
  return `${describeDuration(offset)} ${parsed.days < 0 ? 'before' : 'after'} ${anchor}`;
}

/** A due expression in words; `titleOf` names the step an `after` due refers to. */
export function describeDue(text: string, titleOf: (stepId: string) => string = (id) => id): string {
  const due = parseDue(text);
  if (!due) return text;
  if (due.type === 'anchor') return describeAnchorOffset(text);
  const amount = describeDuration(text.split(' ')[0] ?? '');
  if (due.type === 'after') return due.days === 0 ? `when "${titleOf(due.step)}" is done` : `${amount} after "${titleOf(due.step)}"`;
  return due.days === 0 ? 'at the start' : `${amount} after the start`;
}
