import { planColumns } from '../../../core/csv/column-plan.ts';
import type { ColumnPlan } from '../../../core/csv/column-plan.ts';
import { dateOrderOf, describeDateOrder } from '../../../core/csv/dates.ts';
import type { DateFormat, DateOrder } from '../../../core/csv/dates.ts';
import { describeDelimiter } from '../../../core/csv/delimiter.ts';
import type { Delimiter } from '../../../core/csv/delimiter.ts';
import { ImportFileError } from '../../../core/csv/errors.ts';
import type { ImportMapping } from '../../../core/csv/mapping-file.ts';
import { columnReports, REPORT_REJECT_LIMIT } from '../../../core/csv/report.ts';
import type { ImportMode, ImportReport, RejectedRow } from '../../../core/csv/report.ts';
import { ReportFooter } from '../../../core/csv/report-footer.ts';
import type { ImportEntity } from '../../../core/csv/targets.ts';
import type { Database } from '../../db/client.ts';
import { AccountWriter } from './account-writer.ts';
import type { BatchOutcome, BatchWriter, PendingRow } from './batch-types.ts';
import { ContactWriter } from './contact-writer.ts';
import type { PendingContact } from './contact-writer.ts';
import { openCsv } from './csv-records.ts';
import type { CsvRecord } from './csv-records.ts';
import { OwnerDirectory } from './owners.ts';
import { recordChecker } from './record-checks.ts';
import type { AccountValues } from './row-validation.ts';
import { SeenKeys } from './seen-keys.ts';
import { openSqlSession } from './sql-session.ts';
import type { SqlRunner } from './sql-session.ts';

export interface ImportOptions {
  entity: ImportEntity;
  mode: ImportMode;
  dryRun: boolean;
  mapping?: ImportMapping;
  encoding?: string;
  dateFormat?: DateFormat;
  actorId: string | null;
  /** Named in timeline entries ("imported from accounts.csv"). */
  file: string;
  batchSize?: number;
  /** Called once, after the header is read and the columns are planned, before any row. */
  onHeader?: (header: string[], delimiter: Delimiter) => void | Promise<void>;
  /** Every rejected row with its cells, in line order (the CLI writes the rejects file from it). */
  onReject?: (reject: RejectedRow & { cells: string[] }) => void | Promise<void>;
}

export const DEFAULT_BATCH_SIZE = 1000;

class Rollback extends Error {}

interface Batch {
  rows: (PendingRow<AccountValues> | PendingContact)[];
  rejects: (RejectedRow & { cells: string[] })[];
  cells: Map<number, string[]>;
}

const emptyBatch = (): Batch => ({ rows: [], rejects: [], cells: new Map() });

function dateOrderFor(plan: ColumnPlan, format: DateFormat | undefined): DateOrder {
  if (format) return dateOrderOf(format);
  // Salesforce exports write dates in the exporting user's locale; US (month first) is the default one.
  return plan.source === 'salesforce' ? 'mdy' : 'auto';
}

/**
 * Imports one CSV stream of accounts or contacts. Rows are read, checked and written a batch at a
 * time, so memory does not grow with the file. All-or-nothing (and every dry run) is one
 * transaction, rolled back at the end if any row was rejected; skip-invalid commits each batch.
 */
