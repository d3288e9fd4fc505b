import type { AccountProfile } from './account-profile.ts';
import { momentMs, workMinute } from './moments.ts';
import { Rng } from './random.ts';
import { quote, timelineEntry } from './records.ts';
import { NOTE_TEMPLATES, TEAMS, fill } from './texts.ts';
import type { DemoContact, DemoNote, DemoTimelineEntry } from './types.ts';
import type { Usage } from './usage.ts';

export interface GeneratedNotes {
  notes: DemoNote[];
  timeline: DemoTimelineEntry[];
}

/** Routine check-ins a CSM writes up per year, by touch model; tech-touch accounts get notes only when something happens. */
const CHECK_INS_PER_YEAR = { high: 10, low: 3, tech: 0 } as const;

export function addNote(p: AccountProfile, rng: Rng, out: GeneratedNotes, day: number, body: string, authorEmail = p.account.ownerEmail): void {
  const note: DemoNote = { id: rng.uuid(), accountId: p.account.id, authorEmail, body, createdAt: new Date(momentMs(p, day, workMinute(rng, p, 9, 19))).toISOString() };
  out.notes.push(note);
  out.timeline.push(timelineEntry(p, 'note.added', note.createdAt, `Note: ${quote(body, 120)}`, { noteId: note.id }, authorEmail));
}

export function generateNotes(p: AccountProfile, usage: Usage, contacts: DemoContact[], qbrDays: number[]): GeneratedNotes {
  const rng = new Rng(p.seed, 'account', p.account.index, 'notes');
  const out: GeneratedNotes = { notes: [], timeline: [] };
  const from = Math.max(p.firstDay, p.contractStartDay);
  const to = Math.min(p.ref, p.churnDay ?? p.ref);
  if (to < from) return out;
  const champion = contacts.find((c) => c.roles.includes('champion') && c.status === 'active') ?? contacts[0]!;
  const sponsor = contacts.find((c) => c.roles.includes('executive_sponsor')) ?? champion;
  const values = {
    champion: champion.name.split(' ')[0]!,
    sponsor: sponsor.name.split(' ')[0]!,
    feature: String(p.account.traits.focus_feature),
    goal: String(p.account.traits.primary_goal),
    company: p.account.name,
    plan: p.account.plan === 'Enterprise' ? 'Enterprise' : 'next',
    team: rng.pick(TEAMS),
  };
  const write = (day: number, templates: readonly string[], extra: Record<string, string | number> = {}) =>
    addNote(p, rng, out, day, fill(rng.pick(templates), { ...values, renewalDays: p.renewalDay - day, ...extra }));

  const checkIns = Math.round((CHECK_INS_PER_YEAR[p.account.touchModel] * (to - from + 1)) / 365);
  for (let i = 0; i < checkIns; i++) write(rng.int(from, to), NOTE_TEMPLATES.checkIn);
  for (const day of qbrDays) write(Math.min(to, day + rng.int(0, 2)), NOTE_TEMPLATES.qbr);

  const troubled = p.pattern === 'declining' || p.pattern === 'dormant' || p.pattern === 'churned';
  if (troubled && p.account.touchModel !== 'tech') for (let i = rng.int(1, 2); i > 0; i--) write(Math.max(from, to - rng.int(5, 90)), NOTE_TEMPLATES.risk);
  if (usage.dropDay !== null && rng.chance(0.3)) write(Math.min(p.ref, usage.dropDay + rng.int(2, 6)), NOTE_TEMPLATES.risk);
  if (p.pattern === 'growing' && rng.chance(0.6)) write(p.ref - rng.int(3, 90), NOTE_TEMPLATES.expansion);

  const daysToRenewal = p.renewalDay - p.ref;
  if (p.churnDay === null && daysToRenewal <= 120 && (troubled || p.pattern === 'dropping' || rng.chance(0.2))) {
    write(p.ref - rng.int(0, 25), NOTE_TEMPLATES.renewalConcern);
  }
  if (p.championLeftDay !== null && p.championLeftDay + 1 <= to && p.championLeftDay >= from) {
    const former = contacts.find((c) => c.status === 'left');
    if (former) write(Math.min(to, p.championLeftDay + rng.int(1, 10)), NOTE_TEMPLATES.championLeft, { former: former.name });
  }
  return out;
}
