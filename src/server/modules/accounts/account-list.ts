import { and, asc, count, desc, eq, getTableColumns, ilike, sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { errors } from '../../http/errors.ts';
import { segmentMembers, segments } from '../engine/schema.ts';
import { healthScores } from '../health/schema.ts';
import { playbooks } from '../playbooks/schema.ts';
import { plays } from '../plays/schema.ts';
import { accounts } from './schema.ts';

/**
 * Sortable columns. Nullable ones sort nulls last both ways, which needs an index per direction
 * (accounts_*_desc_idx); on NOT NULL columns "nulls last" is left out, since it would stop
 * PostgreSQL from reading the ascending index backwards.
 */
export const ACCOUNT_SORTS = {
  name: { expr: sql`lower(${accounts.name})`, nullable: false },
  arr: { expr: accounts.arr, nullable: true },
  renewalDate: { expr: accounts.renewalDate, nullable: true },
  createdAt: { expr: accounts.createdAt, nullable: false },
  updatedAt: { expr: accounts.updatedAt, nullable: false },
  /** Ascending is the least healthy first; unscored accounts come last either way (see listByHealth). */
  health: { expr: healthScores.score, nullable: true },
} as const;
export type AccountSortKey = keyof typeof ACCOUNT_SORTS;

export interface AccountFilter {
  q?: string;
  touchModel?: string;
  lifecycleStage?: string;
  tier?: string;
  plan?: string;
  ownerId?: string;
  renewalWithinDays?: number;
  healthTier?: string;
  segmentId?: string;
  /** Accounts with an open play of this playbook. */
  openPlaybookId?: string;
}

export interface ListOptions {
  filter: AccountFilter;
  sort: AccountSortKey;
  descending: boolean;
  page: number;
  pageSize: number;
}

function filterConditions(f: AccountFilter): SQL | undefined {
  const conditions: (SQL | undefined)[] = [
    f.q ? ilike(accounts.name, `%${f.q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`) : undefined,
    f.touchModel ? eq(accounts.touchModel, f.touchModel as 'high' | 'low' | 'tech') : undefined,
    f.lifecycleStage ? eq(accounts.lifecycleStage, f.lifecycleStage) : undefined,
    f.tier ? eq(accounts.tier, f.tier) : undefined,
    f.plan ? eq(accounts.plan, f.plan) : undefined,
    f.ownerId ? eq(accounts.ownerId, f.ownerId) : undefined,
    f.renewalWithinDays !== undefined
      ? sql`${accounts.renewalDate} between current_date and current_date + ${f.renewalWithinDays}::int`
      : undefined,
    // Subqueries rather than joins, so the count needs no join; each is a primary-key or index probe.
    f.healthTier
      ? sql`exists (select 1 from ${healthScores} where ${healthScores.accountId} = ${accounts.id} and ${healthScores.tier} = ${f.healthTier})`
      : undefined,
    f.segmentId
      ? sql`exists (select 1 from ${segmentMembers} where ${segmentMembers.segmentId} = ${f.segmentId} and ${segmentMembers.accountId} = ${accounts.id})`
      : undefined,
    f.openPlaybookId
      ? sql`exists (select 1 from ${plays} where ${plays.playbookId} = ${f.openPlaybookId} and ${plays.accountId} = ${accounts.id} and ${plays.status} = 'open')`
      : undefined,
  ];
  return and(...conditions.filter(Boolean));
}

/** An unknown segment or playbook is a mistake in the request, not an empty list. */
async function checkReferences(db: Db, f: AccountFilter): Promise<void> {
  const [segment, playbook] = await Promise.all([
    f.segmentId ? db.select({ id: segments.id }).from(segments).where(eq(segments.id, f.segmentId)) : [{ id: '' }],
    f.openPlaybookId ? db.select({ id: playbooks.id }).from(playbooks).where(eq(playbooks.id, f.openPlaybookId)) : [{ id: '' }],
  ]);
  const issues = [
    ...(segment.length ? [] : [{ path: 'query.segmentId', message: `is not a known segment (${f.segmentId})` }]),
    ...(playbook.length ? [] : [{ path: 'query.openPlaybookId', message: `is not a known playbook (${f.openPlaybookId})` }]),
  ];
  if (issues.length) throw errors.validation(issues);
}

const listColumns = { ...getTableColumns(accounts), healthScore: healthScores.score, healthTier: healthScores.tier };
export type AccountListRow = Awaited<ReturnType<typeof listBy>>[number];

function listBy(db: Db, where: SQL | undefined, o: ListOptions, offset: number) {
  const { expr, nullable } = ACCOUNT_SORTS[o.sort];
  const direction = o.descending ? sql`desc` : sql`asc`;
  // Written to match the indexes exactly: (x, id) read either way, or (x desc nulls last, id desc nulls last).
  const order = nullable
    ? [sql`${expr} ${direction} nulls last`, sql`${accounts.id} ${direction} nulls last`]
    : [sql`${expr} ${direction}`, o.descending ? desc(accounts.id) : asc(accounts.id)];
  return db
    .select(listColumns)
    .from(accounts)
    .leftJoin(healthScores, eq(healthScores.accountId, accounts.id))
    .where(where)
    .orderBy(...order)
    .limit(o.pageSize)
    .offset(offset);
}

/**
 * By health score in two steps, because a left join cannot be read in the order of an index on
 * its nullable side: first the scored accounts, walking health_scores (score, account_id) in
 * order; then, once those run out, the unscored ones by id. Same rows as one query with
 * "score nulls last, id", at the cost of a count only on the page where the two meet.
 */
async function listByHealth(db: Db, where: SQL | undefined, o: ListOptions, offset: number) {
  const dir = o.descending ? desc : asc;
  const scored = await db
    .select(listColumns)
    .from(accounts)
    .innerJoin(healthScores, eq(healthScores.accountId, accounts.id))
    .where(where)
    .orderBy(dir(healthScores.score), dir(healthScores.accountId))
    .limit(o.pageSize)
    .offset(offset);
  if (scored.length === o.pageSize) return scored;
  const [scoredTotal] = await db.select({ n: count() }).from(accounts).innerJoin(healthScores, eq(healthScores.accountId, accounts.id)).where(where);
  const unscored = await db
    .select(listColumns)
    .from(accounts)
    .leftJoin(healthScores, eq(healthScores.accountId, accounts.id))
    .where(and(where, sql`${healthScores.accountId} is null`))
    .orderBy(dir(accounts.id))
    .limit(o.pageSize - scored.length)
    .offset(Math.max(0, offset - scoredTotal!.n));
  return [...scored, ...unscored];
}

/**
 * When the only filter is on one related table, the total is that table's count, since it holds at
 * most one row per account (health_scores by key, segment_members by key, one open play per
 * playbook and account): an index-only count instead of a join over every account.
 */
function countMatching(db: Db, f: AccountFilter, where: SQL | undefined) {
  const used = Object.entries(f).filter(([, value]) => value !== undefined && value !== '').map(([key]) => key);
  const only = used.length === 1 ? used[0] : undefined;
  if (only === 'healthTier') return db.select({ n: count() }).from(healthScores).where(eq(healthScores.tier, f.healthTier!));
  if (only === 'segmentId') return db.select({ n: count() }).from(segmentMembers).where(eq(segmentMembers.segmentId, f.segmentId!));
  if (only === 'openPlaybookId') return db.select({ n: count() }).from(plays).where(and(eq(plays.playbookId, f.openPlaybookId!), eq(plays.status, 'open')));
  return db.select({ n: count() }).from(accounts).where(where);
}

export async function listAccounts(db: Db, o: ListOptions) {
  await checkReferences(db, o.filter);
  const where = filterConditions(o.filter);
  const offset = (o.page - 1) * o.pageSize;
  const [rows, [total]] = await Promise.all([
    o.sort === 'health' ? listByHealth(db, where, o, offset) : listBy(db, where, o, offset),
    countMatching(db, o.filter, where),
  ]);
  return { rows, total: total!.n };
}
