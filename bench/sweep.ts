// A full trigger sweep: 20 active triggers of every swept kind (the starter library's 13 plus 7,
// bench/support/sweep-triggers.ts) over a demo company of 100,000 accounts with 400 days of 5
// metrics on PostgreSQL (BENCH_ACCOUNTS), 10,000 on PGlite (BENCH_PGLITE_ACCOUNTS: generating
// 100,000 accounts into WASM takes too long for a routine run). In the same run: hand-written SQL
// for the same 20 conditions (the floor) and the in-memory evaluator looping over accounts with
// loadAccountFacts (the naive way, on a sample of BENCH_NAIVE_SAMPLE accounts, extrapolated).
// Target: the steady-state sweep under 5 s on PostgreSQL and within 2x of the floor.
//
// Generating the company takes minutes (about 130 accounts/s on PostgreSQL). To measure again
// without regenerating, point BENCH_SWEEP_DATABASE_URL at a database that holds one (made with
// `playmaker demo generate --accounts 100000 --days 400 --metrics 5`); the bench resets its plays.
// BENCH_BACKENDS=postgres (or pglite) runs one backend.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { compileCondition, findKeyword, matches, signalsOf } from '../src/core/conditions/index.ts';
import { evaluateMetric } from '../src/core/metrics/functions.ts';
import type { Backend, Database, Db } from '../src/server/db/client.ts';
import { openDatabase, queryRows } from '../src/server/db/client.ts';
import { runMigrations } from '../src/server/db/migrate.ts';
import { loadAccountFacts } from '../src/server/modules/engine/facts-loader.ts';
import { loadActiveTriggers } from '../src/server/modules/engine/active-triggers.ts';
import { CURSOR_OVERLAP_MS } from '../src/server/modules/engine/candidate.ts';
import { sweep } from '../src/server/modules/engine/sweep.ts';
import { importLibrary } from '../src/server/modules/playbooks/import-service.ts';
import { loadStarterLibrary } from '../src/server/modules/playbooks/starter-library.ts';
import { getSetting } from '../src/server/modules/system/settings.ts';
import { triggerPlaybookYaml } from '../tests/fixtures/engine-playbooks.ts';
import { backendsToRun, benchDatabase } from './support/databases.ts';
import { BENCH_SEGMENT, EXTRA_TRIGGERS, NAIVE_CONDITIONS, NAIVE_KEYWORDS, floorQueries } from './support/sweep-triggers.ts';

const ACCOUNTS = Number(process.env.BENCH_ACCOUNTS ?? 100_000);
const PGLITE_ACCOUNTS = Number(process.env.BENCH_PGLITE_ACCOUNTS ?? 10_000);
const SAMPLE = Number(process.env.BENCH_NAIVE_SAMPLE ?? 2_000);
const REUSE = process.env.BENCH_SWEEP_DATABASE_URL;
const ROOT = path.resolve(import.meta.dirname, '..');

const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

