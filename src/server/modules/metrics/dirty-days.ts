import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Jobs } from '../../jobs/jobs.ts';
import { dateArray, uuidArray } from './sql-arrays.ts';

export const ROLLUP_JOB = 'metrics.rollup';
/** A burst of ingest batches within this many seconds becomes one rollup run. */
export const ROLLUP_DEBOUNCE_SECONDS = 2;

/**
 * Records that events arrived for these account-days, in the caller's transaction, so the
 * rollup job recomputes exactly those days (incremental rollups).
 *
 * An existing row is updated rather than skipped: the update locks it until the caller commits,
 * so a rollup that is draining the table cannot consume the row while this transaction's events
 * are still invisible to it (it skips locked rows and takes them on its next run). Rows are
 * written in key order so two ingest transactions never lock them in opposite orders. Make it the
 * last statement before commit: a concurrent ingest for the same account-day waits on the lock.
 */
export async function markDirtyDays(db: Db, rows: { accountId: string; day: string }[]): Promise<void> {
  if (!rows.length) return;
  const unique = [...new Map(rows.map((r) => [`${r.accountId}|${r.day}`, r])).values()].sort((a, b) =>
    a.accountId < b.accountId ? -1 : a.accountId > b.accountId ? 1 : a.day < b.day ? -1 : a.day > b.day ? 1 : 0,
  );
  await db.execute(sql`
    insert into metric_dirty_days (account_id, day)
    select * from unnest(${uuidArray(unique.map((r) => r.accountId))}, ${dateArray(unique.map((r) => r.day))})
    on conflict (account_id, day) do update set day = excluded.day`);
}

/**
 * Wakes the rollup after a commit that marked dirty days. The dirty days themselves are the
 * work list, so a send that the debounce swallows loses nothing.
 */
export async function requestRollup(jobs: Jobs | null | undefined, accountIds: readonly string[]): Promise<void> {
  if (!jobs || !accountIds.length) return;
  await jobs.boss.sendDebounced(ROLLUP_JOB, { accountIds: [...new Set(accountIds)].sort() }, null, ROLLUP_DEBOUNCE_SECONDS);
}
