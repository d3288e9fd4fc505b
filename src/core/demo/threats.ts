import type { AccountProfile } from './account-profile.ts';
import { momentMs, workMinute } from './moments.ts';
import { addNote } from './notes.ts';
import type { GeneratedNotes } from './notes.ts';
import { Rng } from './random.ts';
import { addSurvey } from './surveys.ts';
import type { GeneratedSurveys } from './surveys.ts';
import { COMPETITORS, THREAT_CHURN, THREAT_COMPETITIVE, THREAT_TICKETS, fill } from './texts.ts';
import { openTicket } from './tickets.ts';
import type { GeneratedTickets } from './tickets.ts';
import type { DemoContact, UsagePattern } from './types.ts';

/** Chance an account gets a planted mention, per pattern: [churn words, competitor]. */
const THREAT_CHANCE: Record<UsagePattern, readonly [number, number]> = {
  healthy: [0.002, 0.008],
  seasonal: [0.002, 0.008],
  growing: [0, 0.005],
  declining: [0.06, 0.06],
  dropping: [0.05, 0.04],
  dormant: [0.06, 0.03],
  churned: [0.25, 0.2],
};

/**
 * Plants the phrases the churn-recovery and competitive-threat playbooks listen for, in a note,
 * an NPS comment or a ticket. Open accounts get them in the last month, so the keyword triggers
 * have fresh matches; churned accounts got theirs before they left.
 */
export function plantThreats(p: AccountProfile, contacts: DemoContact[], sinks: { notes: GeneratedNotes; surveys: GeneratedSurveys; tickets: GeneratedTickets }): void {
  const rng = new Rng(p.seed, 'account', p.account.index, 'threats');
  const [churnChance, competitiveChance] = THREAT_CHANCE[p.pattern];
  const kinds = [...(rng.chance(churnChance) ? (['churn'] as const) : []), ...(rng.chance(competitiveChance) ? (['competitive'] as const) : [])];
  const competitor = rng.pick(COMPETITORS);
  for (const kind of kinds) {
    const day = p.churnDay !== null ? p.churnDay - rng.int(10, 90) : p.ref - rng.int(0, 30);
    if (day < Math.max(p.firstDay, p.contractStartDay)) continue;
    const ms = momentMs(p, day, workMinute(rng, p));
    const speakers = contacts.filter((c) => Date.parse(c.createdAt) <= ms && (c.leftAt === null || Date.parse(c.leftAt) > ms));
    const speaker = speakers.length ? rng.pick(speakers) : null;
    const text = fill(rng.pick(kind === 'churn' ? THREAT_CHURN : THREAT_COMPETITIVE), { competitor });
    const where = speaker ? rng.weighted([['note', 5], ['survey', 3], ['ticket', 2]] as const) : 'note';
    if (where === 'survey' && speaker) addSurvey(p, rng, sinks.surveys, speaker, 'nps', rng.int(1, 5), text, ms);
    else if (where === 'ticket') openTicket(p, rng, sinks.tickets, contacts, day, 'normal', fill(rng.pick(THREAT_TICKETS[kind]), { competitor }));
    else addNote(p, rng, sinks.notes, day, `${speaker ? `${speaker.name.split(' ')[0]}: ` : ''}${text}`);
  }
}
