import type { Logger } from 'pino';
import type { Db } from '../../db/client.ts';
import type { JobDefinition, Jobs } from '../../jobs/jobs.ts';
import { addDays, utcToday } from '../../../core/metrics/days.ts';
import { rollupJob } from '../metrics/rollup-job.ts';
import { rollUpDirtyDays } from '../metrics/rollup.ts';
import { extendRollupSeries } from '../metrics/series.ts';
import { recomputeHealth } from './recompute.ts';
import { HEALTH_RECOMPUTE_JOB } from './recompute-request.ts';
import type { HealthRecomputeData } from './recompute-request.ts';

export const HEALTH_NIGHTLY_JOB = 'health.nightly';
/** How many waiting requests one recompute run absorbs. */
const MERGE_LIMIT = 500;

/**
 * Recomputes the requested accounts. Before starting, it takes every other request that is due
 * and serves them in the same run: a burst of requests costs one recompute, and none is lost if
 * the run fails (they fail and retry with it). Deferred requests are left alone: the debounce
 * drops a repeat only while a deferred copy is still waiting to run, so running that copy early
 * would lose the repeat.
 */
function healthRecomputeJob(db: Db, jobs: Jobs): JobDefinition<HealthRecomputeData> {
  return {
    name: HEALTH_RECOMPUTE_JOB,
    policy: 'standard',
    pollingIntervalSeconds: 1,
    handler: async (data) => {
      const waiting = await jobs.boss.fetch<HealthRecomputeData>(HEALTH_RECOMPUTE_JOB, { batchSize: MERGE_LIMIT });
      const requests = [data, ...waiting.map((j) => j.data)];
      const ids = waiting.map((j) => j.id);
      try {
        if (requests.some((r) => r.all)) await recomputeHealth(db);
        else await recomputeHealth(db, { accountIds: [...new Set(requests.flatMap((r) => r.accountIds ?? []))] });
      } catch (err) {
        if (ids.length) await jobs.boss.fail(HEALTH_RECOMPUTE_JOB, ids, { message: (err as Error).message });
        throw err;
      }
      if (ids.length) await jobs.boss.complete(HEALTH_RECOMPUTE_JOB, ids);
    },
  };
}

/**
 * The day's close: roll up what is pending, carry quiet series through tomorrow (so a sweep just
 * after midnight still reads a value for its day), and score every account.
 */
export async function runNightly(db: Db, today: string = utcToday()) {
  const rollup = await rollUpDirtyDays(db, { today });
  const extended = await extendRollupSeries(db, addDays(today, 1));
  const health = await recomputeHealth(db, { day: today });
  return { rollup, extended, health };
}

function healthNightlyJob(db: Db, logger?: Logger): JobDefinition {
  return {
    name: HEALTH_NIGHTLY_JOB,
    policy: 'stately',
    cron: '15 2 * * *',
    handler: async () => {
      const r = await runNightly(db);
      logger?.info({ rolledUpDays: r.rollup.days, extendedSeries: r.extended, accounts: r.health.accounts, ms: r.health.ms }, 'nightly health recompute');
    },
  };
}

/** Every job of the metrics and health modules, for the runtime to define. */
export function metricsAndHealthJobs(db: Db, jobs: Jobs, logger?: Logger): JobDefinition<never>[] {
  return [rollupJob(db, jobs, logger), healthRecomputeJob(db, jobs), healthNightlyJob(db, logger)] as unknown as JobDefinition<never>[];
}
