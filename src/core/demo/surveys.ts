import type { AccountProfile } from './account-profile.ts';
import { momentMs, workMinute } from './moments.ts';
import { Rng } from './random.ts';
import { quote, timelineEntry } from './records.ts';
import { CSAT_COMMENTS, NPS_COMMENTS } from './texts.ts';
import type { DemoContact, DemoSurvey, DemoTimelineEntry } from './types.ts';
import type { Usage } from './usage.ts';

export interface GeneratedSurveys {
  surveys: DemoSurvey[];
  timeline: DemoTimelineEntry[];
}

type Mood = 'promoter' | 'passive' | 'detractor';

const WAVE_DAYS = 182;

/** How the account feels on a day: its monthly users against where they stood early on. */
function moodWeights(usage: Usage, day: number): readonly (readonly [Mood, number])[] {
  const i = day - usage.startDay;
  const early = Math.max(...usage.mau.slice(0, Math.min(usage.mau.length, 90)), 1);
  const relative = (usage.mau[Math.max(0, Math.min(i, usage.mau.length - 1))] ?? 0) / early;
  if (relative < 0.75) return [['promoter', 8], ['passive', 30], ['detractor', 62]];
  if (relative < 0.9) return [['promoter', 25], ['passive', 40], ['detractor', 35]];
  return [['promoter', 55], ['passive', 32], ['detractor', 13]];
}

function npsScore(rng: Rng, mood: Mood): number {
  if (mood === 'promoter') return rng.int(9, 10);
  if (mood === 'passive') return rng.int(7, 8);
  return rng.weighted([[0, 3], [1, 3], [2, 5], [3, 8], [4, 12], [5, 16], [6, 18]]);
}

export function addSurvey(p: AccountProfile, rng: Rng, out: GeneratedSurveys, contact: DemoContact, kind: 'nps' | 'csat', score: number, comment: string | null, ms: number): void {
  const survey: DemoSurvey = {
    id: rng.uuid(),
    accountId: p.account.id,
    contactId: contact.id,
    externalId: `${kind}_${rng.base62(16)}`,
    kind,
    score,
    comment,
    respondedAt: new Date(ms).toISOString(),
  };
  out.surveys.push(survey);
  const label = kind === 'nps' ? `NPS ${score}` : `CSAT ${score}/5`;
  out.timeline.push(timelineEntry(p, 'survey.response', survey.respondedAt, `${label} from ${contact.name}${comment ? `: ${quote(comment)}` : ''}`, { surveyId: survey.id, kind, score, comment, contactId: contact.id }));
}

export function generateSurveys(p: AccountProfile, usage: Usage, contacts: DemoContact[]): GeneratedSurveys {
  const rng = new Rng(p.seed, 'account', p.account.index, 'surveys');
  const out: GeneratedSurveys = { surveys: [], timeline: [] };
  const earliest = Math.max(p.firstDay, p.contractStartDay + 60);
  const latest = Math.min(p.ref, p.churnDay ?? p.ref);
  const responseRate = p.account.touchModel === 'tech' ? 0.2 : 0.3;

  // NPS goes out twice a year to every contact; each account has its own survey calendar.
  for (let wave = p.ref - rng.int(0, WAVE_DAYS - 1); wave >= earliest; wave -= WAVE_DAYS) {
    if (wave > latest) continue;
    for (const contact of contacts) {
      const day = Math.min(latest, wave + rng.int(0, 10));
      const ms = momentMs(p, day, workMinute(rng, p));
      const here = Date.parse(contact.createdAt) <= ms && (contact.leftAt === null || Date.parse(contact.leftAt) > ms);
      if (!here || !rng.chance(responseRate)) continue;
      const mood = rng.weighted(moodWeights(usage, day));
      const comment = rng.chance(0.6) ? rng.pick(NPS_COMMENTS[mood]) : null;
      addSurvey(p, rng, out, contact, 'nps', npsScore(rng, mood), comment, ms);
    }
  }

  // Onboarding CSAT from the champion, 45 days in, for the accounts someone onboarded.
  const csatDay = p.contractStartDay + 45;
  const champion = contacts.find((c) => c.roles.includes('champion'));
  if (p.account.touchModel !== 'tech' && champion && csatDay >= p.firstDay && csatDay <= latest && rng.chance(0.6)) {
    const good = rng.chance(0.8);
    const score = good ? rng.int(4, 5) : rng.int(1, 3);
    addSurvey(p, rng, out, champion, 'csat', score, rng.chance(0.5) ? rng.pick(CSAT_COMMENTS[good ? 'good' : 'bad']) : null, momentMs(p, csatDay, workMinute(rng, p)));
  }
  return out;
}
