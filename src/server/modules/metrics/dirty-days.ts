import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';

export const ROLLUP_JOB = 'metrics.rollup';

/**
 * Records that events arrived for these account-days, in the caller's transaction, so the
 * rollup job recomputes exactly those days (incremental rollups).
 */
export async function markDirtyDays(db: Db, rows: { accountId: string; day: string }[]): Promise<void> {
  if (!rows.length) return;
  const unique = [...new Map(rows.map((r) => [`${r.accountId}|${r.day}`, r])).values()];
  await db.execute(sql`
    insert into metric_dirty_days (account_id, day)
    select * from unnest(${`{${unique.map((r) => r.accountId).join(',')}}`}::uuid[], ${`{${unique.map((r) => r.day).join(',')}}`}::date[])
    on conflict do nothing`);
}
