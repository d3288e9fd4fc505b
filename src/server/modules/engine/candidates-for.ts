import type { Db } from '../../db/client.ts';
import type { TriggerVersion } from './active-triggers.ts';
import type { Candidate, KindContext } from './candidate.ts';
import { dateCandidates } from './triggers/date.ts';
import { eventCandidates } from './triggers/event.ts';
import { inactivityCandidates } from './triggers/inactivity.ts';
import { keywordCandidates } from './triggers/keyword.ts';
import { signalCandidates } from './triggers/signal.ts';

/** One set-based query per trigger: the accounts (and occurrences) it fires on now. */
export function candidatesFor(db: Db, t: TriggerVersion, ctx: KindContext): Promise<Candidate[]> {
  const trigger = t.trigger;
  switch (trigger.kind) {
    case 'signal':
      return signalCandidates(db, { ...t, trigger }, ctx);
    case 'date':
      return dateCandidates(db, { ...t, trigger }, ctx);
    case 'event':
      return eventCandidates(db, { ...t, trigger }, ctx);
    case 'inactivity':
      return inactivityCandidates(db, { ...t, trigger }, ctx);
    case 'keyword':
      return keywordCandidates(db, { ...t, trigger }, ctx);
  }
}
