import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase } from '../../src/server/db/client.ts';
import type { Backend, Database } from '../../src/server/db/client.ts';

/** The PostgreSQL the benchmarks may use: DATABASE_URL or TEST_DATABASE_URL (a superuser URL). */
export function postgresAdminUrl(): string | undefined {
  return process.env.DATABASE_URL || process.env.TEST_DATABASE_URL || undefined;
}

/** A fresh database on the backend; the returned drop() removes it. */
export async function benchDatabase(backend: Backend): Promise<{ database: Database; url?: string; drop(): Promise<void> }> {
  if (backend === 'pglite') {
    const database = await openDatabase({});
    return { database, drop: () => database.close() };
  }
  const admin = postgresAdminUrl();
  if (!admin) throw new Error('set DATABASE_URL or TEST_DATABASE_URL for the PostgreSQL figures');
  const name = `pm_bench_${randomBytes(4).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`create database ${name}`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString(), poolSize: 10 });
  return {
    database,
    url: url.toString(),
    drop: async () => {
      await database.close();
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

export function backendsToRun(): Backend[] {
  return postgresAdminUrl() ? ['pglite', 'postgres'] : ['pglite'];
}
