import type { RejectedRow } from '../../../core/csv/report.ts';
import type { SqlRunner } from './sql-session.ts';

/** A row that passed its own checks, waiting for the checks that need the database. */
export interface PendingRow<T> {
  line: number;
  values: Partial<T>;
}

export interface BatchOutcome {
  created: number;
  updated: number;
  unchanged: number;
  rejects: RejectedRow[];
}

/** Who and what a timeline entry written by an import names. */
export interface ImportOrigin {
  actorId: string | null;
  file: string;
}

/** Accounts and contacts are written by one writer each; a batch holds one kind of row. */
export interface BatchWriter<Row extends PendingRow<unknown> = PendingRow<unknown>> {
  write(tx: SqlRunner, rows: Row[]): Promise<BatchOutcome>;
}