export async function importCsv(database: Database, bytes: AsyncIterable<Uint8Array>, options: ImportOptions): Promise<ImportReport> {
  const csv = await openCsv(bytes, { encoding: options.encoding });
  const plan = planColumns(options.entity, csv.header, options.mapping);
  const order = dateOrderFor(plan, options.dateFormat ?? options.mapping?.dateFormat);
  const owners = plan.byField.has('owner') ? await OwnerDirectory.load(database.db) : undefined;
  await options.onHeader?.(csv.header, csv.delimiter);

  const report: ImportReport = {
    entity: options.entity,
    mode: options.mode,
    dryRun: options.dryRun,
    committed: false,
    format: { source: plan.source, delimiter: describeDelimiter(csv.delimiter), encoding: csv.encoding, dateFormat: describeDateOrder(order) },
    columns: columnReports(plan),
    rows: 0, created: 0, updated: 0, unchanged: 0, rejected: 0,
    rejects: [],
    rejectsOmitted: 0,
  };
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const seen = new SeenKeys();
  const origin = { actorId: options.actorId, file: options.file };
  const writer: BatchWriter<Batch['rows'][number]> = options.entity === 'accounts' ? new AccountWriter(plan, seen, origin) : new ContactWriter(plan, seen, origin);

  const checkRecord = recordChecker(plan, csv.header, order, owners);
  const check = (record: CsvRecord, batch: Batch) => {
    report.rows++;
    const checked = checkRecord(record);
    if (checked.ok) {
      batch.rows.push(checked.row);
      batch.cells.set(record.line, record.cells);
    } else {
      batch.rejects.push({ line: record.line, reason: checked.reason, cells: record.cells });
    }
  };

  const flush = async (tx: SqlRunner, batch: Batch) => {
    const outcome: BatchOutcome = batch.rows.length ? await writer.write(tx, batch.rows) : { created: 0, updated: 0, unchanged: 0, rejects: [] };
    report.created += outcome.created;
    report.updated += outcome.updated;
    report.unchanged += outcome.unchanged;
    const rejects = [...batch.rejects, ...outcome.rejects.map((r) => ({ ...r, cells: batch.cells.get(r.line)! }))].sort((a, b) => a.line - b.line);
    for (const reject of rejects) {
      report.rejected++;
      if (report.rejects.length < REPORT_REJECT_LIMIT) report.rejects.push({ line: reject.line, reason: reject.reason });
      else report.rejectsOmitted++;
      await options.onReject?.(reject);
    }
  };

  async function* dataRecords(): AsyncGenerator<CsvRecord> {
    const footer = new ReportFooter<CsvRecord>(csv.header.length);
    for await (const records of csv.records) for (const record of records) yield* footer.push(record);
    yield* footer.end();
  }

  /**
   * Checks rows and hands full batches to `write`, one batch in flight at a time: on PostgreSQL the
   * database writes batch n while this process reads and checks batch n + 1.
   */
  const readAndWrite = async (write: (batch: Batch) => Promise<void>) => {
    let writing: Promise<void> = Promise.resolve();
    const send = async (batch: Batch) => {
      await writing;
      writing = write(batch);
      writing.catch(() => {}); // awaited below; this only keeps a failure from counting as unhandled meanwhile
    };
    try {
      let batch = emptyBatch();
      for await (const record of dataRecords()) {
        check(record, batch);
        if (batch.rows.length + batch.rejects.length >= batchSize) {
          await send(batch);
          batch = emptyBatch();
        }
      }
      await send(batch);
      await writing;
    } finally {
      await writing.catch(() => {});
    }
  };

  const session = await openSqlSession(database);
  try {
    await seen.create(session);
    try {
      if (options.mode === 'all-or-nothing' || options.dryRun) {
        await session
          .transaction(async (tx) => {
            await readAndWrite((batch) => flush(tx, batch));
            if (options.dryRun || report.rejected) throw new Rollback();
          })
          .then(() => (report.committed = true))
          .catch((err) => {
            if (!(err instanceof Rollback)) throw err;
          });
      } else {
        try {
          await readAndWrite((batch) => session.transaction((tx) => flush(tx, batch)));
          report.committed = true;
        } catch (err) {
          throw partiallyWritten(err, report);
        }
      }
    } finally {
      await seen.drop(session).catch(() => {});
    }
  } finally {
    await session.release();
  }
  return report;
}

/** In skip-invalid mode earlier batches are already committed when a later part of the file turns out unreadable. */
function partiallyWritten(err: unknown, report: ImportReport): unknown {
  const written = report.created + report.updated;
  if (!(err instanceof ImportFileError) || !written) return err;
  return new ImportFileError(err.code, `${err.message} (skip-invalid had already written ${written} rows from the lines before it)`, err.line);
}
