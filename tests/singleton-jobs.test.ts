import { spawn } from 'node:child_process';
import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { openDatabase, queryRows } from '../src/server/db/client.ts';
import { runMigrations } from '../src/server/db/migrate.ts';
import { describePostgres } from './support/backends.ts';

function runWorker(label: string, databaseUrl: string): Promise<{ label: string; created: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['tests/fixtures/singleton-worker.ts', label, '10'], {
      env: { ...process.env, DATABASE_URL: databaseUrl },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').pop()!)) : reject(new Error(`worker ${label} exited ${code}: ${err}`))));
  });
}

describePostgres('singleton jobs across processes', (backend) => {
  it('two worker processes never run the same singleton job twice', async () => {
    const url = await backend.freshDatabaseUrl();
    const database = await openDatabase({ databaseUrl: url });
    await runMigrations(database);
    await database.db.execute(sql`create table job_runs (id serial primary key, key text not null, worker text not null, at timestamptz default now())`);
    await database.db.execute(sql`create table job_gate (go boolean)`);

    const workers = Promise.all([runWorker('A', url), runWorker('B', url)]);
    await new Promise((r) => setTimeout(r, 4000)); // both started and polling
    await database.db.execute(sql`insert into job_gate values (true)`);
    const results = await workers;

    const runs = await queryRows<{ key: string; n: number }>(database.db, sql`select key, count(*)::int as n from job_runs group by key order by key`);
    expect(runs).toHaveLength(10);
    expect(runs.every((r) => r.n === 1)).toBe(true);
    // Each key was created by exactly one of the two senders.
    expect(results.reduce((sum, r) => sum + r.created, 0)).toBe(10);
    await database.close();
  }, 90_000);
});
