import type { Services } from '../../http/env.ts';
import { requestHealthRecompute } from '../health/recompute-request.ts';

/**
 * Tickets, survey answers, contacts and reported metrics feed health scores: ask for the
 * touched accounts to be rescored once the write has committed. The nightly recompute is the
 * backstop, so a failed request is logged, never an error for a write that is stored.
 */
export async function rescoreAfterCommit(services: Pick<Services, 'jobs' | 'logger'>, accountIds: Iterable<string>): Promise<void> {
  try {
    await requestHealthRecompute(services.jobs, [...new Set(accountIds)]);
  } catch (err) {
    services.logger.warn({ err: (err as Error).message }, 'could not request a health recompute after a signal write');
  }
}
