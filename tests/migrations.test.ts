import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, expect, it } from 'vitest';
import { openDatabase, queryRows } from '../src/server/db/client.ts';
import type { Database } from '../src/server/db/client.ts';
import { runMigrations } from '../src/server/db/migrate.ts';
import { describeBackends } from './support/backends.ts';

async function tableNames(database: Database): Promise<string[]> {
  const rows = await queryRows<{ table_name: string }>(database.db, sql`select table_name from information_schema.tables where table_schema = 'public' order by 1`);
  return rows.map((r) => r.table_name);
}

async function appliedMigrations(database: Database): Promise<number> {
  const [row] = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
  return row!.n;
}

describeBackends('migrations', (backend) => {
  it('apply from empty and create the core tables', async () => {
    const database = await backend.freshDatabase();
    expect(await tableNames(database)).toEqual([]);
    await runMigrations(database);
    expect(await tableNames(database)).toEqual(
      expect.arrayContaining(['accounts', 'api_tokens', 'auth_accounts', 'contacts', 'login_failures', 'sessions', 'settings', 'timeline_events', 'users', 'verifications']),
    );
    expect(await appliedMigrations(database)).toBeGreaterThan(0);
  });

  it('are a no-op the second time', async () => {
    const database = await backend.freshDatabase();
    await runMigrations(database);
    const before = await appliedMigrations(database);
    const tables = await tableNames(database);
    await runMigrations(database);
    expect(await appliedMigrations(database)).toBe(before);
    expect(await tableNames(database)).toEqual(tables);
  });
});

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

it('keeps embedded data across restarts [pglite]', async () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'playmaker-data-'));
  dirs.push(dataDir);
  const first = await openDatabase({ dataDir });
  await runMigrations(first);
  await first.db.execute(sql`insert into accounts (name) values ('Survivor Inc')`);
  await first.close();

  const second = await openDatabase({ dataDir });
  await runMigrations(second);
  expect(await queryRows(second.db, sql`select name from accounts`)).toEqual([{ name: 'Survivor Inc' }]);
  await second.close();
});
