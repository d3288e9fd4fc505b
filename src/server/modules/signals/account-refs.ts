import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/client.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type AccountRefResult = { accountId: string } | { error: string };

/**
 * Resolves account references as senders know accounts: our id, the CRM id or the product id.
 * One query for all of them; a reference two different accounts answer to is refused rather
 * than guessed.
 */
export async function resolveAccountRefs(db: Db, refs: readonly string[]): Promise<Map<string, AccountRefResult>> {
  const distinct = [...new Set(refs)];
  const result = new Map<string, AccountRefResult>();
  if (!distinct.length) return result;
  const ids = distinct.filter((r) => UUID.test(r));
  const rows = await queryRows<{ id: string; crm_id: string | null; product_id: string | null }>(db, sql`
    select id, crm_id, product_id from accounts
    where id = any(${sql.param(ids)}::uuid[]) or crm_id = any(${sql.param(distinct)}::text[]) or product_id = any(${sql.param(distinct)}::text[])`);
  const matches = new Map<string, Set<string>>();
  const add = (ref: string | null, id: string) => {
    if (ref === null) return;
    const key = UUID.test(ref) ? ref.toLowerCase() : ref;
    let set = matches.get(key);
    if (!set) matches.set(key, (set = new Set()));
    set.add(id);
  };
  for (const row of rows) {
    add(row.id, row.id);
    add(row.crm_id, row.id);
    add(row.product_id, row.id);
  }
  for (const ref of distinct) {
    const found = matches.get(UUID.test(ref) ? ref.toLowerCase() : ref);
    if (!found) result.set(ref, { error: `no account has id, crmId or productId "${ref}"` });
    else if (found.size > 1) result.set(ref, { error: `"${ref}" names ${found.size} accounts (as id, crmId or productId); use the account id` });
    else result.set(ref, { accountId: [...found][0]! });
  }
  return result;
}
