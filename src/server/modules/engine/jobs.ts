import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Logger } from 'pino';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/client.ts';
import type { JobDefinition, Jobs } from '../../jobs/jobs.ts';
import { HEALTH_NIGHTLY_JOB } from '../health/jobs.ts';
import { HEALTH_RECOMPUTE_JOB } from '../health/recompute-request.ts';
import { ROLLUP_JOB } from '../metrics/dirty-days.ts';
import { requestWebhooks } from '../plays/jobs.ts';
import { sweep } from './sweep.ts';

export const ENGINE_SWEEP_JOB = 'engine.sweep';
export const ENGINE_EVALUATE_JOB = 'engine.evaluate';
/** Requests for the same accounts within this many seconds are served by one evaluation. */
export const EVALUATE_DEBOUNCE_SECONDS = 1;
/** Past this many changed accounts a full sweep is cheaper than a long id list. */
const FULL_SWEEP_ABOVE = 5_000;
const MERGE_LIMIT = 500;

export interface EvaluateData {
  accountIds?: string[];
  all?: boolean;
}

/**
 * Asks for these accounts' triggers to be evaluated soon, after a committed change to what
 * triggers read (events rolled up, health recomputed, tickets, notes, survey answers, account
 * fields). Cheap to call on every write: repeats collapse, and the worker merges waiting requests.
 */
export async function requestEvaluation(jobs: Jobs | null | undefined, accountIds: readonly string[] | 'all'): Promise<void> {
  if (!jobs || (accountIds !== 'all' && !accountIds.length)) return;
  const data: EvaluateData = accountIds === 'all' || accountIds.length > FULL_SWEEP_ABOVE ? { all: true } : { accountIds: [...new Set(accountIds)].sort() };
  const key = data.all ? 'all' : createHash('sha1').update(data.accountIds!.join(',')).digest('hex').slice(0, 20);
  await jobs.boss.sendDebounced(ENGINE_EVALUATE_JOB, data, null, EVALUATE_DEBOUNCE_SECONDS, key);
}

/** The schedule: every 15 minutes a full sweep (stately: never two at once, at most one waiting). */
function sweepJob(db: Db, jobs: Jobs, logger?: Logger): JobDefinition {
  return {
    name: ENGINE_SWEEP_JOB,
    policy: 'stately',
    cron: '*/15 * * * *',
    handler: async () => {
      const result = await sweep(db, { logger });
      await requestWebhooks(jobs, result.webhookStepIds);
    },
  };
}

/**
 * Evaluates the accounts whose data changed. Like the health recompute, it first takes every
 * other waiting request and serves them in the same run, so a burst of changes costs one sweep.
 */
function evaluateJob(db: Db, jobs: Jobs, logger?: Logger): JobDefinition<EvaluateData> {
  return {
    name: ENGINE_EVALUATE_JOB,
    policy: 'standard',
    pollingIntervalSeconds: 0.5,
    handler: async (data) => {
      const waiting = await jobs.boss.fetch<EvaluateData>(ENGINE_EVALUATE_JOB, { batchSize: MERGE_LIMIT, ignoreStartAfter: true });
      const requests = [data, ...waiting.map((j) => j.data)];
      const ids = waiting.map((j) => j.id);
      try {
        const accountIds = [...new Set(requests.flatMap((r) => r.accountIds ?? []))];
        const all = requests.some((r) => r.all) || accountIds.length > FULL_SWEEP_ABOVE;
        const result = await sweep(db, { logger, ...(all ? {} : { accountIds }) });
        await requestWebhooks(jobs, result.webhookStepIds);
      } catch (err) {
        if (ids.length) await jobs.boss.fail(ENGINE_EVALUATE_JOB, ids, { message: (err as Error).message });
        throw err;
      }
      if (ids.length) await jobs.boss.complete(ENGINE_EVALUATE_JOB, ids);
    },
  };
}

export function engineJobs(db: Db, jobs: Jobs, logger?: Logger): JobDefinition<never>[] {
  return [sweepJob(db, jobs, logger), evaluateJob(db, jobs, logger)] as unknown as JobDefinition<never>[];
}

/**
 * Evaluation follows the data: after a rollup (new events) for the accounts it was woken for,
 * after a health recompute for the accounts it scored, after the nightly close for everyone.
 * Wraps those jobs' handlers so their modules need not know about the engine.
 *
 * After a rollup the evaluation runs inline rather than as another job: an event that fires a
 * trigger then waits for one queue poll instead of two, and the rollup is stately, so bursts of
 * ingest are already merged into one run. Its queue is polled every half second for the same reason.
 */
export function withEvaluationAfter(db: Db, jobs: Jobs, definitions: JobDefinition<never>[], logger?: Logger): JobDefinition<never>[] {
  return definitions.map((definition) => {
    const def = definition as unknown as JobDefinition<EvaluateData>;
    const original = def.handler;
    if (def.name === ROLLUP_JOB) {
      const handler: typeof original = async (data, job) => {
        await original(data, job);
        if (!data.accountIds?.length) return;
        try {
          const result = await sweep(db, { accountIds: data.accountIds, logger });
          await requestWebhooks(jobs, result.webhookStepIds);
        } catch (err) {
          // The rollup is done and must not be retried for this: hand the evaluation to its own job.
          logger?.warn({ err: (err as Error).message }, 'evaluation after the rollup failed; queued instead');
          await requestEvaluation(jobs, data.accountIds);
        }
      };
      return { ...def, pollingIntervalSeconds: Math.min(def.pollingIntervalSeconds ?? 2, 0.5), handler } as unknown as JobDefinition<never>;
    }
    if (def.name === HEALTH_RECOMPUTE_JOB) {
      const handler: typeof original = async (data, job) => {
        const [{ since }] = (await queryRows<{ since: string }>(db, sql`select clock_timestamp()::text as since`)) as [{ since: string }];
        await original(data, job);
        // The recompute merged whatever requests were waiting: the scores it wrote say which accounts it served.
        const scored = await queryRows<{ id: string }>(db, sql`select account_id::text as id from health_scores where computed_at >= ${since}::timestamptz`);
        await requestEvaluation(jobs, data.all ? 'all' : scored.map((r) => r.id));
      };
      return { ...def, handler } as unknown as JobDefinition<never>;
    }
    if (def.name === HEALTH_NIGHTLY_JOB) {
      const handler: typeof original = async (data, job) => {
        await original(data, job);
        await requestEvaluation(jobs, 'all');
      };
      return { ...def, handler } as unknown as JobDefinition<never>;
    }
    return definition;
  });
}
