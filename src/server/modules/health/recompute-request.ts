import { createHash } from 'node:crypto';
import type { Jobs } from '../../jobs/jobs.ts';

export const HEALTH_RECOMPUTE_JOB = 'health.recompute';
/** Requests within this many seconds of each other are served by one recompute. */
export const HEALTH_DEBOUNCE_SECONDS = 5;

export interface HealthRecomputeData {
  accountIds?: string[];
  all?: boolean;
}

/**
 * Asks for these accounts' health to be recomputed soon: call it after committing a change to
 * what health reads (events rolled up, tickets, survey answers, contacts, renewal dates), or
 * with 'all' after a change that touches every account. Repeats of the same request within the
 * debounce window collapse into one job, and the worker merges whatever requests are waiting
 * into one recompute, so calling it on every write is fine.
 */
export async function requestHealthRecompute(jobs: Jobs | null | undefined, accountIds: readonly string[] | 'all'): Promise<void> {
  if (!jobs || (accountIds !== 'all' && !accountIds.length)) return;
  const data: HealthRecomputeData = accountIds === 'all' ? { all: true } : { accountIds: [...new Set(accountIds)].sort() };
  const key = data.all ? 'all' : createHash('sha1').update(data.accountIds!.join(',')).digest('hex').slice(0, 20);
  await jobs.boss.sendDebounced(HEALTH_RECOMPUTE_JOB, data, null, HEALTH_DEBOUNCE_SECONDS, key);
}
