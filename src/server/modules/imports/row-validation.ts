import type { z } from '@hono/zod-openapi';
import type { ColumnPlan } from '../../../core/csv/column-plan.ts';
import type { RowValues } from '../../../core/csv/row-values.ts';
import type { ImportField } from '../../../core/csv/targets.ts';
import { AccountInputSchema, ContactInputSchema } from '../accounts/api-schemas.ts';

/** The API's own rules: an imported row passes exactly what POST /api/accounts would. */
const ContactRowSchema = ContactInputSchema.omit({ accountId: true });

export type AccountValues = z.infer<typeof AccountInputSchema>;
export type ContactValues = z.infer<typeof ContactRowSchema>;

const API_TO_IMPORT_FIELD: Record<string, ImportField> = { ownerId: 'owner' };

function describeIssue(issue: z.core.$ZodIssue, value: unknown): string {
  const shown = typeof value === 'string' ? `"${value}"` : JSON.stringify(value);
  switch (issue.code) {
    case 'invalid_type':
      return value === null || value === undefined ? 'is empty' : `${shown} is not a ${issue.expected}`;
    case 'too_small':
      if (issue.origin === 'string') return 'is empty';
      if (issue.origin === 'array') return 'is empty';
      return Number(issue.minimum) === 0 ? `${shown} must not be negative` : `${shown} must be at least ${issue.minimum}`;
    case 'too_big':
      return issue.origin === 'string' ? `is longer than ${issue.maximum} characters` : `${shown} must be at most ${Number(issue.maximum).toLocaleString('en-US')}`;
    case 'invalid_value':
      return `${shown} is not one of ${issue.values.map(String).join(', ')}`;
    case 'invalid_format':
      return `${shown} is not a valid ${issue.format === 'date' ? 'date' : issue.format}`;
    default:
      return issue.message;
  }
}

function columnOf(plan: ColumnPlan, path: readonly PropertyKey[]): string {
  const [first, second] = path.map(String);
  if (first === 'traits') return plan.columns.find((c) => c.target.kind === 'trait' && c.target.key === second)?.header ?? `traits.${second}`;
  const field = (API_TO_IMPORT_FIELD[first!] ?? first) as ImportField;
  return plan.byField.get(field)?.header ?? first!;
}

function problemsOf(plan: ColumnPlan, candidate: Record<string, unknown>, issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map((issue) => {
    let value: unknown = candidate;
    for (const key of issue.path) value = (value as Record<PropertyKey, unknown> | undefined)?.[key];
    return `${columnOf(plan, issue.path)}: ${describeIssue(issue, value)}`;
  });
}

/** Keeps only what the file has a column for, so an import never blanks a field it does not carry. */
function mappedOnly<T extends Record<string, unknown>>(data: T, candidate: Record<string, unknown>): Partial<T> {
  return Object.fromEntries(Object.entries(data).filter(([k]) => k in candidate)) as Partial<T>;
}

export type Checked<T> = { ok: true; values: Partial<T> } | { ok: false; problems: string[] };

export function checkAccount(plan: ColumnPlan, row: RowValues, ownerId: string | null | undefined): Checked<AccountValues> {
  const { owner: _owner, ...fields } = row.fields as Record<string, unknown>;
  const candidate: Record<string, unknown> = { ...fields };
  if (plan.byField.has('owner')) candidate.ownerId = ownerId ?? null;
  if (plan.columns.some((c) => c.target.kind === 'trait')) candidate.traits = row.traits;
  const parsed = AccountInputSchema.safeParse(candidate);
  if (!parsed.success) return { ok: false, problems: problemsOf(plan, candidate, parsed.error.issues) };
  return { ok: true, values: mappedOnly(parsed.data, candidate) };
}

export function checkContact(plan: ColumnPlan, row: RowValues): Checked<ContactValues> {
  const candidate = Object.fromEntries(Object.entries(row.fields).filter(([k]) => !k.startsWith('account.')));
  const parsed = ContactRowSchema.safeParse(candidate);
  if (!parsed.success) return { ok: false, problems: problemsOf(plan, candidate, parsed.error.issues) };
  return { ok: true, values: mappedOnly(parsed.data, candidate) };
}
