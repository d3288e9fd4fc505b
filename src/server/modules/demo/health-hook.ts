import { dayOf, isoDay } from '../../../core/demo/days.ts';
import type { Db } from '../../db/client.ts';
import { recomputeHealth } from '../health/recompute.ts';

export interface DemoHealthResult {
  accounts: number;
  /** Days scored, oldest first; the last one is the reference day. */
  days: string[];
  ms: number;
}

/**
 * Days before the reference day that a fresh demo gets health history for. Four points give
 * the account page's chart a shape, and a sudden usage drop (8-11 days back) lands between the
 * 14- and 7-day points as a step with its reason, for a fraction of a daily backfill's cost on
 * first start; the nightly job adds a row a day from then on.
 */
export const DEMO_HEALTH_HISTORY = [28, 14, 7, 0] as const;

/** Scores every account on each of these days, oldest first, so each row's reasons compare with the one before. */
export async function recomputeDemoHealth(db: Db, referenceDay: string, daysBack: readonly number[] = DEMO_HEALTH_HISTORY): Promise<DemoHealthResult> {
  const started = performance.now();
  const ref = dayOf(referenceDay);
  const days = [...new Set(daysBack)].sort((a, b) => b - a).map((back) => isoDay(ref - back));
  let accounts = 0;
  for (const day of days) accounts = (await recomputeHealth(db, { day })).accounts;
  return { accounts, days, ms: performance.now() - started };
}
