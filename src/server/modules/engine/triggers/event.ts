import { sql } from 'drizzle-orm';
import { compileCondition } from '../../../../core/conditions/index.ts';
import { parseDuration } from '../../../../core/playbook/index.ts';
import type { Db } from '../../../db/client.ts';
import { queryRows } from '../../../db/client.ts';
import type { TriggerVersion } from '../active-triggers.ts';
import { CATCH_UP_DAYS, candidateOf, sqlContext } from '../candidate.ts';
import type { Candidate, KindContext } from '../candidate.ts';
import { conditionSql, withMetricJoins } from '../condition-sql.ts';
import { occurrencesOf } from '../occurrences.ts';
import { eligible, notFiredYet } from '../trigger-scope.ts';

type EventTrigger = Extract<TriggerVersion['trigger'], { kind: 'event' }>;
const DAY_MS = 86_400_000;

/**
 * Occurrences of the event whose delay has run out, within the catch-up window (so a sweep that
 * did not run for a few days still fires them, but a backfill of old events does not), whose
 * account satisfies `where` now. Each occurrence fires once (its key).
 */
export async function eventCandidates(db: Db, t: TriggerVersion & { trigger: EventTrigger }, ctx: KindContext, options: { limit?: number; ignoreFired?: boolean } = {}): Promise<Candidate[]> {
  const delayDays = t.trigger.delay ? parseDuration(t.trigger.delay)! : 0;
  const now = ctx.clock.now.getTime();
  const from = new Date(now - (CATCH_UP_DAYS + delayDays) * DAY_MS).toISOString();
  const to = new Date(now - delayDays * DAY_MS).toISOString();
  const checked = t.trigger.where ? compileCondition(t.trigger.where, { eventProperties: true }) : null;
  const { joins, ctx: sqlCtx } = withMetricJoins(checked, sqlContext(ctx.clock, sql`o.properties`));
  const where = checked ? conditionSql(checked, sqlCtx) : sql`true`;
  const rows = await queryRows<{ accountId: string; key: string; occurred_at: string; properties: Record<string, unknown> }>(
    db,
    sql`select a.id as "accountId", o.key, to_char(o.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as occurred_at, o.properties
        from (${occurrencesOf(t.trigger.event, { from: sql`${from}::timestamptz`, to: sql`${to}::timestamptz` }, { ids: ctx.accountIds })}) o
        join accounts a on a.id = o.account_id left join health_scores h on h.account_id = a.id${joins}
        where ${eligible(t, ctx.accountIds)}${options.ignoreFired ? sql`` : sql` and ${notFiredYet(t, sql`o.key`)}`} and (${where})
        order by o.occurred_at, o.key${options.limit ? sql` limit ${options.limit}` : sql``}`,
  );
  return rows.map((r) =>
    candidateOf(t, {
      accountId: r.accountId,
      key: r.key,
      playKey: r.key,
      at: r.occurred_at,
      detail: { event: t.trigger.event, occurredAt: r.occurred_at, ...(delayDays ? { delay: t.trigger.delay } : {}), properties: r.properties },
    }),
  );
}
