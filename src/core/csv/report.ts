import type { ColumnOrigin, ColumnPlan } from './column-plan.ts';
import { SOURCE_LABELS } from './header-tables.ts';
import type { Source } from './header-tables.ts';
import { describeTarget } from './targets.ts';
import type { ImportEntity } from './targets.ts';

export const IMPORT_MODES = ['all-or-nothing', 'skip-invalid'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

/** A report keeps this many rejected rows; the rejects file (CLI) has all of them. */
export const REPORT_REJECT_LIMIT = 1000;

export interface RejectedRow {
  /** The physical line the record starts on, 1-based, counting the header. */
  line: number;
  reason: string;
}

export interface ColumnReport {
  column: string;
  to: string;
  via: ColumnOrigin;
  note?: string;
}

export interface ImportReport {
  entity: ImportEntity;
  mode: ImportMode;
  dryRun: boolean;
  /** True when the rows were written (and not rolled back). */
  committed: boolean;
  format: { source: Source; delimiter: string; encoding: string; dateFormat: string };
  columns: ColumnReport[];
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  rejects: RejectedRow[];
  rejectsOmitted: number;
}

export function columnReports(plan: ColumnPlan): ColumnReport[] {
  return plan.columns.map((c) => ({ column: c.header, to: describeTarget(c.target), via: c.via, ...(c.note ? { note: c.note } : {}) }));
}

const plural = (n: number, word: string) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

/** The summary the CLI prints: where columns went, the counts, and the first rejected rows. */
export function formatReport(report: ImportReport, options: { maxRejectLines?: number; rejectsFile?: string } = {}): string {
  const max = options.maxRejectLines ?? 20;
  const { format } = report;
  const lines = [`${report.entity === 'accounts' ? 'Accounts' : 'Contacts'} from ${SOURCE_LABELS[format.source]} (delimiter ${format.delimiter}, ${format.encoding}, dates ${format.dateFormat})`];
  lines.push('Columns:');
  const width = Math.min(32, Math.max(...report.columns.map((c) => c.column.length)));
  for (const c of report.columns) lines.push(`  ${c.column.padEnd(width)} → ${c.to}${c.note ? `  (${c.note})` : ''}`);
  lines.push(
    `${plural(report.rows, 'row')}: ${report.created.toLocaleString('en-US')} created, ${report.updated.toLocaleString('en-US')} updated, ` +
      `${report.unchanged.toLocaleString('en-US')} unchanged, ${report.rejected.toLocaleString('en-US')} rejected`,
  );
  const shown = report.rejects.slice(0, max);
  for (const r of shown) lines.push(`line ${r.line}: ${r.reason}`);
  if (report.rejected > shown.length) lines.push(`… and ${plural(report.rejected - shown.length, 'more rejected row')}${options.rejectsFile ? ` (all are in ${options.rejectsFile})` : ''}`);
  else if (report.rejected && options.rejectsFile) lines.push(`Rejected rows are in ${options.rejectsFile}`);
  lines.push(outcome(report));
  return lines.join('\n') + '\n';
}

function outcome(report: ImportReport): string {
  if (report.dryRun) {
    const verdict = report.mode === 'all-or-nothing' && report.rejected ? ' As it stands the import would be refused.' : '';
    return `Dry run: nothing was written.${verdict}`;
  }
  if (!report.committed) {
    return `Nothing was written: ${plural(report.rejected, 'row')} rejected and the import is all-or-nothing. Fix them, or import with --skip-invalid to write the others.`;
  }
  return report.rejected ? `Written, without the ${plural(report.rejected, 'rejected row')}.` : 'Written.';
}
