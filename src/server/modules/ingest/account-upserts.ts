import { sql } from 'drizzle-orm';
import { mapGroupTraits } from '../../../core/ingest/trait-mapping.ts';
import type { AccountColumns } from '../../../core/ingest/trait-mapping.ts';
import type { Json } from '../../../core/ingest/validate-message.ts';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/client.ts';
import { addTimelineEvents } from '../accounts/timeline.ts';
import type { NewTimelineEvent } from '../accounts/timeline.ts';
import { jsonRows } from './json-param.ts';

export interface AccountRow {
  id: string;
  product_id: string | null;
  crm_id: string | null;
  name: string;
  plan: string | null;
  arr: string | number | null;
  domain: string | null;
  traits: Json;
}

export interface GroupUpdate {
  groupId: string;
  columns: AccountColumns;
  traits: Json;
}

/** Folds a request's group calls into one update per group, later calls winning. */
export function foldGroupCalls(calls: { groupId: string; traits: Json }[]): GroupUpdate[] {
  const byGroup = new Map<string, GroupUpdate>();
  for (const call of calls) {
    const { columns, traits } = mapGroupTraits(call.traits);
    const current = byGroup.get(call.groupId);
    if (current) {
      Object.assign(current.columns, columns);
      Object.assign(current.traits, traits);
    } else byGroup.set(call.groupId, { groupId: call.groupId, columns: { ...columns }, traits: { ...traits } });
  }
  return [...byGroup.values()];
}

/** The accounts these group ids name: productId first, else crmId. */
export async function accountsForGroups(db: Db, groupIds: string[]): Promise<Map<string, AccountRow>> {
  const found = new Map<string, AccountRow>();
  if (!groupIds.length) return found;
  const rows = await queryRows<AccountRow>(db, sql`
    select id, product_id, crm_id, name, plan, arr, domain, traits from accounts
    where product_id = any(${sql.param(groupIds)}::text[]) or crm_id = any(${sql.param(groupIds)}::text[])`);
  for (const row of rows) if (row.crm_id !== null && !found.has(row.crm_id)) found.set(row.crm_id, row);
  for (const row of rows) if (row.product_id !== null) found.set(row.product_id, row);
  return found;
}

function changedColumns(row: AccountRow, columns: AccountColumns): (keyof AccountColumns)[] {
  return (Object.keys(columns) as (keyof AccountColumns)[]).filter((k) => {
    const before = k === 'arr' && row.arr !== null ? Number(row.arr) : row[k];
    return before !== columns[k];
  });
}

function traitsChange(row: AccountRow, traits: Json): boolean {
  return Object.entries(traits).some(([k, v]) => JSON.stringify(row.traits[k]) !== JSON.stringify(v));
}

/**
 * Applies group calls: creates an account for each unknown group (productId = groupId, name from
 * traits or the group id), and merges traits into known ones, touching only accounts that change.
 * `known` is what accountsForGroups found. Returns the account of every group and the groups
 * created by this call.
 */
export async function applyGroupUpdates(db: Db, updates: GroupUpdate[], known: Map<string, AccountRow>): Promise<{ accounts: Map<string, string>; created: Map<string, string> }> {
  known = new Map(known);
  const accounts = new Map([...known].map(([groupId, row]) => [groupId, row.id]));
  const created = new Map<string, string>();
  const timeline: NewTimelineEvent[] = [];
  const unknown = updates.filter((u) => !known.has(u.groupId));
  if (unknown.length) {
    const rows = unknown.map((u) => ({ g: u.groupId, n: u.columns.name ?? u.groupId, p: u.columns.plan ?? null, r: u.columns.arr ?? null, d: u.columns.domain ?? null, t: u.traits }));
    const inserted = await queryRows<{ id: string; product_id: string; name: string }>(db, sql`
      insert into accounts (product_id, name, plan, arr, domain, traits)
      select g, n, p, r, d, coalesce(t, '{}') from json_to_recordset(${jsonRows(rows)}) as x(g text, n text, p text, r numeric, d text, t jsonb)
      order by g
      on conflict (product_id) do nothing
      returning id, product_id, name`);
    for (const row of inserted) {
      accounts.set(row.product_id, row.id);
      created.set(row.product_id, row.id);
      timeline.push({ accountId: row.id, type: 'account.created', actorId: null, summary: `Account ${row.name} created from a Segment group call`, data: { groupId: row.product_id, source: 'segment' } });
    }
    // Groups another request created a moment ago: merge into them like any known account.
    const raced = unknown.filter((u) => !created.has(u.groupId));
    for (const [groupId, row] of await accountsForGroups(db, raced.map((u) => u.groupId))) {
      known.set(groupId, row);
      accounts.set(groupId, row.id);
    }
  }

  const changes = updates
    .filter((u) => known.has(u.groupId))
    .map((u) => ({ update: u, row: known.get(u.groupId)!, columns: changedColumns(known.get(u.groupId)!, u.columns) }))
    .filter((c) => c.columns.length || traitsChange(c.row, c.update.traits))
    // Locking rows in id order keeps two concurrent batches touching the same accounts from deadlocking.
    .sort((a, b) => (a.row.id < b.row.id ? -1 : 1));
  if (changes.length) {
    const rows = changes.map(({ update, row, columns }) => ({
      id: row.id,
      n: columns.includes('name') ? update.columns.name : null,
      p: columns.includes('plan') ? update.columns.plan : null,
      r: columns.includes('arr') ? update.columns.arr : null,
      d: columns.includes('domain') ? update.columns.domain : null,
      t: update.traits,
    }));
    await db.execute(sql`
      update accounts a set name = coalesce(x.n, a.name), plan = coalesce(x.p, a.plan), arr = coalesce(x.r, a.arr),
             domain = coalesce(x.d, a.domain), traits = a.traits || coalesce(x.t, '{}'), updated_at = now()
      from json_to_recordset(${jsonRows(rows)}) as x(id uuid, n text, p text, r numeric, d text, t jsonb)
      where a.id = x.id`);
    for (const { update, row, columns } of changes) {
      if (!columns.length) continue;
      const from = Object.fromEntries(columns.map((k) => [k, k === 'arr' && row.arr !== null ? Number(row.arr) : row[k]]));
      const to = Object.fromEntries(columns.map((k) => [k, update.columns[k]]));
      timeline.push({ accountId: row.id, type: 'account.updated', actorId: null, summary: `Changed ${columns.join(', ')} from a Segment group call`, data: { from, to, source: 'segment' } });
    }
  }
  await addTimelineEvents(db, timeline);
  return { accounts, created };
}
