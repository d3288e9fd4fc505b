import { compileCondition } from '../../../../core/conditions/index.ts';
import type { Db } from '../../../db/client.ts';
import type { TriggerVersion } from '../active-triggers.ts';
import { candidateOf, sqlContext, valuesOf } from '../candidate.ts';
import type { Candidate, KindContext } from '../candidate.ts';
import { conditionSql, signalColumns, withMetricJoins } from '../condition-sql.ts';
import { signalsOf } from '../../../../core/conditions/index.ts';
import { risingEdges } from './rising-edges.ts';

type SignalTrigger = Extract<TriggerVersion['trigger'], { kind: 'signal' }>;

/** Accounts whose condition became true since the last sweep, with the values that made it true. */
export async function signalCandidates(db: Db, t: TriggerVersion & { trigger: SignalTrigger }, ctx: KindContext): Promise<Candidate[]> {
  const checked = compileCondition(t.trigger.when);
  const { joins, ctx: sqlCtx } = withMetricJoins(checked, sqlContext(ctx.clock));
  const signals = signalsOf(checked).map((s) => s.text);
  const rows = await risingEdges<Record<string, unknown>>(db, t, ctx, conditionSql(checked, sqlCtx), signalColumns(checked, sqlCtx), joins);
  return rows.map((row) =>
    candidateOf(t, {
      accountId: row.accountId,
      key: `signal:${ctx.clock.today}`,
      playKey: null,
      at: ctx.clock.now.toISOString(),
      detail: { condition: t.trigger.when, values: valuesOf(row, signals) },
    }),
  );
}
