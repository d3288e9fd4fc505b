import { lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { JobDefinition } from '../../jobs/jobs.ts';
import { loginFailures, sessions } from '../users/schema.ts';

export const MAINTENANCE_JOB = 'system.maintenance';

/** Removes expired sessions and stale sign-in counters. */
export async function runMaintenance(db: Db, loginWindowSeconds: number): Promise<{ sessions: number; loginFailures: number }> {
  const expired = await db.delete(sessions).where(lt(sessions.expiresAt, sql`now()`)).returning({ id: sessions.id });
  const stale = await db
    .delete(loginFailures)
    .where(lt(loginFailures.windowStart, sql`now() - make_interval(secs => ${loginWindowSeconds})`))
    .returning({ key: loginFailures.key });
  return { sessions: expired.length, loginFailures: stale.length };
}

export function maintenanceJob(db: Db, loginWindowSeconds: number): JobDefinition {
  return {
    name: MAINTENANCE_JOB,
    // stately: at most one queued and one running, however many workers there are.
    policy: 'stately',
    cron: '17 * * * *',
    handler: async () => {
      await runMaintenance(db, loginWindowSeconds);
    },
  };
}
