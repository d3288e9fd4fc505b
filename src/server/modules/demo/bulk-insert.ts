import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';

export interface BulkColumn {
  name: string;
  /** The column's SQL type, as json_to_recordset should read it (text[] from a JSON array). */
  type: string;
  /**
   * Read as text and cast in SQL: a float8[] written as the literal "{1,2,3}" parses about a
   * third faster than from a JSON array, and series hold most of the demo's bytes.
   */
  castFromText?: boolean;
}

export type BulkRow = Record<string, unknown>;

/**
 * Inserts rows in statements of up to `batchRows`, each a single JSON parameter expanded by
 * json_to_recordset: one round trip per batch and no per-row parameter escaping, the same on
 * PGlite and node-postgres.
 */
export async function bulkInsert(db: Db, table: string, columns: readonly BulkColumn[], rows: readonly BulkRow[], batchRows = 5_000): Promise<number> {
  if (!rows.length) return 0;
  const names = columns.map((c) => `"${c.name}"`).join(', ');
  const selected = columns.map((c) => (c.castFromText ? `"${c.name}"::${c.type}` : `"${c.name}"`)).join(', ');
  const shape = columns.map((c) => `"${c.name}" ${c.castFromText ? 'text' : c.type}`).join(', ');
  for (let from = 0; from < rows.length; from += batchRows) {
    const batch = JSON.stringify(rows.slice(from, from + batchRows));
    await db.execute(sql`insert into ${sql.raw(`"${table}"`)} (${sql.raw(names)}) select ${sql.raw(selected)} from json_to_recordset(${batch}::json) as x(${sql.raw(shape)})`);
  }
  return rows.length;
}
