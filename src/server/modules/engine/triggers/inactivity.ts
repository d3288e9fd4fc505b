import { sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import { addDays } from '../../../../core/conditions/dates.ts';
import { parseDuration } from '../../../../core/playbook/index.ts';
import type { Db } from '../../../db/client.ts';
import type { TriggerVersion } from '../active-triggers.ts';
import { candidateOf, nowSql } from '../candidate.ts';
import type { Candidate, KindContext, SweepClock } from '../candidate.ts';
import { lastSeenSql, sharedLastSeen } from '../last-seen.ts';
import { risingEdges } from './rising-edges.ts';

type InactivityTrigger = Extract<TriggerVersion['trigger'], { kind: 'inactivity' }>;

/**
 * No `event` for N days: counted from the last time it happened, or, for an account where it
 * never happened, from the contract start (the account's creation when there is none). Edge
 * triggered like signals: it fires when the quiet period reaches N days, then not again until
 * the event happens and the account goes quiet once more.
 */
export function inactiveSql(t: InactivityTrigger, clock: SweepClock, lastSeen: SQL = lastSeenSql(t.event, clock)): SQL {
  const days = parseDuration(t.days)!;
  const since = sql`coalesce(${lastSeen}, a.contract_start, (a.created_at at time zone 'UTC')::date)`;
  return sql`(${since} <= ${addDays(clock.today, -days)}::date)`;
}

export async function inactivityCandidates(db: Db, t: TriggerVersion & { trigger: InactivityTrigger }, ctx: KindContext): Promise<Candidate[]> {
  const shared = sharedLastSeen(ctx.lastSeenTables, t.trigger.event);
  const lastSeen = shared?.column ?? lastSeenSql(t.trigger.event, ctx.clock);
  const rows = await risingEdges<{ last_seen: string | null }>(db, t, ctx, inactiveSql(t.trigger, ctx.clock, lastSeen), sql`, to_char(${lastSeen}, 'YYYY-MM-DD') as last_seen`, shared?.join);
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
