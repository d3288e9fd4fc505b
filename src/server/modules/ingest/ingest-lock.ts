import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';

/** Arbitrary, fixed: the advisory lock ingest transactions coordinate on. */
const INGEST_LOCK_KEY = 0x1b6e_57;

/**
 * Closes the race between a batch that stores events for a user not yet known and a concurrent
 * batch that makes them known: the first would miss the new contact, the second would miss the
 * not-yet-committed events. Requests that create accounts or contacts take the lock
 * exclusively, so they wait for in-flight inserts to commit and then attribute them; all others
 * share it. It is taken before a transaction writes anything, so it cannot deadlock with row
 * locks.
 */
export async function lockIngest(db: Db, mode: 'shared' | 'exclusive'): Promise<void> {
  await db.execute(mode === 'exclusive' ? sql`select pg_advisory_xact_lock(${INGEST_LOCK_KEY})` : sql`select pg_advisory_xact_lock_shared(${INGEST_LOCK_KEY})`);
}
