import type { Services } from '../../http/env.ts';
import { ROLLUP_JOB, requestRollup as wakeRollup } from '../metrics/dirty-days.ts';

/** Wake-ups within this window are sent as one: a busy stream commits several batches a second. */
export const ROLLUP_WAKE_WINDOW_MS = 250;

interface Pending {
  accountIds: Set<string>;
  timer: NodeJS.Timeout;
}

const pending = new WeakMap<object, Pending>();
let warned = false;

async function flush(services: Pick<Services, 'jobs' | 'logger'>, accountIds: string[]): Promise<void> {
  try {
    await wakeRollup(services.jobs, accountIds);
  } catch (err) {
    if (!warned) services.logger.warn({ err: (err as Error).message, job: ROLLUP_JOB }, 'could not request a metrics rollup after ingest; the dirty days stay recorded');
    warned = true;
  }
}

/**
 * Asks the metrics rollup to run for these accounts, once the events are committed. The dirty
 * days were recorded in the same transaction and are the rollup's work list, so a wake-up that
 * is coalesced with others, or lost, only delays the rollup: it never fails an ingest that has
 * been stored, and it does not hold the response.
 */
export function requestRollup(services: Pick<Services, 'jobs' | 'logger'>, accountIds: string[]): void {
  const jobs = services.jobs;
  if (!jobs || !accountIds.length) return;
  const waiting = pending.get(jobs);
  if (waiting) {
    for (const id of accountIds) waiting.accountIds.add(id);
    return;
  }
  const timer = setTimeout(() => {
    const batch = pending.get(jobs)!;
    pending.delete(jobs);
    void flush(services, [...batch.accountIds]);
  }, ROLLUP_WAKE_WINDOW_MS);
  timer.unref();
  pending.set(jobs, { accountIds: new Set(accountIds), timer });
}
