import type { NewTimelineEvent } from '../accounts/timeline.ts';
import type { tickets } from './schema.ts';
import { CLOSED_STATUSES } from './inputs.ts';

export type Ticket = typeof tickets.$inferSelect;

const RANK = { low: 0, normal: 1, high: 2, urgent: 3 } as const;

/** The timeline entries a ticket's change is worth: opened, closed, reopened, priority, CSAT. */
export function ticketEntries(before: Ticket | undefined, after: Ticket, actorId: string | null): NewTimelineEvent[] {
  const base = { accountId: after.accountId, actorId, data: { ticketId: after.id, externalId: after.externalId, subject: after.subject, priority: after.priority, status: after.status } };
  const entries: NewTimelineEvent[] = [];
  const closed = (t: Ticket | undefined) => !!t && CLOSED_STATUSES.includes(t.status);
  if (!before) {
    entries.push({ ...base, type: 'ticket.opened', occurredAt: after.openedAt, summary: `Ticket opened (${after.priority}): ${after.subject}` });
  } else if (before.priority !== after.priority) {
    const direction = RANK[after.priority] > RANK[before.priority] ? 'raised' : 'lowered';
    entries.push({ ...base, type: 'ticket.priority_changed', summary: `Ticket priority ${direction} to ${after.priority}: ${after.subject}`, data: { ...base.data, from: before.priority } });
  }
  if (closed(after) && !closed(before)) {
    entries.push({ ...base, type: 'ticket.closed', occurredAt: after.closedAt ?? new Date(), summary: `Ticket ${after.status}: ${after.subject}` });
  } else if (before && closed(before) && !closed(after)) {
    entries.push({ ...base, type: 'ticket.reopened', summary: `Ticket reopened: ${after.subject}` });
  }
  if (after.csat !== null && after.csat !== before?.csat) {
    entries.push({ ...base, type: 'ticket.csat', occurredAt: after.closedAt ?? new Date(), summary: `CSAT ${after.csat}/5 on ticket: ${after.subject}`, data: { ...base.data, csat: after.csat } });
  }
  return entries;
}
