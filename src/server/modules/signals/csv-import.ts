import { describeDelimiter } from '../../../core/csv/delimiter.ts';
import { REPORT_REJECT_LIMIT } from '../../../core/csv/report.ts';
import type { RejectedRow } from '../../../core/csv/report.ts';
import type { Db } from '../../db/client.ts';
import { openCsv } from '../imports/csv-records.ts';
import { columnOf, planSignalColumns, rowInput } from './csv-columns.ts';
import type { SignalImportKind } from './csv-columns.ts';
import { signalWriter } from './csv-writers.ts';
import type { PendingSignal } from './csv-writers.ts';

export interface SignalImportReport {
  kind: SignalImportKind;
  /** True when the rows were written; false when any row was rejected (all-or-nothing). */
  committed: boolean;
  format: { delimiter: string; encoding: string };
  columns: { column: string; to: string }[];
  rows: number;
  created: number;
  updated: number;
  rejected: number;
  rejects: RejectedRow[];
  rejectsOmitted: number;
}

export interface SignalImportOptions {
  actor: { id: string | null; name: string | null };
  encoding?: string;
}

class Rollback extends Error {}

/**
 * Imports a CSV of tickets, survey responses, metric values or notes, all or nothing: rows are
 * read, checked and written a batch at a time in one transaction (memory stays flat), and the
 * transaction is rolled back at the end if any row was rejected. Every rejected row is reported
 * with its line and reason. Returns the report and the accounts written to.
 */
export async function importSignalCsv(db: Db, kind: SignalImportKind, bytes: AsyncIterable<Uint8Array>, options: SignalImportOptions): Promise<{ report: SignalImportReport; accountIds: string[] }> {
  const csv = await openCsv(bytes, { encoding: options.encoding });
  const plan = planSignalColumns(kind, csv.header);
  const column = (field: string) => columnOf(plan, field);
  const writer = signalWriter(kind, options.actor);
  const report: SignalImportReport = {
    kind,
    committed: false,
    format: { delimiter: describeDelimiter(csv.delimiter), encoding: csv.encoding },
    columns: plan.columns,
    rows: 0, created: 0, updated: 0, rejected: 0,
    rejects: [],
    rejectsOmitted: 0,
  };
  const reject = (rows: RejectedRow[]) => {
    for (const r of rows.sort((a, b) => a.line - b.line)) {
      report.rejected++;
      if (report.rejects.length < REPORT_REJECT_LIMIT) report.rejects.push(r);
      else report.rejectsOmitted++;
    }
  };

  try {
    await db.transaction(async (txn) => {
      const tx = txn as unknown as Db;
      for await (const records of csv.records) {
        const pending: PendingSignal<unknown>[] = [];
        const rejects: RejectedRow[] = [];
        for (const record of records) {
          report.rows++;
          const { input, problems } = rowInput(plan, record.cells);
          const parsed = writer.schema.safeParse(input);
          if (!parsed.success) {
            // A column already reported (empty, not a number) needs no second reason.
            const reported = new Set(problems.map((p) => p.slice(0, p.indexOf(':'))));
            for (const issue of parsed.error.issues) {
              const where = issue.path.length ? column(String(issue.path[0])) : 'row';
              if (!reported.has(where)) problems.push(`${where}: ${issue.message}`);
            }
          }
          if (problems.length) rejects.push({ line: record.line, reason: [...new Set(problems)].join('; ') });
          else pending.push({ line: record.line, input: parsed.data });
        }
        const outcome = pending.length ? await writer.write(tx, pending, report.rejected + rejects.length === 0, column) : { created: 0, updated: 0, rejects: [] };
        reject([...rejects, ...outcome.rejects]);
        report.created += outcome.created;
        report.updated += outcome.updated;
      }
      if (report.rejected) throw new Rollback();
      await writer.finish(tx);
    });
    report.committed = true;
  } catch (err) {
    if (!(err instanceof Rollback)) throw err;
    report.created = 0;
    report.updated = 0;
  }
  return { report, accountIds: report.committed ? [...writer.touched] : [] };
}
