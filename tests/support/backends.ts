import { randomBytes } from 'node:crypto';
import { afterAll, describe } from 'vitest';
import pg from 'pg';
import { openDatabase } from '../../src/server/db/client.ts';
import type { Backend, Database } from '../../src/server/db/client.ts';

export interface BackendHarness {
  name: Backend;
  /** A new, empty database (not migrated). Closed and dropped after the suite. */
  freshDatabase(): Promise<Database>;
  /** A new, empty PostgreSQL database's URL (postgres backend only), for child processes. */
  freshDatabaseUrl(): Promise<string>;
}

function adminUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set: run the suites with `npm test`, which starts a PostgreSQL for them');
  return url;
}

async function createPgDatabase(created: string[]): Promise<string> {
  const name = `pm_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl() });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  created.push(name);
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

async function dropPgDatabases(names: string[]): Promise<void> {
  if (!names.length) return;
  const admin = new pg.Client({ connectionString: adminUrl() });
  await admin.connect();
  try {
    for (const name of names) await admin.query(`drop database if exists ${name} with (force)`);
  } finally {
    await admin.end();
  }
}

function harness(name: Backend): BackendHarness & { cleanup(): Promise<void> } {
  const opened: Database[] = [];
  const created: string[] = [];
  return {
    name,
    async freshDatabase() {
      const db =
        name === 'pglite'
          ? await openDatabase({})
          : await openDatabase({ databaseUrl: await createPgDatabase(created), poolSize: 5, onPoolError: () => {} });
      opened.push(db);
      return db;
    },
    async freshDatabaseUrl() {
      if (name !== 'postgres') throw new Error('freshDatabaseUrl is for the postgres backend');
      return createPgDatabase(created);
    },
    async cleanup() {
      await Promise.all(opened.map((d) => d.close().catch(() => {})));
      if (name === 'postgres') await dropPgDatabases(created);
    },
  };
}

/**
 * The shared-suite pattern: one suite body, run once per backend, so PGlite and PostgreSQL are
 * held to exactly the same behaviour.
 */
export function describeBackends(title: string, body: (backend: BackendHarness) => void): void {
  for (const name of ['pglite', 'postgres'] as const) {
    describe(`${title} [${name}]`, () => {
      const h = harness(name);
      afterAll(() => h.cleanup());
      body(h);
    });
  }
}

/** For suites that only make sense on a real server (several processes on one database). */
export function describePostgres(title: string, body: (backend: BackendHarness) => void): void {
  describe(`${title} [postgres]`, () => {
    const h = harness('postgres');
    afterAll(() => h.cleanup());
    body(h);
  });
}
