import { sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { pgErrorCode } from '../../db/client.ts';
import { healthReasons } from '../../../core/health/reasons.ts';
import { HEALTH_COMPONENTS } from '../../../core/health/model.ts';
import type { HealthReason } from '../../../core/health/reasons.ts';
import { scoreHealth } from '../../../core/health/score.ts';
import type { HealthScore } from '../../../core/health/score.ts';
import { utcToday } from '../../../core/metrics/days.ts';
import { floatArray, textArray, uuidArray } from '../metrics/sql-arrays.ts';
import { gatherHealthInputs } from './inputs-query.ts';
import type { GatheredAccount } from './inputs-query.ts';
import { getActiveModel } from './models-service.ts';

/** Accounts scored and written per statement: at 20,000 a statement's fixed costs stop showing. */
export const HEALTH_BATCH_SIZE = 20_000;
/** Accounts whose inputs are read per query in a full recompute: one pass with sequential scans. */
export const HEALTH_GATHER_CHUNK = 100_000;

export interface RecomputeResult {
  day: string;
  modelId: number;
  accounts: number;
  scored: number;
  ms: number;
}

/**
 * Scores accounts with the active model and writes their current score and the day's history
 * row (replacing an earlier one of the same day), with the reasons it differs from the previous
 * row. All accounts when no ids are given: their inputs are read in chunks of up to 100,000 (one
 * query each), listed ids in batches of 20,000 by index. Each batch of 20,000 is scored in memory
 * and written in one statement while the next is scored or read.
 */
export async function recomputeHealth(
  db: Db,
  options: { accountIds?: readonly string[]; day?: string; batchSize?: number; gatherChunk?: number } = {},
): Promise<RecomputeResult> {
  const started = performance.now();
  const day = options.day ?? utcToday();
  const batchSize = options.batchSize ?? HEALTH_BATCH_SIZE;
  const model = await getActiveModel(db);
  const result: RecomputeResult = { day, modelId: model.id, accounts: 0, scored: 0, ms: 0 };

  // On PostgreSQL a write runs on its own connection while the next batch is scored or read. At
  // most one write is in flight; its error surfaces at the next await.
  let writing: Promise<unknown> = Promise.resolve();
  let writeError: unknown;
  const score = async (gathered: GatheredAccount[]) => {
    for (let i = 0; i < gathered.length; i += batchSize) {
      const scored: ScoredAccount[] = [];
      const unscored: string[] = [];
      for (const g of gathered.slice(i, i + batchSize)) {
        const health = scoreHealth(model.config, g.inputs);
        if (health.score === null) {
          unscored.push(g.accountId);
          continue;
        }
        scored.push({ accountId: g.accountId, health, reasons: healthReasons(model.config, model.id, g.previous, health) });
      }
      await writing;
      if (writeError) throw writeError;
      writing = writeScores(db, day, model.id, scored, unscored).catch((err: unknown) => {
        writeError = err;
      });
      result.scored += scored.length;
    }
    result.accounts += gathered.length;
  };

  try {
    if (options.accountIds) {
      const ids = [...new Set(options.accountIds)];
      for (let i = 0; i < ids.length; i += batchSize) {
        await score(await gatherHealthInputs(db, model.config, day, { ids: ids.slice(i, i + batchSize) }, true));
      }
    } else {
      const limit = options.gatherChunk ?? HEALTH_GATHER_CHUNK;
      for (let after: string | null = null; ; ) {
        const gathered = await gatherHealthInputs(db, model.config, day, { after, limit }, true);
        if (!gathered.length) break;
        await score(gathered);
        after = gathered.at(-1)!.accountId;
      }
    }
  } finally {
    await writing;
  }
  if (writeError) throw writeError;
  result.ms = Math.round(performance.now() - started);
  return result;
}

interface ScoredAccount {
  accountId: string;
  health: HealthScore;
  reasons: HealthReason[];
}

/** Writes a batch's scores and history rows, all or none. */
async function writeScores(db: Db, day: string, modelId: number, scored: ScoredAccount[], unscored: string[]): Promise<void> {
  if (scored.length) {
    try {
      await db.execute(writeStatement(day, modelId, scored, false));
    } catch (err) {
      // An account deleted since its inputs were read: write the others. Checking every row
      // up front would cost a scan of all accounts per batch.
      if (pgErrorCode(err) !== '23503') throw err;
      await db.execute(writeStatement(day, modelId, scored, true));
    }
  }
  if (unscored.length) await db.execute(sql`delete from health_scores where account_id = any(${uuidArray(unscored)})`);
}

/**
 * Writes scores and history rows in one statement, or none. Values travel as one array per column
 * (a component's scores are one float array) and the jsonb is built in SQL: sent as one JSON
 * document, the rows were parsed twice and spilled to disk. Every number in a jsonb value costs a
 * conversion, so only what conditions and history read is stored (the explanation is worked out
 * when an account is shown).
 */
function writeStatement(day: string, modelId: number, scored: ScoredAccount[], skipDeleted: boolean): SQL {
  const column = (pick: (s: ScoredAccount) => number | null) => floatArray(scored.map(pick));
  // unnest() of several arrays lines them up by position; each component's array is a column.
  const unnested = sql.join(
    [
      uuidArray(scored.map((s) => s.accountId)),
      column((s) => s.health.score),
      textArray(scored.map((s) => s.health.tier!)),
      textArray(scored.map((s) => s.health.missing.join(','))),
      textArray(scored.map((s) => JSON.stringify(s.reasons))),
      ...HEALTH_COMPONENTS.map((c) => column((s) => s.health.components[c])),
    ],
    sql`, `,
  );
  const names = HEALTH_COMPONENTS.map((_, i) => `c${i}`).join(', ');
  const components = sql.raw(`jsonb_build_object(${HEALTH_COMPONENTS.map((c, i) => `'${c}', c${i}`).join(', ')})`);
  return sql`
    with r as (
      select account_id, score, tier, ${components} as components,
        jsonb_build_object('missing', coalesce(to_jsonb(string_to_array(nullif(missing, ''), ',')), '[]'::jsonb)) as breakdown,
        reasons::jsonb as reasons
      from unnest(${unnested}) as t(account_id, score, tier, missing, reasons, ${sql.raw(names)})
      ${skipDeleted ? sql`where exists (select 1 from accounts a where a.id = t.account_id)` : sql``}
    ),
    current as (
      insert into health_scores (account_id, score, tier, components, breakdown, model_id, computed_at)
      select account_id, score, tier, components, breakdown, ${modelId}, now() from r
      on conflict (account_id) do update set score = excluded.score, tier = excluded.tier, components = excluded.components,
        breakdown = excluded.breakdown, model_id = excluded.model_id, computed_at = excluded.computed_at
    )
    insert into health_history (account_id, day, score, tier, components, reasons, model_id)
    select account_id, ${day}::date, score, tier, components, reasons, ${modelId} from r
    on conflict (account_id, day) do update set score = excluded.score, tier = excluded.tier, components = excluded.components,
      reasons = excluded.reasons, model_id = excluded.model_id`;
}
