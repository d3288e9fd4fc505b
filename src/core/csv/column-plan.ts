import { ImportFileError } from './errors.ts';
import { detectSource, headersFor, knownHeaders } from './header-tables.ts';
import type { Source } from './header-tables.ts';
import type { ImportMapping } from './mapping-file.ts';
import { headerKey, snakeCase } from './names.ts';
import { ACCOUNT_REFERENCES } from './targets.ts';
import type { AccountReference, ImportEntity, ImportField, Target } from './targets.ts';

export type ColumnOrigin = 'mapping' | Source | 'unrecognised';

export interface PlannedColumn {
  index: number;
  header: string;
  target: Target;
  via: ColumnOrigin;
  note?: string;
  /** Ids from a Salesforce report are 15 characters; they are widened to the 18-character form. */
  salesforceIds?: boolean;
}

export interface ColumnPlan {
  entity: ImportEntity;
  source: Source;
  columns: PlannedColumn[];
  byField: Map<ImportField, PlannedColumn>;
  /** Accounts: the key rows are upserted on. */
  accountKey?: 'crmId' | 'productId';
  /** Contacts: how a row names its account. */
  accountReference?: AccountReference;
}

interface Claim extends PlannedColumn {
  rank: number;
}

const SALESFORCE_ID_FIELDS: readonly string[] = ['crmId', 'externalId', 'account.crmId'];

function findMappingHeader(mapping: ImportMapping, header: string): Target | undefined {
  return mapping.columns.get(header) ?? mapping.columns.get(header.trim()) ??
    [...mapping.columns].find(([h]) => h.trim().toLowerCase() === header.trim().toLowerCase())?.[1];
}

function checkMappingFits(mapping: ImportMapping, headers: readonly string[]): void {
  const present = new Set(headers.map((h) => h.trim().toLowerCase()));
  for (const header of mapping.columns.keys()) {
    if (!present.has(header.trim().toLowerCase())) {
      throw new ImportFileError('mapping_mismatch', `The mapping names column "${header}", which the file does not have. The file's columns are: ${headers.join(', ')}`, 1);
    }
  }
}

function claimFor(entity: ImportEntity, source: Source, header: string, index: number, mapping?: ImportMapping): Claim {
  if (!header.trim()) return { index, header, target: { kind: 'ignore' }, via: 'unrecognised', rank: Infinity, note: 'the column has no header' };
  const mapped = mapping && findMappingHeader(mapping, header);
  if (mapped) return { index, header, target: mapped, via: 'mapping', rank: -1 };
  const key = headerKey(header);
  // The detected export's own table first, then our names, then the other exports' headers.
  const order = [...new Set<Source>([source, 'playmaker', 'salesforce', 'hubspot'])];
  for (const [position, from] of order.entries()) {
    const offset = position * 1000;
    const known = knownHeaders(entity, from).get(key);
    if (known) {
      const salesforceIds = source === 'salesforce' && from === 'salesforce' && known.target.kind === 'field' && SALESFORCE_ID_FIELDS.includes(known.target.field);
      return { index, header, target: known.target, via: from, rank: offset + known.rank, ...(salesforceIds ? { salesforceIds } : {}) };
    }
  }
  return unrecognised(entity, header, index);
}

function unrecognised(entity: ImportEntity, header: string, index: number, note?: string): Claim {
  if (entity === 'contacts') return { index, header, target: { kind: 'ignore' }, via: 'unrecognised', rank: Infinity, note: note ?? 'contacts have no traits' };
  return { index, header, target: { kind: 'trait', key: snakeCase(header) || `column_${index + 1}`, type: 'text' }, via: 'unrecognised', rank: Infinity, ...(note ? { note } : {}) };
}

/** One column per field: the best-ranked claim keeps it, the others become traits (or are ignored). */
function settleConflicts(entity: ImportEntity, claims: Claim[]): Claim[] {
  const winners = new Map<string, Claim>();
  for (const claim of claims) {
    if (claim.target.kind !== 'field') continue;
    const group = claim.target.field.startsWith('account.') ? 'account' : claim.target.field;
    const best = winners.get(group);
    const better = !best || rankOf(claim) < rankOf(best);
    if (better) winners.set(group, claim);
  }
  return claims.map((claim) => {
    if (claim.target.kind !== 'field') return claim;
    const group = claim.target.field.startsWith('account.') ? 'account' : claim.target.field;
    const winner = winners.get(group)!;
    if (winner === claim) return claim;
    const note = group === 'account' ? `the account is matched by "${winner.header}"` : `"${winner.header}" is used for ${claim.target.field}`;
    return unrecognised(entity, claim.header, claim.index, note);
  });
}

function rankOf(claim: Claim): number {
  // Among account references an id beats a name, whatever the table order.
  const reference = claim.target.kind === 'field' ? ACCOUNT_REFERENCES.indexOf(claim.target.field as AccountReference) : -1;
  return reference >= 0 && claim.via !== 'mapping' ? reference * 10_000 + claim.rank : claim.rank;
}

function uniqueTraitKeys(claims: Claim[]): void {
  const seen = new Map<string, number>();
  for (const claim of claims) {
    if (claim.target.kind !== 'trait') continue;
    const n = (seen.get(claim.target.key) ?? 0) + 1;
    seen.set(claim.target.key, n);
    if (n > 1) claim.target = { ...claim.target, key: `${claim.target.key}_${n}` };
  }
}

function missing(entity: ImportEntity, what: string, fields: string[], headers: readonly string[]): ImportFileError {
  const expected = [...new Set(fields.flatMap((f) => headersFor(entity, f)))].join(', ');
  return new ImportFileError(
    'missing_column',
    `The file has no column for ${what}. Expected one of: ${expected}; or map a column to ${fields.join(' or ')} in a mapping file. The file's columns are: ${headers.join(', ') || '(none)'}`,
    1,
  );
}

/** Decides, from the header row alone, where every column goes, and refuses a file that lacks a required column. */
export function planColumns(entity: ImportEntity, headers: readonly string[], mapping?: ImportMapping): ColumnPlan {
  if (mapping) checkMappingFits(mapping, headers);
  const source = detectSource(entity, headers);
  const claims = settleConflicts(entity, headers.map((header, index) => claimFor(entity, source, header, index, mapping)));
  uniqueTraitKeys(claims);
  const columns: PlannedColumn[] = claims.map(({ rank: _rank, ...column }) => column);
  const byField = new Map<ImportField, PlannedColumn>();
  for (const column of columns) if (column.target.kind === 'field') byField.set(column.target.field, column);

  const plan: ColumnPlan = { entity, source, columns, byField };
  if (entity === 'accounts') {
    if (!byField.has('name')) throw missing(entity, 'the account name', ['name'], headers);
    plan.accountKey = byField.has('crmId') ? 'crmId' : byField.has('productId') ? 'productId' : undefined;
    if (!plan.accountKey) throw missing(entity, "the account's id in your CRM or product, which rows are matched on", ['crmId', 'productId'], headers);
  } else {
    plan.accountReference = ACCOUNT_REFERENCES.find((r) => byField.has(r));
    if (!plan.accountReference) throw missing(entity, 'the account each contact belongs to', [...ACCOUNT_REFERENCES], headers);
    if (!byField.has('externalId') && !byField.has('email')) throw missing(entity, "the contact's id or email, which rows are matched on", ['externalId', 'email'], headers);
    if (!['name', 'firstName', 'lastName', 'email'].some((f) => byField.has(f as ImportField))) {
      throw missing(entity, "the contact's name", ['name', 'firstName', 'lastName'], headers);
    }
  }
  return plan;
}
