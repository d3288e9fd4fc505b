import type { ContactRole } from '../accounts/vocabulary.ts';
import type { AccountProfile } from './account-profile.ts';
import { epochMs, isoDay } from './days.ts';
import { workMinute } from './moments.ts';
import { Rng } from './random.ts';
import { productUserId, trackEvent } from './records.ts';
import type { DemoContact, DemoEvent, DemoUserDay } from './types.ts';
import type { Usage } from './usage.ts';

export interface GeneratedProductEvents {
  events: DemoEvent[];
  userDays: DemoUserDay[];
}

/** How much more often than an average seat a contact in this role logs in. */
const LOGIN_AFFINITY: Record<ContactRole, number> = { champion: 2, user: 1.2, executive_sponsor: 0.3, decision_maker: 0.3 };
/** How far back the latest login of a contact is looked for, in days. */
const LOOKBACK_DAYS = 120;

/** `count` distinct seat numbers, skewed so the same core users show up day after day. */
function activeSeats(rng: Rng, seats: number, count: number, excluded: Set<number>): number[] {
  let pool = seats;
  for (const seat of excluded) if (seat <= seats) pool--;
  const k = Math.min(count, pool);
  if (k > pool / 2) return rng.shuffle(Array.from({ length: seats }, (_, i) => i + 1).filter((s) => !excluded.has(s))).slice(0, k);
  const chosen = new Set<number>();
  while (chosen.size < k) {
    const seat = 1 + Math.floor(seats * Math.pow(rng.next(), 1.6));
    if (!excluded.has(seat)) chosen.add(seat);
  }
  return [...chosen];
}

/**
 * Raw product events. Instrumented accounts get every login and feature use of the last days,
 * matching their metric series (and the active-user days the rollups read), so the timeline
 * and a rollup rerun agree with the series. The other accounts get the latest login of the
 * account and of each contact who uses the product: what "days since last login" and
 * "sponsor active" need, at a fraction of the volume.
 */
export function generateProductEvents(p: AccountProfile, usage: Usage, contacts: DemoContact[], rawEventDays: number): GeneratedProductEvents {
  const rng = new Rng(p.seed, 'account', p.account.index, 'product-events');
  const out: GeneratedProductEvents = { events: [], userDays: [] };
  const lastIndex = usage.dau.length - 1;
  // Within the UTC day, never after "now": rollups count a login on the UTC day it happened.
  const at = (day: number) => Math.max(epochMs(day), Math.min(p.asOfMs - 1_000, epochMs(day, Math.min(1_435, Math.max(5, workMinute(rng, p, 7, 20))))));
  const departedBy = (day: number) => new Set(contacts.filter((c) => c.leftAt !== null && Date.parse(c.leftAt) < epochMs(day + 1)).map((c) => c.seat));

  if (p.instrumented) {
    const features = p.plan.keyFeatures;
    for (let i = Math.max(0, lastIndex - rawEventDays + 1); i <= lastIndex; i++) {
      const day = usage.startDay + i;
      if (epochMs(day) >= p.asOfMs - 1_000) break;
      const seats = activeSeats(rng, p.seats, usage.dau[i]!, departedBy(day));
      let logins = Math.max(usage.logins[i]!, seats.length);
      for (const [j, seat] of seats.entries()) {
        const user = productUserId(p, seat);
        out.userDays.push({ accountId: p.account.id, day: isoDay(day), userId: user });
        // Everyone active logs in at least once; the last user takes what is left of the day's count.
        const mine = j === seats.length - 1 ? logins : Math.max(1, Math.min(logins - (seats.length - 1 - j), rng.int(1, 3)));
        logins -= mine;
        for (let k = 0; k < mine; k++) out.events.push(trackEvent(p, `login-${day}-${seat}-${k}`, 'login', user, at(day)));
        if (rng.chance(0.5)) for (let k = rng.int(1, 2); k > 0; k--) out.events.push(trackEvent(p, `feature-${day}-${seat}-${k}`, 'feature_used', user, at(day), { feature: rng.pick(features) }));
      }
    }
    return out;
  }

  let last = lastIndex;
  while (last >= 0 && usage.dau[last] === 0) last--;
  if (last < 0) return out;
  const lastDay = usage.startDay + last;
  const departed = departedBy(lastDay);
  const busiest = [1, 2, 3, 4, 5].filter((s) => s <= p.seats && !departed.has(s));
  const seen = new Set<number>();
  if (busiest.length) {
    const seat = rng.pick(busiest);
    seen.add(seat);
    out.events.push(trackEvent(p, `login-${lastDay}-${seat}`, 'login', productUserId(p, seat), at(lastDay)));
  }
  for (const contact of contacts) {
    if (contact.seat > p.seats || seen.has(contact.seat)) continue;
    const leftMs = contact.leftAt === null ? Infinity : Date.parse(contact.leftAt);
    const affinity = LOGIN_AFFINITY[contact.roles[0]!];
    for (let i = last; i >= Math.max(0, last - LOOKBACK_DAYS); i--) {
      const day = usage.startDay + i;
      if (epochMs(day) > leftMs || epochMs(day + 1) <= Date.parse(contact.createdAt)) continue;
      if (!rng.chance(Math.min(1, (usage.dau[i]! / p.seats) * affinity))) continue;
      out.events.push(trackEvent(p, `login-${day}-${contact.seat}`, 'login', contact.externalId, at(day)));
      break;
    }
  }
  return out;
}
