import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/client.ts';
import type { HealthReason } from '../../../core/health/reasons.ts';
import { explainHealth } from '../../../core/health/score.ts';
import type { ComponentBreakdown } from '../../../core/health/score.ts';
import type { HealthComponent } from '../../../core/health/model.ts';
import { addDays, utcToday } from '../../../core/metrics/days.ts';
import { gatherHealthInputs } from './inputs-query.ts';
import { getActiveModel } from './models-service.ts';

export interface AccountHealth {
  score: number;
  tier: string;
  components: Record<string, number | null>;
  modelId: number | null;
  computedAt: string;
  /** Each component's raw input, detail, weight and share, from today's inputs and the active model. */
  breakdown: { day: string; modelId: number; components: Record<HealthComponent, ComponentBreakdown>; missing: HealthComponent[]; reweighted: boolean };
  history: { day: string; score: number; tier: string; components: Record<string, number | null>; reasons: HealthReason[] }[];
}

/**
 * An account's stored health, its daily history over the last `historyDays` days (oldest first),
 * and an explanation of each component worked out now; null before its first score.
 */
export async function getAccountHealth(db: Db, accountId: string, historyDays: number, today: string = utcToday()): Promise<AccountHealth | null> {
  const [current] = await queryRows<{ score: number; tier: string; components: Record<string, number | null>; model_id: number | null; computed_at: string }>(
    db,
    sql`select score, tier, components, model_id, to_char(computed_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as computed_at
        from health_scores where account_id = ${accountId}`,
  );
  if (!current) return null;
  const history = await queryRows<{ day: string; score: number; tier: string; components: Record<string, number | null>; reasons: HealthReason[] }>(
    db,
    sql`select to_char(day, 'YYYY-MM-DD') as day, score, tier, components, reasons from health_history
        where account_id = ${accountId} and day > ${addDays(today, -historyDays)}::date and day <= ${today}::date order by day`,
  );
  const model = await getActiveModel(db);
  const [inputs] = await gatherHealthInputs(db, model.config, today, { ids: [accountId] }, false);
  const explained = explainHealth(model.config, inputs!.inputs);
  return {
    score: current.score,
    tier: current.tier,
    components: current.components,
    modelId: current.model_id,
    computedAt: current.computed_at,
    breakdown: { day: today, modelId: model.id, components: explained.breakdown, missing: explained.missing, reweighted: explained.reweighted },
    history,
  };
}
