import type { ColumnPlan } from '../../../core/csv/column-plan.ts';
import type { DateOrder } from '../../../core/csv/dates.ts';
import { mapRow } from '../../../core/csv/row-values.ts';
import type { PendingRow } from './batch-types.ts';
import type { PendingContact } from './contact-writer.ts';
import type { CsvRecord } from './csv-records.ts';
import type { OwnerDirectory } from './owners.ts';
import { checkAccount, checkContact } from './row-validation.ts';
import type { AccountValues } from './row-validation.ts';

export type CheckedRecord = { ok: true; row: PendingRow<AccountValues> | PendingContact } | { ok: false; reason: string };

/** Cells beyond the header's columns are tolerated only when empty (spreadsheets pad rows with them). */
function checkShape(cells: string[], columns: number): string[] {
  if (cells.length < columns) return [`has ${cells.length} fields, the header has ${columns} (a missing delimiter, or a quote that swallowed one?)`];
  if (cells.length > columns && cells.slice(columns).some((c) => c.trim() !== '')) {
    return [`has ${cells.length} fields, the header has ${columns} (an unquoted delimiter inside a value?)`];
  }
  return [];
}

/** Problems read left to right, as the columns do; those about the row as a whole come first. */
function inColumnOrder(problems: string[], header: string[]): string[] {
  const position = (problem: string) => {
    let best = -1;
    header.forEach((h, i) => {
      if (h && problem.startsWith(`${h}: `) && (best < 0 || h.length > header[best]!.length)) best = i;
    });
    return best;
  };
  return problems.map((p) => [position(p), p] as const).sort((a, b) => a[0] - b[0]).map(([, p]) => p);
}

/**
 * Everything that can be checked about a record without the database: its shape, every cell's
 * format, the owner, the key, and the API's own validation. The reason names each bad column.
 */
export function recordChecker(plan: ColumnPlan, header: string[], order: DateOrder, owners?: OwnerDirectory) {
  const headerOf = (field: string) => plan.byField.get(field as never)?.header ?? field;

  const account = (line: number, row: ReturnType<typeof mapRow>, problems: string[]): PendingRow<AccountValues> | undefined => {
    let ownerId: string | undefined;
    const owner = row.fields.owner as string | null | undefined;
    if (owner && owners) {
      const found = owners.find(owner);
      if (found.ok) ownerId = found.id;
      else problems.push(`${headerOf('owner')}: ${found.message}`);
    }
    const key = plan.accountKey!;
    if (!row.problems.length && !row.fields[key]) problems.push(`${headerOf(key)}: is empty; rows are matched on it`);
    const checked = checkAccount(plan, row, ownerId);
    if (!checked.ok) problems.push(...checked.problems);
    return checked.ok ? { line, values: checked.values } : undefined;
  };

  const contact = (line: number, row: ReturnType<typeof mapRow>, problems: string[]): PendingContact | undefined => {
    const reference = plan.accountReference!;
    const accountKey = row.fields[reference] as string | null;
    if (!accountKey) problems.push(`${headerOf(reference)}: is empty; it says which account the contact belongs to`);
    if (!row.fields.externalId && !row.fields.email) {
      const columns = ['externalId', 'email'].filter((f) => plan.byField.has(f as never)).map(headerOf).join(' and ');
      problems.push(`${columns}: both empty; a contact is matched on its id or its email`);
    }
    const checked = checkContact(plan, row);
    if (!checked.ok) problems.push(...checked.problems);
    return checked.ok && accountKey ? { line, values: checked.values, account: accountKey } : undefined;
  };

  return (record: CsvRecord): CheckedRecord => {
    const problems = checkShape(record.cells, header.length);
    const row = mapRow(plan, record.cells, order);
    problems.push(...row.problems);
    const pending = plan.entity === 'accounts' ? account(record.line, row, problems) : contact(record.line, row, problems);
    if (problems.length || !pending) return { ok: false, reason: inColumnOrder([...new Set(problems)], header).join('; ') };
    return { ok: true, row: pending };
  };
}
