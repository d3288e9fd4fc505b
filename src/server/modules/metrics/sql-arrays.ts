import { sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';

// Arrays travel as one text parameter in PostgreSQL's array syntax: both drivers bind that the
// same way, and one parameter holds any number of rows (unnest turns them back into rows).

function quote(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

export function textArrayLiteral(values: readonly (string | null)[]): string {
  return `{${values.map((v) => (v === null ? 'NULL' : quote(v))).join(',')}}`;
}

export function numberArrayLiteral(values: readonly (number | null)[]): string {
  return `{${values.map((v) => (v === null || !Number.isFinite(v) ? 'NULL' : String(v))).join(',')}}`;
}

export const uuidArray = (ids: readonly string[]): SQL => sql`${textArrayLiteral(ids)}::uuid[]`;
export const dateArray = (days: readonly string[]): SQL => sql`${textArrayLiteral(days)}::date[]`;
export const textArray = (values: readonly string[]): SQL => sql`${textArrayLiteral(values)}::text[]`;
export const floatArray = (values: readonly (number | null)[]): SQL => sql`${numberArrayLiteral(values)}::float8[]`;
