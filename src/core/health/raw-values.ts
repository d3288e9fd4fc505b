import { daysBetween } from '../metrics/days.ts';
import type { HealthInputs } from './inputs.ts';
import type { HealthComponent, HealthModel } from './model.ts';
import { TICKET_PRIORITIES } from './model.ts';

type Points = readonly { raw: number; score: number }[];

/**
 * A component's raw value and the thresholds that score it (null: the raw value is the score),
 * or why there is none. Both texts are for people, and only built when an account is explained.
 */
export type RawValue = { raw: number; detail: () => string; points: Points | null } | { raw: null; missing: () => string };

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

function usage(m: HealthModel['components']['usage'], i: HealthInputs): RawValue {
  if (m.measure === 'change') {
    const c = i.usage.change;
    if (c === null) return { raw: null, missing: () => `no ${m.metric} today or ${m.windowDays} days ago (or it was 0 then)` };
    return { raw: c * 100, detail: () => `${m.metric} changed ${round(c * 100, 1)}% over ${m.windowDays} days`, points: m.points };
  }
  const { slope: s, mean } = i.usage;
  if (s === null || mean === null || mean === 0) return { raw: null, missing: () => `not enough ${m.metric} values in the last ${m.windowDays} days for a trend` };
  const pct = ((s * m.windowDays) / Math.abs(mean)) * 100;
  return { raw: pct, detail: () => `${m.metric} trend over ${m.windowDays} days: ${round(pct, 1)}% of its mean`, points: m.points };
}

/** A seat count from a trait: a positive number, or a string that reads as one. */
function seatsFromTrait(value: unknown): number | null {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  return Number.isFinite(n) && n > 0 ? n : null;
}

function engagement(m: HealthModel['components']['engagement'], i: HealthInputs): RawValue {
  const trait = seatsFromTrait(i.seatsTrait);
  const seats = trait ?? (i.seatsMetric !== null && i.seatsMetric > 0 ? i.seatsMetric : null);
  if (seats === null) return { raw: null, missing: () => `no seat count (trait ${m.seatsTrait} or metric ${m.seatsMetric})` };
  if (i.activeUsers === null) return { raw: null, missing: () => `no ${m.activeMetric} today` };
  const source = trait !== null ? `trait ${m.seatsTrait}` : `metric ${m.seatsMetric}`;
  return { raw: (i.activeUsers / seats) * 100, detail: () => `${i.activeUsers} ${m.activeMetric} of ${seats} seats (${source})`, points: m.points };
}

function support(m: HealthModel['components']['support'], i: HealthInputs): RawValue {
  let weighted = 0;
  for (const p of TICKET_PRIORITIES) weighted += (i.openTickets[p] ?? 0) * m.priorityWeights[p];
  const detail = () => {
    const parts = TICKET_PRIORITIES.filter((p) => i.openTickets[p]).map((p) => `${i.openTickets[p]} ${p}`);
    return parts.length ? `open tickets: ${parts.join(', ')} (weighted ${round(weighted)})` : 'no open tickets';
  };
  return { raw: weighted, detail, points: m.points };
}

function sentiment(m: HealthModel['components']['sentiment'], i: HealthInputs): RawValue {
  const recent = (a: { day: string } | null) => a !== null && daysBetween(a.day, i.today) <= m.maxAgeDays;
  if (recent(i.nps)) return { raw: i.nps!.score, detail: () => `NPS ${i.nps!.score} on ${i.nps!.day}`, points: m.nps };
  if (recent(i.csat)) return { raw: i.csat!.score, detail: () => `CSAT ${i.csat!.score} on ${i.csat!.day}`, points: m.csat };
  return { raw: null, missing: () => `no NPS or CSAT answer in the last ${m.maxAgeDays} days` };
}

function relationship(m: HealthModel['components']['relationship'], i: HealthInputs): RawValue {
  const c = i.contacts;
  if (!c.count) return { raw: null, missing: () => 'no contacts on record' };
  const state = (present: boolean, active: boolean, role: string) => (active ? `${role} active` : present ? `${role} left` : `no ${role}`);
  const raw = Math.min(100, (c.championActive ? m.champion : 0) + (c.sponsorActive ? m.sponsor : 0));
  return { raw, detail: () => `${state(c.championPresent, c.championActive, 'champion')}, ${state(c.sponsorPresent, c.sponsorActive, 'executive sponsor')}`, points: null };
}

function renewal(m: HealthModel['components']['renewal'], i: HealthInputs): RawValue {
  if (!i.renewalDate) return { raw: null, missing: () => 'no renewal date' };
  const days = daysBetween(i.today, i.renewalDate);
  return { raw: days, detail: () => days >= 0 ? `renews in ${days} days (${i.renewalDate})` : `renewal date ${i.renewalDate} passed ${-days} days ago`, points: m.points };
}

/** Reads each component's raw value from the inputs. */
export function rawValues(model: HealthModel, inputs: HealthInputs): Record<HealthComponent, RawValue> {
  const c = model.components;
  return {
    usage: usage(c.usage, inputs),
    engagement: engagement(c.engagement, inputs),
    support: support(c.support, inputs),
    sentiment: sentiment(c.sentiment, inputs),
    relationship: relationship(c.relationship, inputs),
    renewal: renewal(c.renewal, inputs),
  };
}
