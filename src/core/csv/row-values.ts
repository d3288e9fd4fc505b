import { parseAmount } from './amounts.ts';
import type { ColumnPlan, PlannedColumn } from './column-plan.ts';
import { parseDate } from './dates.ts';
import type { DateOrder, Parsed } from './dates.ts';
import { salesforceId18 } from './names.ts';
import { normalizeDomain, normalizeLifecycleStage, normalizeTouchModel, parseRoles } from './normalize.ts';
import type { ImportField, TraitType } from './targets.ts';

export interface RowValues {
  /** Parsed values by field; an empty cell is null. */
  fields: Partial<Record<ImportField, unknown>>;
  traits: Record<string, unknown>;
  /** One per bad cell, each naming its column. */
  problems: string[];
}

type FieldParser = (text: string, column: PlannedColumn, order: DateOrder) => Parsed<unknown>;

const text: FieldParser = (value) => ({ ok: true, value });
const id: FieldParser = (value, column) => ({ ok: true, value: column.salesforceIds ? salesforceId18(value) : value });
const date: FieldParser = (value, _column, order) => parseDate(value, order);

const FIELD_PARSERS: Record<ImportField, FieldParser> = {
  name: text,
  crmId: id,
  productId: text,
  domain: (value) => ({ ok: true, value: normalizeDomain(value) }),
  arr: (value) => parseAmount(value),
  plan: text,
  tier: text,
  touchModel: (value) => ({ ok: true, value: normalizeTouchModel(value) }),
  lifecycleStage: (value) => ({ ok: true, value: normalizeLifecycleStage(value) }),
  contractStart: date,
  renewalDate: date,
  owner: text,
  externalId: id,
  firstName: text,
  lastName: text,
  email: text,
  title: text,
  roles: (value) => ({ ok: true, value: parseRoles(value) }),
  status: (value) => ({ ok: true, value: value.toLowerCase() }),
  // HubSpot lists every associated company, `;`-separated; the first (the primary one) is used.
  'account.crmId': (value, column, order) => id(value.split(';')[0]!.trim(), column, order),
  'account.productId': text,
  'account.name': text,
};

const TRAIT_PARSERS: Record<TraitType, (text: string, order: DateOrder) => Parsed<unknown>> = {
  text: (value) => ({ ok: true, value }),
  amount: (value) => parseAmount(value),
  number: (value) => {
    const parsed = parseAmount(value);
    return parsed.ok ? parsed : { ok: false, message: `"${value}" is not a number` };
  },
  date: (value, order) => parseDate(value, order),
};

/** Turns one record's cells into field values and traits, with a problem per cell that cannot be read. */
export function mapRow(plan: ColumnPlan, cells: readonly string[], order: DateOrder): RowValues {
  const row: RowValues = { fields: {}, traits: {}, problems: [] };
  for (const column of plan.columns) {
    const { target } = column;
    if (target.kind === 'ignore') continue;
    const cell = (cells[column.index] ?? '').trim();
    if (target.kind === 'trait') {
      if (!cell) {
        row.traits[target.key] = null;
        continue;
      }
      const parsed = TRAIT_PARSERS[target.type](cell, order);
      if (parsed.ok) row.traits[target.key] = parsed.value;
      else row.problems.push(`${column.header}: ${parsed.message}`);
      continue;
    }
    if (!cell) {
      row.fields[target.field] = target.field === 'roles' ? [] : null;
      continue;
    }
    const parsed = FIELD_PARSERS[target.field](cell, column, order);
    if (parsed.ok) row.fields[target.field] = parsed.value;
    else row.problems.push(`${column.header}: ${parsed.message}`);
  }
  if (plan.entity === 'contacts') nameTheContact(plan, row);
  return row;
}

/** A contact's name is its name column, else first and last name, else its email. */
function nameTheContact(plan: ColumnPlan, row: RowValues): void {
  const { fields } = row;
  const joined = [fields.firstName, fields.lastName].filter(Boolean).join(' ');
  fields.name = fields.name || joined || fields.email || null;
  if (!fields.name) {
    const columns = ['name', 'firstName', 'lastName', 'email'].map((f) => plan.byField.get(f as ImportField)?.header).filter(Boolean);
    row.problems.push(`${columns.join(', ')}: the contact has no name (and no email to use instead)`);
  }
  delete fields.firstName;
  delete fields.lastName;
}
