import { sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { TriggerVersion } from './active-triggers.ts';
import { eventMetricName } from '../../../core/metrics/event-names.ts';
import { nowSql } from './candidate.ts';
import type { SweepClock } from './candidate.ts';
import { lastOccurrenceDay } from './occurrences.ts';

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
 * The last day each account did an event, computed once per full sweep for an event that several
 * inactivity triggers watch (an index probe per account each time otherwise: about half a second
 * per trigger at 100,000 accounts). Temporary tables dropped at the sweep's commit.
 */
export async function shareLastSeen(tx: Db, triggers: readonly TriggerVersion[], clock: SweepClock): Promise<Map<string, string>> {
  const watchers = new Map<string, number>();
  for (const t of triggers) if (t.trigger.kind === 'inactivity') watchers.set(t.trigger.event, (watchers.get(t.trigger.event) ?? 0) + 1);
  const tables = new Map<string, string>();
  for (const [event, count] of watchers) {
    if (count < 2) continue;
    const table = `pm_last_seen_${tables.size}`;
    await tx.execute(sql`create temporary table ${sql.identifier(table)} on commit drop as
      select a.id as account_id, ${lastSeenSql(event, clock)} as last_seen from accounts a`);
    await tx.execute(sql`analyze ${sql.identifier(table)}`);
    tables.set(event, table);
  }
  return tables;
}

/** A join to the shared table (alias `ls`) and the column to read, or null when there is none. */
export function sharedLastSeen(tables: ReadonlyMap<string, string> | undefined, event: string): { join: SQL; column: SQL } | null {
  const table = tables?.get(event);
  if (!table) return null;
  return { join: sql` left join ${sql.identifier(table)} ls on ls.account_id = a.id`, column: sql`ls.last_seen` };
}
