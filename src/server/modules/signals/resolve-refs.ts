import type { Db } from '../../db/client.ts';
import { errors } from '../../http/errors.ts';
import { resolveAccountRefs } from './account-refs.ts';
import { contactKey, resolveContactRefs } from './contact-refs.ts';

export interface Resolved {
  accountId: string;
  contactId: string | null;
  contactName?: string;
}

export interface RowProblem {
  index: number;
  field: 'account' | 'contact';
  message: string;
}

/**
 * Resolves the account (and the optional contact) of each row in two queries. Rows that name
 * an unknown or ambiguous account, or a contact the account does not have, become problems.
 */
export async function resolveRows(db: Db, rows: readonly { account: string; contact?: string | null }[]): Promise<{ resolved: (Resolved | undefined)[]; problems: RowProblem[] }> {
  const accounts = await resolveAccountRefs(db, rows.map((r) => r.account));
  const problems: RowProblem[] = [];
  const accountIds = rows.map((r, index) => {
    const found = accounts.get(r.account)!;
    if ('error' in found) problems.push({ index, field: 'account', message: found.error });
    return 'accountId' in found ? found.accountId : undefined;
  });
  const contacts = await resolveContactRefs(db, rows.flatMap((r, i) => (r.contact && accountIds[i] ? [{ accountId: accountIds[i]!, ref: r.contact }] : [])));
  const resolved = rows.map((r, index) => {
    const accountId = accountIds[index];
    if (!accountId) return undefined;
    if (!r.contact) return { accountId, contactId: null };
    const contact = contacts.get(contactKey(accountId, r.contact));
    if (!contact) {
      problems.push({ index, field: 'contact', message: `the account has no contact with id, email or externalId "${r.contact}"` });
      return undefined;
    }
    return { accountId, contactId: contact.id, contactName: contact.name };
  });
  return { resolved, problems };
}

/**
 * For the REST API: throws the validation error naming each field at fault (`3.account` in an
 * array body, `account` in a single one), or returns every row resolved.
 */
export async function resolveOrThrow(db: Db, rows: readonly { account: string; contact?: string | null }[], inArray: boolean): Promise<Resolved[]> {
  const { resolved, problems } = await resolveRows(db, rows);
  if (problems.length) throw errors.validation(problems.map((p) => ({ path: inArray ? `${p.index}.${p.field}` : p.field, message: p.message })));
  return resolved as Resolved[];
}
