import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/client.ts';
import { STORED_GROUPS_SELECT } from './account-days.ts';
import type { StoredGroup } from './account-days.ts';
import { jsonRows } from './json-param.ts';

/** One events row, with short keys: the batch travels as one JSON parameter. */
export interface EventRow {
  m: string;
  t: string;
  e: string | null;
  u: string | null;
  a: string | null;
  g: string | null;
  /** properties and context as JSON text (storableJson): PostgreSQL parses a string field of the batch far faster than a nested object. */
  p: string;
  c: string;
  /** occurred_at, ISO 8601 */
  o: string;
}

/**
 * Inserts a batch in one statement, attributing each event on the way in: a message naming a
 * group goes to the account whose productId (else crmId) is that group, or stays unattributed
 * until the group becomes known; a message without a group goes to the account of the contact
 * whose externalId is its userId. Each distinct group is looked up once per batch.
 * A messageId already stored is skipped, so a retried batch stores nothing twice.
 */
export async function insertEvents(db: Db, rows: EventRow[], source: 'segment' | 'api'): Promise<StoredGroup[]> {
  if (!rows.length) return [];
  return queryRows<StoredGroup>(db, sql`
    with input as (
      select * from json_to_recordset(${jsonRows(rows)}) as x(m text, t text, e text, u text, a text, g text, p text, c text, o timestamptz)
    ),
    groups as (
      select g, coalesce((select id from accounts where product_id = g), (select id from accounts where crm_id = g)) as account_id
      from (select distinct g from input where g is not null) as d
    ),
    stored as (
      insert into events (message_id, type, event, account_id, user_id, anonymous_id, group_id, properties, context, occurred_at, source)
      select i.m, i.t, i.e, case when i.g is null then users.account_id else groups.account_id end,
             i.u, i.a, i.g, i.p::jsonb, i.c::jsonb, i.o, ${source}
      from input i
      left join groups on groups.g = i.g
      -- externalId is unique: a plain join cannot multiply rows, and every plan of it is linear.
      left join contacts users on users.external_id = i.u
      on conflict (message_id) do nothing
      returning account_id, type, occurred_at
    )
    select ${sql.raw(STORED_GROUPS_SELECT)} from stored group by 1, 2, 3`);
}
