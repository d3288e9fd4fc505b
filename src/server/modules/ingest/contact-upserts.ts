import { sql } from 'drizzle-orm';
import type { ContactColumns } from '../../../core/ingest/trait-mapping.ts';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/client.ts';
import { addTimelineEvents } from '../accounts/timeline.ts';
import { jsonRows } from './json-param.ts';

/** What a request says about one user: their traits (identify) and the account they belong to. */
export interface UserSighting {
  userId: string;
  /** From the identify's group, or a group call naming this user; null when unknown. */
  accountId: string | null;
  columns: ContactColumns;
  anonymousIds: string[];
}

/** A user whose account became known in this request: their earlier events can now be attributed. */
export interface NewLink {
  userId: string;
  accountId: string;
  anonymousIds: string[];
}

export interface ContactRow {
  id: string;
  external_id: string;
  account_id: string;
  name: string;
  email: string | null;
  title: string | null;
}

function changes(row: ContactRow, columns: ContactColumns): boolean {
  return (Object.keys(columns) as (keyof ContactColumns)[]).some((k) => columns[k] !== undefined && columns[k] !== row[k]);
}

async function updateExisting(db: Db, existing: Map<string, ContactRow>, sightings: UserSighting[]): Promise<void> {
  const rows = sightings
    .filter((s) => existing.has(s.userId) && changes(existing.get(s.userId)!, s.columns))
    .map((s) => ({ id: existing.get(s.userId)!.id, n: s.columns.name ?? null, e: s.columns.email ?? null, t: s.columns.title ?? null }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  if (!rows.length) return;
  // An email another contact of the account already has is left as it was rather than failing the batch.
  await db.execute(sql`
    update contacts c set name = coalesce(x.n, c.name), title = coalesce(x.t, c.title), updated_at = now(),
           email = case when x.e is null or exists (select 1 from contacts o where o.account_id = c.account_id and lower(o.email) = lower(x.e) and o.id <> c.id)
                        then c.email else x.e end
    from json_to_recordset(${jsonRows(rows)}) as x(id uuid, n text, e text, t text)
    where c.id = x.id`);
}

export async function contactsForUsers(db: Db, userIds: string[]): Promise<Map<string, ContactRow>> {
  if (!userIds.length) return new Map();
  const rows = await queryRows<ContactRow>(db, sql`
    select id, external_id, account_id, name, email, title from contacts where external_id = any(${sql.param(userIds)}::text[])`);
  return new Map(rows.map((r) => [r.external_id, r]));
}

/**
 * Creates or updates the contacts behind identify and group calls, keyed by externalId = userId.
 * A user with no contact and no known account gets no contact: their events stay unattributed.
 * A contact imported from the CRM with the same email on the same account, and no externalId
 * yet, is claimed instead of duplicated.
 * `existing` is what contactsForUsers found for these users.
 */
export async function applyUserSightings(db: Db, sightings: UserSighting[], existing: Map<string, ContactRow>): Promise<NewLink[]> {
  if (!sightings.length) return [];
  await updateExisting(db, existing, sightings);

  const emailsTaken = new Set<string>();
  const fresh = sightings
    .filter((s) => !existing.has(s.userId) && s.accountId)
    .map((s) => {
      const emailKey = s.columns.email ? `${s.accountId}|${s.columns.email.toLowerCase()}` : undefined;
      const email = emailKey && !emailsTaken.has(emailKey) ? s.columns.email! : null;
      if (emailKey) emailsTaken.add(emailKey);
      return { u: s.userId, acc: s.accountId!, n: s.columns.name ?? s.columns.email ?? s.userId, e: email, t: s.columns.title ?? null };
    });
  if (!fresh.length) return [];

  const withEmail = fresh.filter((f) => f.e);
  const claimed = !withEmail.length ? [] : await queryRows<{ external_id: string }>(db, sql`
    update contacts c set external_id = x.u, name = x.n, title = coalesce(x.t, c.title), updated_at = now()
    from json_to_recordset(${jsonRows(withEmail)}) as x(u text, acc uuid, n text, e text, t text)
    where c.account_id = x.acc and lower(c.email) = lower(x.e) and c.external_id is null
    returning c.external_id`);
  const claimedIds = new Set(claimed.map((r) => r.external_id));

  const toInsert = fresh.filter((f) => !claimedIds.has(f.u));
  const inserted = toInsert.length
    ? await queryRows<{ id: string; account_id: string; external_id: string; name: string; roles: string[] }>(db, sql`
        insert into contacts (account_id, external_id, name, email, title, roles)
        select x.acc, x.u, x.n,
               case when exists (select 1 from contacts o where o.account_id = x.acc and lower(o.email) = lower(x.e)) then null else x.e end,
               x.t, '{user}'
        from json_to_recordset(${jsonRows(toInsert)}) as x(u text, acc uuid, n text, e text, t text)
        order by x.u
        on conflict do nothing
        returning id, account_id, external_id, name, roles`)
    : [];
  await addTimelineEvents(
    db,
    inserted.map((c) => ({
      accountId: c.account_id,
      type: 'contact.added',
      actorId: null,
      summary: `${c.name} added as a contact from Segment`,
      data: { contactId: c.id, name: c.name, roles: c.roles, externalId: c.external_id, source: 'segment' },
    })),
  );

  const linked = new Set([...claimedIds, ...inserted.map((c) => c.external_id)]);
  return sightings.filter((s) => linked.has(s.userId)).map((s) => ({ userId: s.userId, accountId: s.accountId!, anonymousIds: s.anonymousIds }));
}
