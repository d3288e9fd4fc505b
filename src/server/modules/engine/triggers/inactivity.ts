import { sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import { addDays } from '../../../../core/conditions/dates.ts';
import { eventMetricName } from '../../../../core/metrics/event-names.ts';
import { parseDuration } from '../../../../core/playbook/index.ts';
import type { Db } from '../../../db/client.ts';
import type { TriggerVersion } from '../active-triggers.ts';
import { candidateOf, nowSql } from '../candidate.ts';
import type { Candidate, KindContext, SweepClock } from '../candidate.ts';
import { lastOccurrenceDay } from '../occurrences.ts';
import { risingEdges } from './rising-edges.ts';

type InactivityTrigger = Extract<TriggerVersion['trigger'], { kind: 'inactivity' }>;

/**
 * The last day the account did `event`: the latest raw occurrence, or the last day its rolled-up
 * `events.<name>` series counted one (raw events may be kept for a short time only).
 */
export function lastSeenSql(event: string, clock: SweepClock): SQL {
  const metric = eventMetricName('track', event);
  const fromSeries = sql`(select pm_series_last_nonzero(ms.start_day, ms.values, ${clock.today}::date) from metric_series ms where ms.account_id = a.id and ms.metric = ${metric})`;
  return sql`greatest(${lastOccurrenceDay(event, nowSql(clock))}, ${fromSeries})`;
}

/**
 * No `event` for N days: counted from the last time it happened, or, for an account where it
 * never happened, from the contract start (the account's creation when there is none). Edge
 * triggered like signals: it fires when the quiet period reaches N days, then not again until
 * the event happens and the account goes quiet once more.
 */
export function inactiveSql(t: InactivityTrigger, clock: SweepClock): SQL {
  const days = parseDuration(t.days)!;
  const since = sql`coalesce(${lastSeenSql(t.event, clock)}, a.contract_start, (a.created_at at time zone 'UTC')::date)`;
  return sql`(${since} <= ${addDays(clock.today, -days)}::date)`;
}

export async function inactivityCandidates(db: Db, t: TriggerVersion & { trigger: InactivityTrigger }, ctx: KindContext): Promise<Candidate[]> {
  const rows = await risingEdges<{ last_seen: string | null }>(db, t, ctx, inactiveSql(t.trigger, ctx.clock), sql`, to_char(${lastSeenSql(t.trigger.event, ctx.clock)}, 'YYYY-MM-DD') as last_seen`);
  return rows.map((r) =>
    candidateOf(t, {
      accountId: r.accountId,
      key: `inactivity:${ctx.clock.today}`,
      playKey: null,
      at: ctx.clock.now.toISOString(),
      detail: { event: t.trigger.event, days: t.trigger.days, lastSeen: r.last_seen },
    }),
  );
}
