import { sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import { signalsOf } from '../../../core/conditions/index.ts';
import type { Db } from '../../db/client.ts';
import { pgErrorCode, queryRows } from '../../db/client.ts';
import { errors } from '../../http/errors.ts';
import { accounts } from '../accounts/schema.ts';
import { loadActiveTriggers } from './active-triggers.ts';
import { compileOrRefuse } from './condition-errors.ts';
import { recomputeSegment, segmentsReadBy } from './segment-membership.ts';
import type { RecomputeOutcome } from './segment-membership.ts';
import { segmentMembers } from './schema.ts';

export interface Segment {
  id: string;
  name: string;
  description: string | null;
  condition: string;
  createdBy: string | null;
  updatedAt: string;
  computedAt: string | null;
  lastError: string | null;
  members: number;
}

export interface SegmentInput {
  id: string;
  name: string;
  description?: string | null;
  condition: string;
}

const iso = (column: string) => sql.raw(`to_char(s.${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);
const selectSegments = (where: SQL) => sql`
  select s.id, s.name, s.description, s.condition, s.created_by as "createdBy", ${iso('updated_at')} as "updatedAt", ${iso('computed_at')} as "computedAt",
         s.last_error as "lastError", (select count(*)::int from segment_members m where m.segment_id = s.id) as members
  from segments s where ${where} order by s.name, s.id`;

/** For account lists and views: accounts in a segment, as a condition on `accounts`. */
export function accountsInSegment(segmentId: string): SQL {
  return sql`exists (select 1 from ${segmentMembers} where ${segmentMembers.accountId} = ${accounts.id} and ${segmentMembers.segmentId} = ${segmentId})`;
}

export async function listSegments(db: Db): Promise<Segment[]> {
  return queryRows<Segment>(db, selectSegments(sql`true`));
}

export async function getSegment(db: Db, id: string): Promise<Segment> {
  const [row] = await queryRows<Segment>(db, selectSegments(sql`s.id = ${id}`));
  if (!row) throw errors.notFound(`Segment ${id}`);
  return row;
}

/**
 * A condition may read other segments with in_segment(…): they must exist, and no segment may
 * end up reading itself (directly or through others), or membership could never settle.
 */
async function checkReferences(db: Db, id: string, condition: string): Promise<void> {
  compileOrRefuse(condition, 'condition');
  const reads = segmentsReadBy(condition);
  if (!reads.length) return;
  const stored = new Map((await queryRows<{ id: string; condition: string }>(db, sql`select id, condition from segments`)).map((s) => [s.id, s.condition]));
  const missing = reads.filter((r) => r !== id && !stored.has(r));
  if (missing.length) throw errors.validation([{ path: 'condition', message: `reads segment(s) that do not exist: ${missing.join(', ')}` }]);
  const seen = new Set<string>();
  const reaches = (from: string): boolean => {
    if (from === id) return true;
    if (seen.has(from)) return false;
    seen.add(from);
    const text = stored.get(from);
    let next: string[] = [];
    try {
      next = text ? segmentsReadBy(text) : [];
    } catch {}
    return next.some(reaches);
  };
  if (reads.some(reaches)) throw errors.validation([{ path: 'condition', message: `segment ${id} would read itself through in_segment(…)` }]);
}

export async function createSegment(db: Db, input: SegmentInput, actorId: string | null): Promise<{ segment: Segment; recompute: RecomputeOutcome }> {
  await checkReferences(db, input.id, input.condition);
  try {
    await db.execute(sql`insert into segments (id, name, description, condition, created_by) values (${input.id}, ${input.name}, ${input.description ?? null}, ${input.condition}, ${actorId})`);
  } catch (err) {
    if (pgErrorCode(err) === '23505') throw errors.conflict('duplicate', `A segment with id ${input.id} exists`, { field: 'id' });
    throw err;
  }
  const recompute = await recomputeSegment(db, input);
  return { segment: await getSegment(db, input.id), recompute };
}

export async function updateSegment(db: Db, id: string, patch: Partial<Omit<SegmentInput, 'id'>>): Promise<{ segment: Segment; recompute?: RecomputeOutcome }> {
  const before = await getSegment(db, id);
  if (patch.condition !== undefined) await checkReferences(db, id, patch.condition);
  const next = { name: patch.name ?? before.name, description: patch.description === undefined ? before.description : patch.description, condition: patch.condition ?? before.condition };
  await db.execute(sql`update segments set name = ${next.name}, description = ${next.description}, condition = ${next.condition}, updated_at = now() where id = ${id}`);
  const recompute = patch.condition !== undefined && patch.condition !== before.condition ? await recomputeSegment(db, { id, condition: next.condition }) : undefined;
  return { segment: await getSegment(db, id), ...(recompute ? { recompute } : {}) };
}

/** What still uses a segment: triggers in use (segment filter or in_segment) and other segments. */
export async function segmentUsers(db: Db, id: string, today: string): Promise<string[]> {
  const users: string[] = [];
  for (const t of await loadActiveTriggers(db, today)) {
    const conditions = [t.trigger.segment === id ? `in_segment("${id}")` : null, 'when' in t.trigger ? t.trigger.when : null, 'where' in t.trigger ? t.trigger.where : null];
    const reads = conditions.some((text) => {
      if (!text) return false;
      try {
        return signalsOf(compileOrRefuse(text, 'trigger', { eventProperties: true })).some((s) => s.signal.signal === 'segment' && s.signal.name === id);
      } catch {
        return false;
      }
    });
    if (reads) users.push(`playbook ${t.playbookId} (version ${t.version})`);
  }
  for (const s of await queryRows<{ id: string; condition: string }>(db, sql`select id, condition from segments where id <> ${id}`)) {
    try {
      if (segmentsReadBy(s.condition).includes(id)) users.push(`segment ${s.id}`);
    } catch {}
  }
  return users;
}

export async function deleteSegment(db: Db, id: string, today: string): Promise<void> {
  await getSegment(db, id);
  const users = await segmentUsers(db, id, today);
  if (users.length) throw errors.conflict('in_use', `Segment ${id} is used by ${users.join(', ')}`, { usedBy: users });
  await db.execute(sql`delete from segments where id = ${id}`);
}

export interface SegmentMember {
  id: string;
  name: string;
  arr: number | null;
  tier: string | null;
  touchModel: string | null;
  lifecycle: string | null;
  ownerId: string | null;
}

export async function listMembers(db: Db, id: string, page: number, pageSize: number): Promise<{ rows: SegmentMember[]; total: number }> {
  await getSegment(db, id);
  const rows = await queryRows<SegmentMember>(
    db,
    sql`select a.id, a.name, a.arr::float8 as arr, a.tier, a.touch_model as "touchModel", a.lifecycle_stage as lifecycle, a.owner_id as "ownerId"
        from segment_members m join accounts a on a.id = m.account_id
        where m.segment_id = ${id} order by lower(a.name), a.id limit ${pageSize} offset ${(page - 1) * pageSize}`,
  );
  const [count] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from segment_members where segment_id = ${id}`);
  return { rows, total: count!.n };
}
