import { ImportFileError } from '../../../core/csv/errors.ts';
import { headerKey } from '../../../core/csv/names.ts';

export const SIGNAL_IMPORT_KINDS = ['metrics', 'tickets', 'surveys', 'notes'] as const;
export type SignalImportKind = (typeof SIGNAL_IMPORT_KINDS)[number];

interface ColumnSpec {
  field: string;
  /** Header spellings, compared by headerKey (case, spaces and punctuation ignored). */
  headers: string[];
  required?: boolean;
  number?: boolean;
  lowercase?: boolean;
}

const ACCOUNT: ColumnSpec = { field: 'account', headers: ['account', 'account id', 'crm id', 'product id', 'company id'], required: true };

/** The columns each kind of signal file has; the first spelling is the one the docs use. */
export const SIGNAL_COLUMNS: Record<SignalImportKind, ColumnSpec[]> = {
  metrics: [
    ACCOUNT,
    { field: 'metric', headers: ['metric', 'metric name'], required: true },
    { field: 'day', headers: ['day', 'date'], required: true },
    { field: 'value', headers: ['value'], required: true, number: true },
  ],
  tickets: [
    ACCOUNT,
    { field: 'subject', headers: ['subject', 'title'], required: true },
    { field: 'priority', headers: ['priority'], lowercase: true },
    { field: 'status', headers: ['status'], lowercase: true },
    { field: 'openedAt', headers: ['opened at', 'opened', 'created at', 'created'] },
    { field: 'closedAt', headers: ['closed at', 'closed', 'solved at', 'resolved at'] },
    { field: 'csat', headers: ['csat', 'satisfaction', 'satisfaction score'], number: true },
    { field: 'externalId', headers: ['external id', 'ticket id', 'id'] },
    { field: 'contact', headers: ['contact', 'requester', 'requester email'] },
  ],
  surveys: [
    ACCOUNT,
    { field: 'kind', headers: ['kind', 'type', 'survey'], required: true, lowercase: true },
    { field: 'score', headers: ['score', 'rating'], required: true, number: true },
    { field: 'comment', headers: ['comment', 'feedback', 'reason'] },
    { field: 'respondedAt', headers: ['responded at', 'submitted at', 'date'] },
    { field: 'contact', headers: ['contact', 'email', 'respondent'] },
    { field: 'externalId', headers: ['external id', 'response id', 'id'] },
  ],
  notes: [
    ACCOUNT,
    { field: 'body', headers: ['body', 'note', 'text'], required: true },
    { field: 'author', headers: ['author', 'author email', 'created by'] },
    { field: 'createdAt', headers: ['created at', 'date'] },
  ],
};

export interface SignalColumnPlan {
  kind: SignalImportKind;
  header: string[];
  used: { spec: ColumnSpec; index: number }[];
  /** For the report: which column went where; unknown columns are listed as ignored. */
  columns: { column: string; to: string }[];
}

/** Matches the header to the kind's columns; a missing required column stops the import before any row. */
export function planSignalColumns(kind: SignalImportKind, header: string[]): SignalColumnPlan {
  const keys = header.map(headerKey);
  const used: SignalColumnPlan['used'] = [];
  const taken = new Set<number>();
  for (const spec of SIGNAL_COLUMNS[kind]) {
    const index = spec.headers.map(headerKey).map((k) => keys.findIndex((key, i) => key === k && !taken.has(i))).find((i) => i >= 0);
    if (index !== undefined) {
      used.push({ spec, index });
      taken.add(index);
    }
  }
  const missing = SIGNAL_COLUMNS[kind].filter((s) => s.required && !used.some((u) => u.spec === s));
  if (missing.length) {
    throw new ImportFileError(
      'missing_columns',
      `The ${kind} file has no ${missing.map((s) => `"${s.headers[0]}"`).join(', ')} column${missing.length > 1 ? 's' : ''} (found: ${header.join(', ') || 'nothing'})`,
      1,
    );
  }
  const columns = header.map((column, i) => ({ column, to: used.find((u) => u.index === i)?.spec.field ?? '(ignored)' }));
  return { kind, header, used, columns };
}

/** One row's cells as the input object the REST API takes, with the problems the cells alone show. */
export function rowInput(plan: SignalColumnPlan, cells: readonly string[]): { input: Record<string, unknown>; problems: string[] } {
  const input: Record<string, unknown> = {};
  const problems: string[] = [];
  if (cells.length > plan.header.length && cells.slice(plan.header.length).some((c) => c.trim() !== '')) {
    problems.push(`has ${cells.length} fields, the header has ${plan.header.length} (an unquoted delimiter inside a value?)`);
  }
  for (const { spec, index } of plan.used) {
    const raw = (cells[index] ?? '').trim();
    const column = plan.header[index]!;
    if (!raw) {
      if (spec.required) problems.push(`${column}: is empty`);
      continue;
    }
    if (spec.number) {
      const n = Number(raw);
      if (Number.isNaN(n)) problems.push(`${column}: "${raw}" is not a number`);
      else input[spec.field] = n;
    } else input[spec.field] = spec.lowercase ? raw.toLowerCase() : raw;
  }
  return { input, problems };
}

/** The column a field was read from, for reasons like "Satisfaction: must be a whole number from 1 to 5". */
export function columnOf(plan: SignalColumnPlan, field: string): string {
  const used = plan.used.find((u) => u.spec.field === field);
  return used ? plan.header[used.index]! : field;
}
