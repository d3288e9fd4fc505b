export const IMPORT_ENTITIES = ['accounts', 'contacts'] as const;
export type ImportEntity = (typeof IMPORT_ENTITIES)[number];

export const ACCOUNT_FIELDS = [
  'name', 'crmId', 'productId', 'domain', 'arr', 'plan', 'tier', 'touchModel', 'lifecycleStage', 'contractStart', 'renewalDate', 'owner',
] as const;
export type AccountField = (typeof ACCOUNT_FIELDS)[number];

/** `account.*` says which of the account's keys the column holds; contacts attach through it. */
export const CONTACT_FIELDS = [
  'externalId', 'name', 'firstName', 'lastName', 'email', 'title', 'roles', 'status', 'account.crmId', 'account.productId', 'account.name',
] as const;
export type ContactField = (typeof CONTACT_FIELDS)[number];
export type ImportField = AccountField | ContactField;

export const ACCOUNT_REFERENCES = ['account.crmId', 'account.productId', 'account.name'] as const satisfies readonly ContactField[];
export type AccountReference = (typeof ACCOUNT_REFERENCES)[number];

export const TRAIT_TYPES = ['text', 'amount', 'number', 'date'] as const;
export type TraitType = (typeof TRAIT_TYPES)[number];

export type Target =
  | { kind: 'field'; field: ImportField }
  | { kind: 'trait'; key: string; type: TraitType }
  | { kind: 'ignore' };

export function fieldsOf(entity: ImportEntity): readonly ImportField[] {
  return entity === 'accounts' ? ACCOUNT_FIELDS : CONTACT_FIELDS;
}

/**
 * Reads a target as written in header tables and mapping files: a field name, `traits.<key>`
 * with an optional `:amount|number|date` type (accounts only), or `ignore`.
 */
export function parseTarget(entity: ImportEntity, text: string): Target | { error: string } {
  const value = text.trim();
  if (value === 'ignore') return { kind: 'ignore' };
  const trait = /^traits\.([\p{L}\p{N}_]+)(?::(\w+))?$/u.exec(value);
  if (trait) {
    if (entity !== 'accounts') return { error: `contacts have no traits; map "${value}" to a contact field or to ignore` };
    const type = (trait[2] ?? 'text') as TraitType;
    if (!TRAIT_TYPES.includes(type)) return { error: `"${value}" has an unknown type; use one of ${TRAIT_TYPES.join(', ')}` };
    return { kind: 'trait', key: trait[1]!, type };
  }
  if ((fieldsOf(entity) as readonly string[]).includes(value)) return { kind: 'field', field: value as ImportField };
  return { error: `"${value}" is not a ${entity === 'accounts' ? 'account' : 'contact'} field; use one of ${fieldsOf(entity).join(', ')}${entity === 'accounts' ? ', traits.<name>' : ''} or ignore` };
}

export function describeTarget(target: Target): string {
  if (target.kind === 'field') return target.field;
  if (target.kind === 'trait') return `traits.${target.key}${target.type === 'text' ? '' : ` (${target.type})`}`;
  return 'ignored';
}
