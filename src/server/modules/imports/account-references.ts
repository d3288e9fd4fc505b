import type { AccountReference } from '../../../core/csv/targets.ts';
import type { SqlRunner } from './sql-session.ts';

export type AccountLookup = { ok: true; id: string } | { ok: false; message: string };

const DESCRIPTION: Record<AccountReference, string> = {
  'account.crmId': 'CRM id',
  'account.productId': 'product id',
  'account.name': 'name',
};

/** Finds the accounts a batch of contacts names, by the account key the file carries. */
export async function findAccounts(tx: SqlRunner, reference: AccountReference, values: string[]): Promise<(value: string) => AccountLookup> {
  const unique = [...new Set(values)];
  const found = new Map<string, string[]>();
  if (unique.length) {
    const rows =
      reference === 'account.name'
        ? await tx.query<{ ref: string; ids: string[] }>(
            `select lower(name) as ref, array_agg(id::text order by id) as ids from accounts
             where lower(name) in (select lower(v) from json_array_elements_text($1::text::json) v) group by lower(name)`,
            [JSON.stringify(unique)],
          )
        : await tx.query<{ ref: string; ids: string[] }>(
            `select ${reference === 'account.crmId' ? 'crm_id' : 'product_id'} as ref, array[id::text] as ids from accounts
             where ${reference === 'account.crmId' ? 'crm_id' : 'product_id'} in (select json_array_elements_text($1::text::json))`,
            [JSON.stringify(unique)],
          );
    for (const row of rows) found.set(row.ref, row.ids);
  }
  return (value) => {
    const ids = found.get(reference === 'account.name' ? value.toLowerCase() : value) ?? [];
    if (ids.length === 1) return { ok: true, id: ids[0]! };
    if (ids.length > 1) return { ok: false, message: `${ids.length} accounts are named "${value}"; give the account's id instead` };
    return { ok: false, message: `no account has the ${DESCRIPTION[reference]} "${value}" (import the accounts first)` };
  };
}
