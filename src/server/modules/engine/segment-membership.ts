import { sql } from 'drizzle-orm';
import { compileCondition, signalsOf } from '../../../core/conditions/index.ts';
import { utcToday } from '../../../core/metrics/days.ts';
import type { Db } from '../../db/client.ts';
import { isDatabaseUnavailable, queryRows } from '../../db/client.ts';
import { uuidArray } from '../metrics/sql-arrays.ts';
import { conditionSql, withMetricJoins } from './condition-sql.ts';
import { rootMessage } from './db-errors.ts';
import { metricSql } from './metric-sql.ts';

export interface SegmentDefinition {
  id: string;
  condition: string;
}

export interface RecomputeOutcome {
  id: string;
  added: number;
  removed: number;
  error?: string;
}

/** The segments a condition reads with in_segment(…). */
export function segmentsReadBy(condition: string): string[] {
  return signalsOf(compileCondition(condition)).flatMap((s) => (s.signal.signal === 'segment' ? [s.signal.name] : []));
}

/**
 * Recomputes one segment's members with one query: members that no longer match leave, new
 * matches join, the rest are untouched (at 100,000 accounts a full replace would rewrite every
 * row). Scoped to some accounts when only their data changed. A condition that fails at run time
 * (a bad cast) keeps the previous members and records the error on the segment.
 */
export async function recomputeSegment(db: Db, segment: SegmentDefinition, options: { today?: string; accountIds?: readonly string[] } = {}): Promise<RecomputeOutcome> {
  const today = options.today ?? utcToday();
  const scopeA = options.accountIds ? sql` and a.id = any(${uuidArray(options.accountIds)})` : sql``;
  const scopeM = options.accountIds ? sql` and sm.account_id = any(${uuidArray(options.accountIds)})` : sql``;
  try {
    const checked = compileCondition(segment.condition);
    const { joins, ctx } = withMetricJoins(checked, { today, metric: metricSql });
    const matches = conditionSql(checked, ctx);
    const [counts] = await db.transaction(async (tx) =>
      queryRows<{ added: number; removed: number }>(
        tx as unknown as Db,
        sql`with matched as (
              select a.id from accounts a left join health_scores h on h.account_id = a.id${joins} where (${matches})${scopeA}
            ),
            removed as (
              delete from segment_members sm where sm.segment_id = ${segment.id}${scopeM}
                and not exists (select 1 from matched m where m.id = sm.account_id)
              returning 1
            ),
            added as (
              insert into segment_members (segment_id, account_id)
              select ${segment.id}, m.id from matched m
              where not exists (select 1 from segment_members sm where sm.segment_id = ${segment.id} and sm.account_id = m.id)
              on conflict do nothing
              returning 1
            ),
            stamped as (update segments set computed_at = now(), last_error = null where id = ${segment.id})
            select (select count(*)::int from added) as added, (select count(*)::int from removed) as removed`,
      ),
    );
    return { id: segment.id, ...counts! };
  } catch (err) {
    if (isDatabaseUnavailable(err)) throw err;
    const message = rootMessage(err);
    await db.execute(sql`update segments set last_error = ${message} where id = ${segment.id}`);
    return { id: segment.id, added: 0, removed: 0, error: message };
  }
}

/** Orders segments so that one read by another's in_segment(…) is computed first. */
export function dependencyOrder<T extends SegmentDefinition>(segments: readonly T[]): T[] {
  const byId = new Map(segments.map((s) => [s.id, s]));
  const done = new Set<string>();
  const visiting = new Set<string>();
  const ordered: T[] = [];
  const visit = (s: T) => {
    if (done.has(s.id) || visiting.has(s.id)) return;
    visiting.add(s.id);
    let reads: string[] = [];
    try {
      reads = segmentsReadBy(s.condition);
    } catch {
      // An invalid stored condition fails on its own recompute; its order does not matter.
    }
    for (const id of reads) if (byId.has(id)) visit(byId.get(id)!);
    visiting.delete(s.id);
    done.add(s.id);
    ordered.push(s);
  };
  for (const s of [...segments].sort((a, b) => (a.id < b.id ? -1 : 1))) visit(s);
  return ordered;
}

/** Every segment (or some), in dependency order: what a sweep does before evaluating triggers. */
export async function recomputeSegments(db: Db, options: { today?: string; accountIds?: readonly string[]; ids?: readonly string[] } = {}): Promise<RecomputeOutcome[]> {
  const all = await queryRows<SegmentDefinition>(db, sql`select id, condition from segments order by id`);
  const wanted = options.ids ? all.filter((s) => options.ids!.includes(s.id)) : all;
  const outcomes: RecomputeOutcome[] = [];
  for (const segment of dependencyOrder(wanted)) outcomes.push(await recomputeSegment(db, segment, options));
  return outcomes;
}
