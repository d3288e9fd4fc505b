import { sql } from 'drizzle-orm';
import { compileCondition, signalsOf } from '../../../../core/conditions/index.ts';
import { addDays } from '../../../../core/conditions/dates.ts';
import { parseAnchorOffset } from '../../../../core/playbook/index.ts';
import type { Db } from '../../../db/client.ts';
import { queryRows } from '../../../db/client.ts';
import type { TriggerVersion } from '../active-triggers.ts';
import { CATCH_UP_DAYS, candidateOf, sqlContext, valuesOf } from '../candidate.ts';
import type { Candidate, KindContext } from '../candidate.ts';
import { conditionSql, signalColumns, withMetricJoins } from '../condition-sql.ts';
import { eligible, notFiredYet } from '../trigger-scope.ts';

type DateTrigger = Extract<TriggerVersion['trigger'], { kind: 'date' }>;

const ANCHOR_COLUMNS = { renewal_date: sql`a.renewal_date`, contract_start: sql`a.contract_start` } as const;

/**
 * Accounts whose anchor date plus the offset is today, or fell within the catch-up window (a
 * missed sweep still fires), and whose optional `when` holds now. The key is the anchor date, so
 * each renewal fires once however often the sweep runs, and a new renewal date fires again.
 */
export async function dateCandidates(db: Db, t: TriggerVersion & { trigger: DateTrigger }, ctx: KindContext, options: { limit?: number; ignoreFired?: boolean } = {}): Promise<Candidate[]> {
  const { anchor, days } = parseAnchorOffset(t.trigger.anchor)!;
  const column = ANCHOR_COLUMNS[anchor];
  const checked = t.trigger.when ? compileCondition(t.trigger.when) : null;
  const { joins, ctx: sqlCtx } = withMetricJoins(checked, sqlContext(ctx.clock));
  const key = sql`${`${anchor}:`} || to_char(${column}, 'YYYY-MM-DD')`;
  const earliest = addDays(ctx.clock.today, -CATCH_UP_DAYS - days);
  const latest = addDays(ctx.clock.today, -days);
  const rows = await queryRows<Record<string, unknown> & { accountId: string; key: string; anchor_date: string }>(
    db,
    sql`select a.id as "accountId", ${key} as key, to_char(${column}, 'YYYY-MM-DD') as anchor_date${checked ? signalColumns(checked, sqlCtx) : sql``}
        from accounts a left join health_scores h on h.account_id = a.id${joins}
        where ${column} between ${earliest}::date and ${latest}::date and ${eligible(t, ctx.accountIds)}
          ${options.ignoreFired ? sql`` : sql`and ${notFiredYet(t, key)}`}
          ${checked ? sql`and (${conditionSql(checked, sqlCtx)})` : sql``}
        order by ${column}, a.id${options.limit ? sql` limit ${options.limit}` : sql``}`,
  );
  const signals = checked ? signalsOf(checked).map((s) => s.text) : [];
  return rows.map((r) =>
    candidateOf(t, {
      accountId: r.accountId,
      key: r.key,
      playKey: r.key,
      at: `${addDays(r.anchor_date, days)}T00:00:00.000Z`,
      detail: { anchor: t.trigger.anchor, anchorDate: r.anchor_date, firesOn: addDays(r.anchor_date, days), ...(checked ? { values: valuesOf(r, signals) } : {}) },
    }),
  );
}
