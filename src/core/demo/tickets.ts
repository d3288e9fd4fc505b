import type { AccountProfile } from './account-profile.ts';
import { epochMs } from './days.ts';
import { momentMs, workMinute } from './moments.ts';
import { Rng } from './random.ts';
import { quote, timelineEntry, trackEvent } from './records.ts';
import { TICKET_SUBJECTS } from './texts.ts';
import type { DemoContact, DemoEvent, DemoTicket, DemoTimelineEntry } from './types.ts';
import type { Usage } from './usage.ts';

type Priority = DemoTicket['priority'];

export interface GeneratedTickets {
  tickets: DemoTicket[];
  timeline: DemoTimelineEntry[];
  events: DemoEvent[];
}

const PER_YEAR = { enterprise: 12, 'mid-market': 6, smb: 2.5 } as const;
const PRIORITIES: Record<'calm' | 'troubled', readonly (readonly [Priority, number])[]> = {
  calm: [['low', 26], ['normal', 50], ['high', 18], ['urgent', 6]],
  troubled: [['low', 15], ['normal', 42], ['high', 28], ['urgent', 15]],
};
/** Days to resolve, by priority (min, max). */
const RESOLUTION_DAYS: Record<Priority, readonly [number, number]> = { urgent: [0.1, 2], high: [0.5, 6], normal: [1, 12], low: [2, 25] };
const MINUTES_PER_DAY = 1_440;
/**
 * Tickets older than this keep their rows and timeline entries but no ticket_opened/closed
 * events: triggers look back 30 days at most, and a year of them would double the demo's events.
 */
const EVENT_HISTORY_DAYS = 180;

function poisson(rng: Rng, mean: number): number {
  let k = 0;
  let p = Math.exp(-mean);
  let sum = p;
  const u = rng.next();
  while (u > sum && k < 1_000) {
    k++;
    p *= mean / k;
    sum += p;
  }
  return k;
}

export function isTroubled(p: AccountProfile): boolean {
  return p.pattern === 'declining' || p.pattern === 'dropping' || p.pattern === 'dormant' || p.pattern === 'churned';
}

/** Opens one ticket (closing it when resolution falls before "now") with its timeline and events. */
export function openTicket(p: AccountProfile, rng: Rng, out: GeneratedTickets, contacts: DemoContact[], day: number, priority: Priority, subject: string): void {
  const n = out.tickets.length;
  const openedMs = momentMs(p, day, workMinute(rng, p));
  const [minDays, maxDays] = RESOLUTION_DAYS[priority];
  const closedMs = openedMs + Math.round(rng.uniform(minDays, maxDays) * MINUTES_PER_DAY) * 60_000;
  const closed = closedMs <= p.asOfMs && (p.churnDay === null || closedMs <= epochMs(p.churnDay + 30));
  const reporters = contacts.filter((c) => c.leftAt === null || Date.parse(c.leftAt) > openedMs);
  const reporter = reporters.length ? rng.pick(reporters) : null;
  const csat = closed && rng.chance(0.6) ? rng.weighted(isTroubled(p) ? [[5, 25], [4, 30], [3, 20], [2, 15], [1, 10]] : [[5, 50], [4, 30], [3, 12], [2, 5], [1, 3]]) : null;
  const ticket: DemoTicket = {
    id: rng.uuid(),
    accountId: p.account.id,
    contactId: reporter?.id ?? null,
    externalId: `zd_${rng.base62(16)}`,
    subject,
    priority,
    status: closed ? (rng.chance(0.8) ? 'closed' : 'solved') : rng.chance(0.7) ? 'open' : 'pending',
    openedAt: new Date(openedMs).toISOString(),
    closedAt: closed ? new Date(closedMs).toISOString() : null,
    csat,
  };
  out.tickets.push(ticket);
  // From the helpdesk integration: the requester is a property, not a product user.
  const who = { requester: reporter?.email ?? null };
  const recent = (ms: number) => ms >= epochMs(p.ref - EVENT_HISTORY_DAYS);
  out.timeline.push(timelineEntry(p, 'ticket.opened', ticket.openedAt, `Ticket opened (${priority}): ${quote(subject)}`, { ticketId: ticket.id, subject, priority }));
  if (recent(openedMs)) out.events.push(trackEvent(p, `ticket-${n}-opened`, 'ticket_opened', null, openedMs, { ticket_id: ticket.externalId, priority, subject, ...who }));
  if (ticket.closedAt) {
    out.timeline.push(timelineEntry(p, 'ticket.closed', ticket.closedAt, `Ticket closed: ${quote(subject)}${csat ? ` (CSAT ${csat}/5)` : ''}`, { ticketId: ticket.id, subject, priority, csat }));
    if (recent(closedMs)) out.events.push(trackEvent(p, `ticket-${n}-closed`, 'ticket_closed', null, closedMs, { ticket_id: ticket.externalId, priority, ...(csat ? { csat } : {}), ...who }));
  }
}

export function generateTickets(p: AccountProfile, usage: Usage, contacts: DemoContact[]): GeneratedTickets {
  const rng = new Rng(p.seed, 'account', p.account.index, 'tickets');
  const out: GeneratedTickets = { tickets: [], timeline: [], events: [] };
  const from = Math.max(p.firstDay, p.contractStartDay);
  const to = Math.min(p.ref, p.churnDay ?? p.ref);
  if (to < from) return out;
  const troubled = isTroubled(p);
  const mean = (PER_YEAR[p.account.tier] * (troubled ? 1.8 : 1) * (to - from + 1)) / 365;
  const days: number[] = [];
  for (let i = poisson(rng, mean); i > 0; i--) days.push(rng.int(from, to));
  // A sudden drop usually comes with a burst of serious tickets: the thing that broke.
  if (usage.dropDay !== null) for (let i = rng.int(1, 3); i > 0; i--) days.push(usage.dropDay + rng.int(-2, 3));
  days.sort((a, b) => a - b);
  for (const day of days) {
    const nearDrop = usage.dropDay !== null && Math.abs(day - usage.dropDay) <= 3;
    const priority: Priority = nearDrop ? rng.pick(['high', 'urgent'] as const) : rng.weighted(PRIORITIES[troubled ? 'troubled' : 'calm']);
    openTicket(p, rng, out, contacts, Math.min(day, p.ref), priority, rng.pick(TICKET_SUBJECTS[priority]));
  }
  return out;
}
