import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/client.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface ContactRef {
  accountId: string;
  ref: string;
}

export interface FoundContact {
  id: string;
  name: string;
}

const key = (accountId: string, ref: string) => `${accountId}|${ref.toLowerCase()}`;

/**
 * Finds contacts of an account by our id, email (any case) or externalId, in one query for many
 * references. Look an answer up with contactKey; a reference that matches nobody is absent.
 */
export async function resolveContactRefs(db: Db, refs: readonly ContactRef[]): Promise<Map<string, FoundContact>> {
  const found = new Map<string, FoundContact>();
  if (!refs.length) return found;
  const accountIds = [...new Set(refs.map((r) => r.accountId))];
  const values = [...new Set(refs.map((r) => r.ref))];
  const ids = values.filter((v) => UUID.test(v));
  const lowered = values.map((v) => v.toLowerCase());
  const rows = await queryRows<{ id: string; account_id: string; name: string; email: string | null; external_id: string | null }>(db, sql`
    select id, account_id, name, email, external_id from contacts
    where account_id = any(${sql.param(accountIds)}::uuid[])
      and (id = any(${sql.param(ids)}::uuid[]) or lower(email) = any(${sql.param(lowered)}::text[]) or external_id = any(${sql.param(values)}::text[]))`);
  // An id is the most specific reference, then the external id, then the email.
  for (const row of rows) if (row.email) found.set(key(row.account_id, row.email), { id: row.id, name: row.name });
  for (const row of rows) if (row.external_id) found.set(key(row.account_id, row.external_id), { id: row.id, name: row.name });
  for (const row of rows) found.set(key(row.account_id, row.id), { id: row.id, name: row.name });
  return found;
}

export function contactKey(accountId: string, ref: string): string {
  return key(accountId, ref);
}
