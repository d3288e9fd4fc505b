import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/client.ts';
import { STORED_GROUPS_SELECT } from './account-days.ts';
import type { StoredGroup } from './account-days.ts';
import type { NewLink } from './contact-upserts.ts';

/**
 * How far back a new link reaches on its own. The events table has no index on user or group
 * among unattributed events, so the search walks the unattributed index by receive time; the
 * bound keeps that proportional to recent traffic. POST /api/ingest/unattributed/attribute
 * reaches everything.
 */
export const RECENT_ATTRIBUTION_DAYS = 30;

/** A key → account map as jsonb, looked up per row (`map ->> key`): linear whatever plan PostgreSQL picks. */
function accountMap(pairs: [string, string][]) {
  return sql`${JSON.stringify(Object.fromEntries(pairs))}::jsonb`;
}

/**
 * Gives earlier, unattributed events to the accounts that became known in this request: events
 * naming a group that now has an account, and group-less events of a user (or of the anonymous
 * ids they identified with) who now has a contact.
 */
export async function attributeRecentEvents(db: Db, createdGroups: Map<string, string>, links: NewLink[]): Promise<StoredGroup[]> {
  const groups: [string, string][] = [...createdGroups];
  const users: [string, string][] = links.map((l) => [l.userId, l.accountId]);
  const anonymous: [string, string][] = links.flatMap((l) => l.anonymousIds.map((a): [string, string] => [a, l.accountId]));
  if (!groups.length && !users.length && !anonymous.length) return [];
  const recent = sql`account_id is null and received_at > now() - make_interval(days => ${RECENT_ATTRIBUTION_DAYS})`;
  const keys = (pairs: [string, string][]) => sql.param(pairs.map(([k]) => k));
  return queryRows<StoredGroup>(db, sql`
    with by_group as (
      update events set account_id = (${accountMap(groups)} ->> group_id)::uuid
      where ${recent} and group_id = any(${keys(groups)}::text[])
      returning account_id, type, occurred_at
    ),
    by_user as (
      update events set account_id = (${accountMap(users)} ->> user_id)::uuid
      where ${recent} and group_id is null and user_id = any(${keys(users)}::text[])
      returning account_id, type, occurred_at
    ),
    by_anonymous as (
      update events set account_id = (${accountMap(anonymous)} ->> anonymous_id)::uuid
      where ${recent} and group_id is null and user_id is null and anonymous_id = any(${keys(anonymous)}::text[])
      returning account_id, type, occurred_at
    ),
    linked as (select * from by_group union all select * from by_user union all select * from by_anonymous)
    select ${sql.raw(STORED_GROUPS_SELECT)} from linked group by 1, 2, 3`);
}

/**
 * Re-attributes every unattributed event against today's accounts and contacts: after a CSV
 * import set the productId that a stream of events has been naming, for instance.
 */
export async function attributeAllEvents(db: Db): Promise<StoredGroup[]> {
  return queryRows<StoredGroup>(db, sql`
    with targets as (
      select e.id, case when e.group_id is not null
                        then coalesce((select id from accounts where product_id = e.group_id), (select id from accounts where crm_id = e.group_id))
                        else (select account_id from contacts where external_id = e.user_id) end as account_id
      from events e where e.account_id is null
    ),
    linked as (
      update events e set account_id = t.account_id from targets t
      where e.id = t.id and t.account_id is not null
      returning e.account_id, e.type, e.occurred_at
    )
    select ${sql.raw(STORED_GROUPS_SELECT)} from linked group by 1, 2, 3`);
}
