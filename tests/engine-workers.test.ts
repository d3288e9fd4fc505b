import { spawn } from 'node:child_process';
import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { addDays } from '../src/core/conditions/dates.ts';
import { utcToday } from '../src/core/metrics/days.ts';
import type { Db } from '../src/server/db/client.ts';
import { openDatabase, queryRows } from '../src/server/db/client.ts';
import { runMigrations } from '../src/server/db/migrate.ts';
import { describePostgres } from './support/backends.ts';
import { publishPlaybooks } from './fixtures/engine-playbooks.ts';

const TODAY = utcToday();
const ACCOUNTS = 60;

function runWorker(label: string, mode: string, databaseUrl: string): Promise<{ label: string; started: number; errors: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['tests/fixtures/engine-worker.ts', label, mode, '3', TODAY], {
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

/** 60 accounts on which each of four triggers (signal, event, keyword, date) fires once. */
async function seed(db: Db): Promise<void> {
  await publishPlaybooks(db, {
    'race-signal': { trigger: { kind: 'signal', when: 'traits.race = "yes"' } },
    'race-event': { trigger: { kind: 'event', event: 'race_ping' }, reentry: '{ max: 5, per: 30d }' },
    'race-keyword': { trigger: { kind: 'keyword', sources: ['note'], phrases: ['cancel'] }, holdout: '20%' },
    'race-date': { trigger: { kind: 'date', anchor: 'renewal_date -30d' } },
  });
  await db.execute(sql`insert into accounts (name, traits, renewal_date)
    select 'Race ' || i, '{"race": "yes"}'::jsonb, ${addDays(TODAY, 30)}::date from generate_series(1, ${ACCOUNTS}) i`);
  await db.execute(sql`insert into events (message_id, type, event, account_id, occurred_at, properties, source)
    select 'race-' || a.id || '-' || n, 'track', 'race_ping', a.id, now() - (n || ' hours')::interval, '{}'::jsonb, 'api'
    from accounts a cross join generate_series(1, 2) n`);
  await db.execute(sql`insert into notes (account_id, body, created_at) select id, 'They want to cancel.', now() - interval '1 hour' from accounts`);
  await db.execute(sql`create table engine_gate (go boolean)`);
}

async function raceTwoWorkers(url: string, mode: 'serialized' | 'constraints') {
  const database = await openDatabase({ databaseUrl: url });
  await runMigrations(database);
  await seed(database.db);
  const workers = Promise.all([runWorker('A', mode, url), runWorker('B', mode, url)]);
  await new Promise((r) => setTimeout(r, 1500)); // both connected and polling the gate
  await database.db.execute(sql`insert into engine_gate values (true)`);
  const results = await workers;
  const db = database.db;
  const perPlaybookAccount = await queryRows<{ playbook_id: string; n: number }>(db, sql`select playbook_id, count(*)::int as n from plays group by playbook_id, account_id having count(*) > 1`);
  const openTwice = await queryRows(db, sql`select 1 from plays where status = 'open' group by playbook_id, account_id having count(*) > 1`);
  const keysTwice = await queryRows(db, sql`select 1 from plays where trigger_key is not null group by playbook_id, account_id, trigger_key having count(*) > 1`);
  const [totals] = await queryRows<{ plays: number; firings_started: number }>(db, sql`select (select count(*)::int from plays) as plays, (select count(*)::int from trigger_firings where outcome in ('started', 'control')) as firings_started`);
  await database.close();
  return { results, perPlaybookAccount, openTwice, keysTwice, totals: totals! };
}

describePostgres('two workers sweeping the same triggers at the same moment', (backend) => {
  for (const mode of ['constraints', 'serialized'] as const) {
    it(`start every play exactly once (${mode === 'constraints' ? 'unique indexes alone, no sweep lock' : 'with the sweep lock, as in production'})`, async () => {
      const { results, perPlaybookAccount, openTwice, keysTwice, totals } = await raceTwoWorkers(await backend.freshDatabaseUrl(), mode);
      expect(openTwice).toEqual([]);
      expect(keysTwice).toEqual([]);
      expect(perPlaybookAccount).toEqual([]);
      expect(totals.plays).toBe(4 * ACCOUNTS);
      expect(totals.firings_started).toBe(4 * ACCOUNTS);
      // Between them the workers started each play once; neither saw a trigger fail.
      expect(results.reduce((sum, r) => sum + r.started, 0)).toBe(4 * ACCOUNTS);
      expect(results.every((r) => r.errors === 0)).toBe(true);
    }, 120_000);
  }
});
