import { spawn } from 'node:child_process';
import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { openDatabase, queryRows } from '../src/server/db/client.ts';
import { runMigrations } from '../src/server/db/migrate.ts';
import { importLibrary } from '../src/server/modules/playbooks/import-service.ts';
import { describePostgres } from './support/backends.ts';
import { flowPlaybook } from './support/plays-fixtures.ts';

const ACCOUNTS = 40;

function runWorker(label: string, databaseUrl: string): Promise<{ label: string; started: number; refused: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['tests/fixtures/start-play-worker.ts', label], { env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').pop()!)) : reject(new Error(`worker ${label} exited ${code}: ${err}`))));
  });
}

describePostgres('starting plays from two processes', (backend) => {
  it('two worker processes starting the same plays at the same moment never duplicate one', async () => {
    const url = await backend.freshDatabaseUrl();
    const database = await openDatabase({ databaseUrl: url });
    await runMigrations(database);
    const steps = `  - id: one
    title: First
  - id: two
    title: Second`;
    await importLibrary(database.db, [{ path: 'tp-race.yaml', content: flowPlaybook('tp-race', { steps }) }], { actorId: null, newStatus: 'active', changelog: 'Race' });
    await database.db.execute(sql`insert into accounts (name) select 'Race ' || lpad(i::text, 3, '0') from generate_series(1, ${ACCOUNTS}) i`);
    await database.db.execute(sql`create table race_gate (go boolean)`);

    const workers = Promise.all([runWorker('A', url), runWorker('B', url)]);
    await new Promise((r) => setTimeout(r, 2500)); // both connected and waiting at the gate
    await database.db.execute(sql`insert into race_gate values (true)`);
    const results = await workers;

    expect(results.reduce((sum, r) => sum + r.started, 0)).toBe(ACCOUNTS);
    expect(results.reduce((sum, r) => sum + r.refused, 0)).toBe(ACCOUNTS);
    const perAccount = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from plays group by account_id`);
    expect(perAccount).toHaveLength(ACCOUNTS);
    expect(perAccount.every((row) => row.n === 1)).toBe(true);
    const [steps_] = await queryRows<{ n: number; open: number }>(database.db, sql`select count(*)::int as n, count(*) filter (where state = 'open')::int as open from play_steps`);
    expect(steps_).toEqual({ n: ACCOUNTS * 2, open: ACCOUNTS });
    await database.close();
  }, 90_000);
});
