import type { Logger } from 'pino';
import type { Db } from '../../db/client.ts';
import type { JobDefinition, Jobs } from '../../jobs/jobs.ts';
import { requestHealthRecompute } from '../health/recompute-request.ts';
import { ROLLUP_JOB } from './dirty-days.ts';
import { rollUpDirtyDays } from './rollup.ts';

/**
 * Drains the dirty days whatever accounts the request named (the table is the work list), then
 * asks for the touched accounts' health. Stately: one run at a time and one waiting, so a burst of
 * ingest batches queues a single follow-up run.
 */
export function rollupJob(db: Db, jobs: Jobs, logger?: Logger): JobDefinition<{ accountIds?: string[] }> {
  return {
    name: ROLLUP_JOB,
    policy: 'stately',
    pollingIntervalSeconds: 1,
    handler: async () => {
      const result = await rollUpDirtyDays(db);
      if (result.tooOld) logger?.warn({ days: result.tooOld }, 'dirty days older than the backfill limit were not rolled up');
      await requestHealthRecompute(jobs, result.accountIds);
    },
  };
}