function generate(env: Record<string, string>, accounts: number): void {
  process.stderr.write(`generating ${fmt(accounts)} accounts, 400 days, 5 metrics…\n`);
  const run = spawnSync(process.execPath, ['src/server/cli/main.ts', 'demo', 'generate', '--accounts', String(accounts), '--days', '400', '--metrics', '5'], {
    cwd: ROOT, env: { ...process.env, LOG_LEVEL: 'warn', ...env }, stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (run.status !== 0) throw new Error(`demo generate failed (${run.status})`);
}

async function prepare(backend: Backend): Promise<{ database: Database; accounts: number; done(): Promise<void> }> {
  if (backend === 'postgres' && REUSE) {
    const database = await openDatabase({ databaseUrl: REUSE, poolSize: 10 });
    return { database, accounts: (await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from accounts`))[0]!.n, done: () => database.close() };
  }
  if (backend === 'postgres') {
    const fresh = await benchDatabase('postgres');
    await fresh.database.close();
    generate({ DATABASE_URL: fresh.url! }, ACCOUNTS);
    const database = await openDatabase({ databaseUrl: fresh.url!, poolSize: 10 });
    return { database, accounts: ACCOUNTS, done: async () => { await database.close(); await fresh.drop().catch(() => {}); } };
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'pm-bench-sweep-'));
  generate({ PLAYMAKER_DATA_DIR: dir, DATABASE_URL: '' }, PGLITE_ACCOUNTS);
  const database = await openDatabase({ dataDir: dir });
  return { database, accounts: PGLITE_ACCOUNTS, done: async () => { await database.close(); rmSync(dir, { recursive: true, force: true }); } };
}

async function installTriggers(database: Database): Promise<void> {
  const db = database.db;
  await runMigrations(database);
  await loadStarterLibrary(db);
  const have = new Set((await queryRows<{ id: string }>(db, sql`select id from playbooks`)).map((r) => r.id));
  const files = Object.entries(EXTRA_TRIGGERS).filter(([id]) => !have.has(id)).map(([id, trigger]) => ({ path: `${id}.yaml`, content: triggerPlaybookYaml(id, trigger, { reentry: '{ cooldown: 30d }' }) }));
  if (files.length) await importLibrary(db, files, { actorId: null, newStatus: 'active', changelog: 'sweep benchmark' });
  await db.execute(sql`insert into segments (id, name, condition) values (${BENCH_SEGMENT.id}, ${BENCH_SEGMENT.name}, ${BENCH_SEGMENT.condition}) on conflict (id) do nothing`);
  // A rerun starts from the same place: no plays, nothing remembered.
  await db.execute(sql`truncate plays, trigger_states, trigger_firings, trigger_errors cascade`);
  await db.execute(sql`analyze`);
}

/** The floor runs under the sweep's settings (no JIT), so the ratio compares queries, not settings. */
async function timeFloor(db: Db, today: string, now: Date): Promise<{ ms: number; rows: number }> {
  const started = performance.now();
  let rows = 0;
  await db.transaction(async (tx) => {
    await tx.execute(sql`set local jit = off`);
    for (const query of Object.values(floorQueries(today, now, new Date(now.getTime() - CURSOR_OVERLAP_MS)))) rows += (await queryRows(tx as unknown as Db, query)).length;
  });
  return { ms: performance.now() - started, rows };
}

/** The naive way: load each account's facts and run the in-memory evaluator, trigger by trigger. */
async function timeNaive(db: Db, today: string, now: Date, total: number): Promise<{ ms: number; sample: number; extrapolatedMs: number }> {
  const triggers = await loadActiveTriggers(db, today);
  const conditions = triggers.flatMap((t) => {
    const text = NAIVE_CONDITIONS[t.playbookId] ?? ('when' in t.trigger && t.trigger.kind === 'signal' ? t.trigger.when : null);
    return text ? [{ id: t.playbookId, checked: compileCondition(text), segment: t.trigger.segment }] : [];
  });
  const signals = [...new Map(conditions.flatMap((c) => signalsOf(c.checked)).map((s) => [JSON.stringify(s.signal), s.signal])).values()];
  const ids = (await queryRows<{ id: string }>(db, sql`select id::text as id from accounts order by md5(id::text) limit ${SAMPLE}`)).map((r) => r.id);
  const since = new Date(now.getTime() - 7 * 86_400_000).toISOString();
  const started = performance.now();
  let matched = 0;
  for (let i = 0; i < ids.length; i += 500) {
    const batch = ids.slice(i, i + 500);
    const facts = await loadAccountFacts(db, batch, today, signals);
    const texts = await queryRows<{ account_id: string; t: string }>(db, sql`
      select account_id::text as account_id, body as t from notes where account_id = any(${`{${batch.join(',')}}`}::uuid[]) and created_at > ${since}::timestamptz
      union all select account_id::text, subject from tickets where account_id = any(${`{${batch.join(',')}}`}::uuid[]) and opened_at > ${since}::timestamptz
      union all select account_id::text, comment from survey_responses where account_id = any(${`{${batch.join(',')}}`}::uuid[]) and comment is not null and responded_at > ${since}::timestamptz`);
    for (const id of batch) {
      const f = facts.get(id)!;
      for (const c of conditions) if ((!c.segment || f.segments.includes(c.segment)) && matches(c.checked, f, evaluateMetric)) matched++;
    }
    for (const row of texts) for (const phrases of Object.values(NAIVE_KEYWORDS)) if (findKeyword(row.t, phrases)) matched++;
  }
  const ms = performance.now() - started;
  return { ms, sample: ids.length, extrapolatedMs: (ms * total) / ids.length };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const only = process.env.BENCH_BACKENDS?.split(',');
for (const backend of backendsToRun().filter((b) => !only || only.includes(b))) {
  const { database, accounts, done } = await prepare(backend);
  const db = database.db;
  try {
    await installTriggers(database);
    const seeded = await getSetting<{ referenceDay: string }>(db, 'demo.seeded');
    const today = seeded?.referenceDay ?? new Date().toISOString().slice(0, 10);
    const now = today === new Date().toISOString().slice(0, 10) ? new Date() : new Date(`${today}T23:59:59.999Z`);
    const triggers = await loadActiveTriggers(db, today);
    const kinds = triggers.reduce<Record<string, number>>((m, t) => ({ ...m, [t.trigger.kind]: (m[t.trigger.kind] ?? 0) + 1 }), {});

    const dry = await sweep(db, { today, now, dryRun: true });
    const notStarted = async () => ({ started: false, reason: 'benchmark: plays are not started' });
    const prime = await sweep(db, { today, now, startPlay: notStarted });
    // Floor and sweep take turns, so a busy machine slows both alike.
    await timeFloor(db, today, now);
    const floors: number[] = [];
    const steady: number[] = [];
    let floorRows = 0;
    let last = prime;
    for (let i = 0; i < 3; i++) {
      const f = await timeFloor(db, today, now);
      floors.push(f.ms);
      floorRows = f.rows;
      last = await sweep(db, { today, now });
      steady.push(last.ms);
    }
    const naive = await timeNaive(db, today, now, accounts);
    const floor = median(floors);
    const sweepMs = median(steady);

    const settings = backend === 'postgres' ? (await queryRows<{ s: string }>(db, sql`select current_setting('shared_buffers') || ' shared_buffers, ' || (select count(*) from pg_stat_activity)::text || ' connections' as s`))[0]!.s : 'in-process WASM';
    const load = (await import('node:os')).loadavg()[0]!.toFixed(1);
    process.stdout.write(`\n== sweep: ${backend} (${settings}; load average ${load} on ${(await import('node:os')).cpus().length} CPUs), ${fmt(accounts)} accounts, ${triggers.length} triggers (${Object.entries(kinds).map(([k, n]) => `${n} ${k}`).join(', ')}), today ${today}\n`);
    process.stdout.write(`  floor (hand-written SQL, 20 queries)        ${secs(floor)}   (${fmt(floorRows)} matching rows)\n`);
    process.stdout.write(`  first sweep, dry run (every match is new)   ${secs(dry.ms)}   (${fmt(dry.candidates)} candidates → ${fmt(dry.started + dry.control)} would start)\n`);
    process.stdout.write(`  first sweep, states written, plays stubbed ${secs(prime.ms)}   (segments recomputed; ${fmt(prime.candidates)} candidates; each stubbed start still costs a savepoint)\n`);
    process.stdout.write(`  steady-state full sweep (median of 3)       ${secs(sweepMs)}   (segments + 20 triggers + edge states + arbitration; ${last.candidates} new candidates, ${last.errors.length} errors)\n`);
    const slowest = [...last.timings].sort((a, b) => b.ms - a.ms).slice(0, 5).map((t) => `${t.playbookId} ${Math.round(t.ms)} ms`).join(', ');
    process.stdout.write(`    slowest triggers: ${slowest}\n`);
    process.stdout.write(`  naive: loadAccountFacts + evaluator         ${secs(naive.ms)} for ${fmt(naive.sample)} sampled accounts → ${secs(naive.extrapolatedMs)} extrapolated to ${fmt(accounts)}\n`);
    process.stdout.write(`  ratio sweep / floor                          ${(sweepMs / floor).toFixed(2)}x   (target ≤ 2x)\n`);
    process.stdout.write(`  ratio naive / floor                          ${(naive.extrapolatedMs / floor).toFixed(1)}x\n`);
    if (backend === 'postgres') process.stdout.write(`  target: steady-state sweep < 5 s on PostgreSQL: ${sweepMs < 5000 ? 'met' : 'NOT met'}\n`);
  } finally {
    await done();
  }
}
