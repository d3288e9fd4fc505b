import { sql } from 'drizzle-orm';
import type { Logger } from 'pino';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/client.ts';
import type { Jobs } from '../../jobs/jobs.ts';
import { requestWebhooks } from '../plays/jobs.ts';
import { requestEvaluation } from './jobs.ts';
import { sweep } from './sweep.ts';

export interface EventWatcher {
  stop(): Promise<void>;
}

/**
 * Notices new events within half a second and evaluates their accounts' triggers, so an event
 * that fires a trigger reaches the worklist without waiting for the metrics rollup (whose
 * debounce slot can hold it for seconds). It follows the events' ids from the newest at start;
 * ids are not commit-ordered, so an event committed out of order may be missed here and is then
 * caught by the evaluation after the rollup or by the scheduled sweep.
 *
 * Embedded, the one process evaluates at once; with several workers on PostgreSQL each of them
 * sees the same new events, so they ask the queue instead and one of them evaluates.
 */
export function watchNewEvents(db: Db, jobs: Jobs, options: { inline: boolean; intervalMs?: number; logger?: Logger }): EventWatcher {
  let last: number | null = null;
  let running: Promise<void> | null = null;
  let stopped = false;

  const tick = async () => {
    const [{ newest }] = (await queryRows<{ newest: string }>(db, sql`select coalesce(max(id), 0)::text as newest from events`)) as [{ newest: string }];
    const upTo = Number(newest);
    if (last === null || upTo <= last) {
      last ??= upTo;
      return;
    }
    const rows = await queryRows<{ id: string }>(db, sql`select distinct account_id::text as id from events where id > ${last} and id <= ${upTo} and account_id is not null`);
    last = upTo;
    const accountIds = rows.map((r) => r.id);
    if (!accountIds.length) return;
    if (!options.inline) return requestEvaluation(jobs, accountIds);
    const result = await sweep(db, { accountIds, logger: options.logger });
    await requestWebhooks(jobs, result.webhookStepIds);
  };

  const timer = setInterval(() => {
    if (running || stopped) return;
    running = tick()
      .catch((err) => options.logger?.warn({ err: (err as Error).message }, 'watching for new events failed; the scheduled sweep catches up'))
      .finally(() => {
        running = null;
      });
  }, options.intervalMs ?? 500);
  timer.unref();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
