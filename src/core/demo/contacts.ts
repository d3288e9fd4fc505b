import type { ContactRole } from '../accounts/vocabulary.ts';
import type { AccountProfile } from './account-profile.ts';
import { moment, workMinute } from './moments.ts';
import { FIRST_NAMES, LAST_NAMES, TITLES } from './people-names.ts';
import { Rng } from './random.ts';
import { productUserId } from './records.ts';
import type { DemoContact, DemoTimelineEntry } from './types.ts';

const ROLE_LABELS: Record<ContactRole, string> = { champion: 'champion', executive_sponsor: 'executive sponsor', decision_maker: 'decision maker', user: 'user' };

const COUNT_BY_TIER = { smb: [3, 4], 'mid-market': [4, 6], enterprise: [5, 8] } as const;

export interface GeneratedContacts {
  contacts: DemoContact[];
  timeline: DemoTimelineEntry[];
  /** The champion who left, when one did (templates call them the former champion). */
  formerChampion: DemoContact | null;
}

function rolesFor(rng: Rng, p: AccountProfile, count: number): ContactRole[][] {
  const roles: ContactRole[][] = [['champion']];
  const sponsorDecides = count <= 3 || (p.account.tier === 'enterprise' && rng.chance(0.5));
  roles.push(sponsorDecides ? ['executive_sponsor', 'decision_maker'] : ['executive_sponsor']);
  const deciders = sponsorDecides ? 0 : p.account.tier === 'enterprise' ? rng.int(1, 2) : 1;
  for (let i = 0; i < deciders && roles.length < count; i++) roles.push(['decision_maker']);
  while (roles.length < count) roles.push(['user']);
  return roles;
}

export function generateContacts(p: AccountProfile): GeneratedContacts {
  const rng = new Rng(p.seed, 'account', p.account.index, 'contacts');
  const [min, max] = COUNT_BY_TIER[p.account.tier];
  const replaced = p.championLeftDay !== null && p.championReplaced;
  const count = rng.int(min, replaced ? max - 1 : max);
  const usedEmails = new Set<string>();
  const domain = p.account.domain;

  // Champions and users hold the first seats, the busiest ones; sponsors and decision makers
  // the last, rarely used; contacts beyond the seat count never use the product.
  let nextLow = 1;
  let nextHigh = p.seats;
  let beyond = p.seats;
  const seatFor = (roles: ContactRole[]) => {
    if (roles[0] === 'champion' || roles[0] === 'user') return nextLow <= nextHigh ? nextLow++ : ++beyond;
    return nextHigh >= nextLow ? nextHigh-- : ++beyond;
  };

  const person = (roles: ContactRole[], createdDay: number): DemoContact => {
    let first = rng.pick(FIRST_NAMES);
    let last = rng.pick(LAST_NAMES);
    while (usedEmails.has(`${first}.${last}`.toLowerCase())) {
      first = rng.pick(FIRST_NAMES);
      last = rng.pick(LAST_NAMES);
    }
    usedEmails.add(`${first}.${last}`.toLowerCase());
    const seat = seatFor(roles);
    return {
      id: rng.uuid(),
      accountId: p.account.id,
      externalId: productUserId(p, seat),
      name: `${first} ${last}`,
      email: `${first}.${last}@${domain}`.toLowerCase(),
      title: rng.pick(TITLES[roles[0]!]),
      roles,
      status: 'active',
      leftAt: null,
      createdAt: moment(p, createdDay, workMinute(rng, p)),
      seat,
    };
  };

  const contacts = rolesFor(rng, p, count).map((roles) => person(roles, p.contractStartDay + rng.int(0, 20)));
  const timeline: DemoTimelineEntry[] = [];
  let formerChampion: DemoContact | null = null;

  if (p.championLeftDay !== null) {
    const champion = contacts[0]!;
    champion.status = 'left';
    champion.leftAt = moment(p, p.championLeftDay, workMinute(rng, p));
    formerChampion = champion;
    timeline.push({
      accountId: p.account.id,
      type: 'contact.left',
      occurredAt: champion.leftAt,
      actorEmail: null,
      summary: `${champion.name} (${ROLE_LABELS.champion}) left the company`,
      data: { contactId: champion.id, name: champion.name, roles: champion.roles },
    });
    if (replaced) {
      const joinedDay = Math.min(p.ref, p.championLeftDay + rng.int(3, 20));
      const successor = person(['champion'], joinedDay);
      contacts.push(successor);
      const base = { accountId: p.account.id, occurredAt: successor.createdAt, actorEmail: p.account.ownerEmail, data: { contactId: successor.id, name: successor.name, roles: successor.roles } };
      timeline.push({ ...base, type: 'contact.added', summary: `${successor.name} added as a contact` });
      timeline.push({ ...base, type: 'contact.role_added', summary: `${successor.name} is now ${ROLE_LABELS.champion}`, data: { ...base.data, role: 'champion' } });
    }
  }
  return { contacts, timeline, formerChampion };
}
