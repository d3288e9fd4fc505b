import { sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';

// PostgreSQL text and jsonb cannot hold NUL, and its JSON parser refuses lone surrogates.
const UNSTORABLE = /\\u0000|\\ud[89a-f][0-9a-f]{2}/i;

function storable(value: unknown): unknown {
  if (typeof value === 'string') return value.replaceAll('\u0000', '\uFFFD').toWellFormed();
  if (Array.isArray(value)) return value.map(storable);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [storable(k) as string, storable(v)]));
  return value;
}

/** JSON text PostgreSQL will store: senders' NUL characters and broken surrogates become U+FFFD instead of failing the batch. */
export function storableJson(value: unknown): string {
  const text = JSON.stringify(value);
  return UNSTORABLE.test(text) ? JSON.stringify(storable(value)) : text;
}

/**
 * Rows as one JSON parameter, for `json_to_recordset`: one statement writes a whole batch, and
 * the driver sends one string instead of escaping array literals row by row.
 */
export function jsonRows(rows: readonly object[]): SQL {
  return sql`${storableJson(rows)}::json`;
}
