import { createReadStream } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { Database } from '../../src/server/db/client.ts';
import { queryRows } from '../../src/server/db/client.ts';
import { importCsv } from '../../src/server/modules/imports/import-service.ts';
import type { ImportOptions } from '../../src/server/modules/imports/import-service.ts';

export const CSV_FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'csv');

/** Streams text in small chunks, so chunk boundaries land inside quotes, CRLFs and characters. */
export async function* chunks(data: string | Uint8Array, size = 7): AsyncGenerator<Uint8Array> {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

type Options = Partial<ImportOptions> & Pick<ImportOptions, 'entity'>;

export function importText(database: Database, data: string | Uint8Array, options: Options) {
  return importCsv(database, chunks(data), { mode: 'all-or-nothing', dryRun: false, actorId: null, file: 'test.csv', ...options });
}

export function importFixture(database: Database, name: string, options: Options) {
  return importCsv(database, createReadStream(path.join(CSV_FIXTURES, name)), { mode: 'all-or-nothing', dryRun: false, actorId: null, file: name, ...options });
}

export async function accountsWhere(database: Database, crmIdPrefix: string) {
  return queryRows<{ crm_id: string; name: string; domain: string | null; arr: string | null; renewal_date: string | null; owner_id: string | null; traits: Record<string, unknown>; tier: string | null; touch_model: string | null; plan: string | null; updated_at: Date }>(
    database.db,
    sql`select crm_id, name, domain, arr::text, renewal_date::text, owner_id, traits, tier, touch_model, plan, updated_at from accounts where crm_id like ${crmIdPrefix + '%'} order by crm_id`,
  );
}

export async function count(database: Database, table: 'accounts' | 'contacts' | 'timeline_events'): Promise<number> {
  const [row] = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from ${sql.identifier(table)}`);
  return row!.n;
}
