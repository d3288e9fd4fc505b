import type { Logger } from 'pino';
import type { Db } from '../../db/client.ts';
import type { JobDefinition, Jobs } from '../../jobs/jobs.ts';
import { notifyOverdueSteps } from './overdue.ts';
import { evaluateSuccess } from './success.ts';
import { finishWaits, wakeSnoozedSteps } from './waits.ts';
import { runWebhookSteps } from './webhooks.ts';

/** Wakes snoozed steps, ends waits, calls queued webhooks and decides outcomes. */
export const PLAYS_SWEEP_JOB = 'plays.sweep';
/** Tells managers about steps overdue by N days, once a day. */
export const PLAYS_OVERDUE_JOB = 'plays.overdue';
/** Calls the webhooks of action steps a transition just opened. */
export const PLAYS_WEBHOOKS_JOB = 'plays.webhooks';

/** One sweep: what time and data changes decide, in the order that lets one feed the next. */
export async function sweepPlays(db: Db, options: { today?: string } = {}) {
  const woken = await wakeSnoozedSteps(db, options);
  const waits = await finishWaits(db, options);
  const webhooks = await runWebhookSteps(db, options);
  const success = await evaluateSuccess(db, options);
  return { woken, waits, webhooks, success };
}

/**
 * Asks for a sweep soon, e.g. after an account's data changed (a success condition or an
 * `until` wait may hold now). The stately queue keeps at most one waiting, so a burst of
 * requests costs one sweep.
 */
export async function requestPlaysSweep(jobs: Jobs | null): Promise<void> {
  await jobs?.send(PLAYS_SWEEP_JOB, {});
}

/** Calls the webhooks that a start or a transition queued, outside the request. */
export async function requestWebhooks(jobs: Jobs | null, stepIds: string[]): Promise<void> {
  if (stepIds.length) await jobs?.send(PLAYS_WEBHOOKS_JOB, { stepIds });
}

export function playJobs(db: Db, logger?: Logger): JobDefinition<never>[] {
  const sweep: JobDefinition = {
    name: PLAYS_SWEEP_JOB,
    policy: 'stately',
    cron: '*/15 * * * *',
    pollingIntervalSeconds: 2,
    handler: async () => {
      const run = await sweepPlays(db);
      const errors = [...run.waits.errors, ...run.success.errors];
      if (errors.length) logger?.warn({ errors }, 'plays sweep: conditions that could not be evaluated');
      logger?.info({ woken: run.woken, waits: { ...run.waits, errors: undefined, webhookStepIds: undefined }, webhooks: run.webhooks, success: { ...run.success, errors: undefined } }, 'plays sweep');
    },
  };
  const overdue: JobDefinition = {
    name: PLAYS_OVERDUE_JOB,
    policy: 'stately',
    cron: '0 7 * * *',
    handler: async () => {
      const notified = await notifyOverdueSteps(db);
      logger?.info({ notified }, 'overdue steps notified');
    },
  };
  const webhooks: JobDefinition<{ stepIds?: string[] }> = {
    name: PLAYS_WEBHOOKS_JOB,
    policy: 'standard',
    pollingIntervalSeconds: 1,
    handler: async (data) => {
      const run = await runWebhookSteps(db, { stepIds: data.stepIds });
      logger?.info(run, 'webhook actions called');
    },
  };
  return [sweep, overdue, webhooks] as unknown as JobDefinition<never>[];
}
