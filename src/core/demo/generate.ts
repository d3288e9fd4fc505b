import { accountProfile } from './account-profile.ts';
import { generateContacts } from './contacts.ts';
import { generateLifecycle } from './lifecycle-events.ts';
import { generateNotes } from './notes.ts';
import { demoOptions } from './options.ts';
import { generateProductEvents } from './product-events.ts';
import { generateSurveys } from './surveys.ts';
import { demoTeam } from './team.ts';
import { plantThreats } from './threats.ts';
import { generateTickets } from './tickets.ts';
import type { DemoAccountBundle, DemoOptions, DemoTeamMember } from './types.ts';
import { generateUsage, usageSeries } from './usage.ts';

const byTime = <T>(key: (x: T) => string) => (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);

/** Everything about account `index`. It depends only on the options and the index. */
export function generateAccount(options: DemoOptions, team: DemoTeamMember[], index: number): DemoAccountBundle {
  const profile = accountProfile(options, team, index);
  const usage = generateUsage(profile);
  const { contacts, timeline: contactTimeline, formerChampion } = generateContacts(profile);
  if (formerChampion) profile.account.traits.former_champion = formerChampion.name;
  const lifecycle = generateLifecycle(profile, contacts);
  const tickets = generateTickets(profile, usage, contacts);
  const surveys = generateSurveys(profile, usage, contacts);
  const notes = generateNotes(profile, usage, contacts, lifecycle.qbrDays);
  plantThreats(profile, contacts, { notes, surveys, tickets });
  const product = generateProductEvents(profile, usage, contacts, options.rawEventDays);

  return {
    account: profile.account,
    contacts,
    tickets: tickets.tickets,
    surveys: surveys.surveys,
    notes: notes.notes,
    events: [...lifecycle.events, ...tickets.events, ...product.events].sort(byTime((e) => e.occurredAt)),
    timeline: [...lifecycle.timeline, ...contactTimeline, ...tickets.timeline, ...surveys.timeline, ...notes.timeline].sort(byTime((e) => e.occurredAt)),
    series: usageSeries(profile, usage, options.metrics),
    userDays: product.userDays,
  };
}

export interface DemoCompany {
  options: DemoOptions;
  team: DemoTeamMember[];
  /** Accounts [from, to), one at a time, so a loader can stream any number of them in chunks. */
  accounts(from?: number, to?: number): Generator<DemoAccountBundle>;
}

/** The demo company for these options: a team and a lazily generated customer base. */
export function demoCompany(overrides: Partial<DemoOptions> & { referenceDay: string }): DemoCompany {
  const options = demoOptions(overrides);
  const team = demoTeam(options.referenceDay);
  return {
    options,
    team,
    *accounts(from = 0, to = options.accounts) {
      for (let i = Math.max(0, from); i < Math.min(to, options.accounts); i++) yield generateAccount(options, team, i);
    },
  };
}
