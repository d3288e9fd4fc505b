import type { AccountProfile } from './account-profile.ts';
import { addYears, isoDay } from './days.ts';
import { momentMs, workMinute } from './moments.ts';
import { Rng } from './random.ts';
import { timelineEntry, trackEvent } from './records.ts';
import type { DemoContact, DemoEvent, DemoTimelineEntry } from './types.ts';

export interface GeneratedLifecycle {
  timeline: DemoTimelineEntry[];
  events: DemoEvent[];
  /** Days a QBR was held (the notes generator writes their recaps). */
  qbrDays: number[];
}

// toLocaleString costs more than the rest of an account's lifecycle put together.
const money = (n: number) => `$${String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;

/** The commercial story: created, signed, renewed, expanded, QBRs held, churned. */
export function generateLifecycle(p: AccountProfile, contacts: DemoContact[]): GeneratedLifecycle {
  const rng = new Rng(p.seed, 'account', p.account.index, 'lifecycle');
  const out: GeneratedLifecycle = { timeline: [], events: [], qbrDays: [] };
  const a = p.account;
  const end = Math.min(p.ref, p.churnDay ?? p.ref);
  const signer = contacts.find((c) => c.roles.includes('executive_sponsor')) ?? contacts[0]!;
  const at = (day: number) => momentMs(p, day, workMinute(rng, p));
  const inWindow = (day: number) => day >= p.firstDay && day <= end;

  out.timeline.push(timelineEntry(p, 'account.created', a.createdAt, `Account ${a.name} created`));
  if (inWindow(p.contractStartDay)) {
    const ms = at(p.contractStartDay);
    out.timeline.push(timelineEntry(p, 'contract.signed', new Date(ms).toISOString(), `Contract signed: ${a.plan} plan, ${p.seats} seats, ${money(a.arr)} ARR`, { plan: a.plan, seats: p.seats, arr: a.arr }));
    out.events.push(trackEvent(p, 'contract-signed', 'contract_signed', null, ms, { plan: a.plan, seats: p.seats, arr: a.arr, signed_by: signer.email }));
  }
  for (let years = 1; addYears(p.contractStartDay, years) <= end; years++) {
    const day = addYears(p.contractStartDay, years);
    if (!inWindow(day) || day === p.churnDay) continue;
    const ms = at(day);
    out.timeline.push(timelineEntry(p, 'contract.renewed', new Date(ms).toISOString(), `Renewed for another year (${money(a.arr)} ARR)`, { arr: a.arr, term_months: 12 }));
    out.events.push(trackEvent(p, `contract-renewed-${years}`, 'contract_renewed', null, ms, { arr: a.arr, term_months: 12, signed_by: signer.email }));
  }
  if (p.pattern === 'growing' && rng.chance(0.4)) {
    const day = p.ref - rng.int(40, 200);
    if (inWindow(day) && day > p.contractStartDay + 60) {
      const seatsAdded = Math.max(2, Math.round(p.seats * rng.uniform(0.1, 0.25)));
      const arrAdded = Math.round((a.arr * seatsAdded) / p.seats / 100) * 100;
      const ms = at(day);
      out.timeline.push(timelineEntry(p, 'expansion.won', new Date(ms).toISOString(), `Expansion: ${seatsAdded} seats added (+${money(arrAdded)} ARR)`, { seats_added: seatsAdded, arr_added: arrAdded }, a.ownerEmail));
      out.events.push(trackEvent(p, 'expansion-won', 'expansion_won', null, ms, { seats_added: seatsAdded, arr_added: arrAdded, signed_by: signer.email }));
    }
  }
  if (a.touchModel === 'high') {
    // A little more often than quarterly, as CSMs book them; one account in ten lets the
    // latest slip, which the QBR playbook (last QBR 80+ days ago) catches.
    const days: number[] = [];
    for (let day = p.contractStartDay + rng.int(75, 90); day <= end; day += rng.int(75, 90)) days.push(day);
    if (days.length && p.ref - days[days.length - 1]! < 80 && rng.chance(0.1)) days.pop();
    for (const [i, day] of days.entries()) {
      if (!inWindow(day)) continue;
      const ms = at(day);
      const attendees = rng.int(3, 8);
      out.qbrDays.push(day);
      out.timeline.push(timelineEntry(p, 'qbr.held', new Date(ms).toISOString(), `Quarterly business review held (${attendees} attendees)`, { attendees }, a.ownerEmail));
      out.events.push(trackEvent(p, `qbr-${i}`, 'qbr_held', null, ms, { attendees, held_by: a.ownerEmail }));
    }
  }
  if (p.churnDay !== null && p.churnDay >= p.firstDay) {
    out.timeline.push(timelineEntry(p, 'account.churned', new Date(at(p.churnDay)).toISOString(), `Did not renew; churned on ${isoDay(p.churnDay)}`, { reason: a.traits.churn_reason }));
  }
  return out;
}
