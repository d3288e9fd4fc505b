// Event ingest through the Segment-compatible /v1/batch: 2,500-event batches from several
// concurrent senders into a real HTTP server, on PGlite and (when DATABASE_URL or
// TEST_DATABASE_URL is set) PostgreSQL, there both as an API-only process and as one process
// that also runs the rollup workers. Ceiling in the same run: COPY of the same rows (already
// attributed) straight into events. On a local PostgreSQL it also reports CPU per event (the
// cluster's processes from /proc, plus Node's), which holds whatever else the machine is doing.
// Target: ≥ 20,000 events/s on PostgreSQL.
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { sql } from 'drizzle-orm';
import pino from 'pino';
import { from as copyFrom } from 'pg-copy-streams';
import { loadConfig } from '../src/server/config.ts';
import type { Database } from '../src/server/db/client.ts';
import { queryRows } from '../src/server/db/client.ts';
import { runMigrations } from '../src/server/db/migrate.ts';
import { createToken } from '../src/server/modules/users/tokens.ts';
import { startPlaymaker } from '../src/server/runtime.ts';
import { backendsToRun, benchDatabase } from './support/databases.ts';

const BATCH = 2_500;
const SENDERS = Number(process.env.BENCH_SENDERS ?? 4);
const ACCOUNTS = 1_000;
const USERS = 10_000;
const BATCHES: Record<string, number> = { postgres: Number(process.env.BENCH_PG_BATCHES ?? 80), pglite: Number(process.env.BENCH_PGLITE_BATCHES ?? 24) };
const EVENTS = ['Report Exported', 'Dashboard Viewed', 'Seat Added', 'Integration Connected', 'Search Performed'];

interface Row {
  messageId: string;
  event: string;
  userId: string;
  accountId: string;
  timestamp: string;
  properties: Record<string, unknown>;
}

const NOW = Date.now();

/**
 * Realistic small tracks: sent as they happen (within the last hour), most attributed through
 * the user's contact, one in ten by context.groupId.
 */
function message(run: string, b: number, i: number) {
  const n = b * BATCH + i;
  const user = (n * 7919) % USERS;
  const base = {
    type: 'track',
    event: EVENTS[n % EVENTS.length]!,
    userId: `u-${user}`,
    messageId: `${run}-${b}-${i}`,
    timestamp: new Date(NOW - (n % 3_600) * 1000).toISOString(),
    properties: { n, plan: 'pro' },
  };
  return n % 10 === 0 ? { ...base, context: { groupId: `ws-${user % ACCOUNTS}` } } : base;
}

function batchBody(run: string, b: number): string {
  return JSON.stringify({ batch: Array.from({ length: BATCH }, (_, i) => message(run, b, i)), sentAt: new Date().toISOString() });
}

async function seed(database: Database): Promise<Map<string, string>> {
  await database.db.execute(sql`insert into accounts (name, product_id) select 'Bench ' || i, 'ws-' || i from generate_series(0, ${ACCOUNTS - 1}) i`);
  await database.db.execute(sql`
    insert into contacts (account_id, external_id, name)
    select a.id, 'u-' || u, 'User ' || u from generate_series(0, ${USERS - 1}) u join accounts a on a.product_id = 'ws-' || (u % ${ACCOUNTS})`);
  await database.db.execute(sql`analyze`);
  const rows = await queryRows<{ external_id: string; account_id: string }>(database.db, sql`select external_id, account_id from contacts`);
  return new Map(rows.map((r) => [r.external_id, r.account_id]));
}

let networkRetries = 0;

/**
 * One batch, retried once on a network error as Segment's libraries do (a retry stores nothing
 * twice). With PGlite, a long statement blocks the event loop; a keep-alive socket whose idle
 * timer expires meanwhile is reset under the next request.
 */
async function send(url: string, key: string, body: string, retried = false): Promise<void> {
  let res: Response;
  try {
    res = await fetch(`${url}/v1/batch`, { method: 'POST', headers: { authorization: `Basic ${Buffer.from(`${key}:`).toString('base64')}`, 'content-type': 'application/json' }, body });
  } catch (err) {
    if (retried) throw err;
    networkRetries++;
    return send(url, key, body, true);
  }
  const text = await res.text();
  if (res.status !== 200) throw new Error(`status ${res.status}: ${text.slice(0, 300)}`);
}

async function throughHttp(url: string, key: string, bodies: string[]): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: SENDERS }, async () => {
    while (next < bodies.length) await send(url, key, bodies[next++]!);
  }));
  return performance.now() - started;
}

const COPY_COLUMNS = 'message_id, type, event, account_id, user_id, properties, context, occurred_at, source';

/** COPY text format: backslash, tab and line breaks escaped. */
function copyText(rows: Row[]): string {
  const esc = (s: string) => s.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
  return rows.map((r) => [r.messageId, 'track', r.event, r.accountId, r.userId, esc(JSON.stringify(r.properties)), '{}', r.timestamp, 'segment'].join('\t')).join('\n') + '\n';
}

function copyRows(run: string, b: number, accounts: Map<string, string>): Row[] {
  return Array.from({ length: BATCH }, (_, i) => {
    const m = message(run, b, i);
    // A user's contact sits on the account their context.groupId names, so both paths agree.
    return { messageId: m.messageId, event: m.event, userId: m.userId, accountId: accounts.get(m.userId)!, timestamp: m.timestamp, properties: m.properties };
  });
}

/** The same number of rows, COPYed by as many concurrent connections as there were senders. */
async function copyCeiling(database: Database, texts: string[]): Promise<number> {
  let next = 0;
  const started = performance.now();
  if (database.pglite) {
    for (const text of texts) await database.pglite.query(`copy events (${COPY_COLUMNS}) from '/dev/blob'`, [], { blob: new Blob([text]) });
  } else {
    await Promise.all(Array.from({ length: SENDERS }, async () => {
      const client = await database.pool!.connect();
      try {
        while (next < texts.length) {
          const text = texts[next++]!;
          await client.query('begin');
          await pipeline(Readable.from([text]), client.query(copyFrom(`copy events (${COPY_COLUMNS}) from stdin`)));
          await client.query('commit');
        }
      } finally {
        client.release();
      }
    }));
  }
  return performance.now() - started;
}

const rate = (events: number, ms: number) => Math.round(events / (ms / 1000));

/** utime + stime of a process and its children, in ms, from /proc (Linux, local server only). */
function processCpuMs(pid: number): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return undefined;
  }
}

/**
 * CPU used by the whole PostgreSQL cluster (the postmaster's children: backends, WAL writer,
 * checkpointer…), so a phase's database cost can be compared whatever else the machine is doing.
 */
async function clusterCpu(database: Database): Promise<() => number | undefined> {
  const [{ pid }] = await queryRows<{ pid: number }>(database.db, sql`select pg_backend_pid() as pid`);
  let postmaster: number;
  try {
    postmaster = Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]);
  } catch {
    return () => undefined;
  }
  return () => {
    let total = 0;
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const after = readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1]!.split(' ');
        if (Number(entry) === postmaster || Number(after[1]) === postmaster) total += processCpuMs(Number(entry)) ?? 0;
      } catch {}
    }
    return total;
  };
}

/** Wall time, node CPU and database CPU of one phase. */
async function measure(cpuOfDb: () => number | undefined, phase: () => Promise<number>) {
  const db0 = cpuOfDb();
  const node0 = process.cpuUsage();
  const wallMs = await phase();
  const node = process.cpuUsage(node0);
  const db1 = cpuOfDb();
  return { wallMs, nodeMs: (node.user + node.system) / 1000, dbMs: db0 === undefined || db1 === undefined ? undefined : db1 - db0 };
}

const perEvent = (ms: number | undefined, events: number) => (ms === undefined ? 'n/a' : `${((ms * 1000) / events).toFixed(1)} µs`);

type Role = 'api' | 'all';
type Run = { backend: 'pglite' | 'postgres'; role: Role };
const only = process.env.BENCH_BACKEND;
// PostgreSQL twice: an API-only process (production: `serve --role api`, rollups in a worker
// elsewhere) and one process doing both, whose rollups compete with ingest for the same cores.
const runs = backendsToRun()
  .flatMap((backend): Run[] => (backend === 'postgres' ? [{ backend, role: 'api' }, { backend, role: 'all' }] : [{ backend, role: 'all' }]))
  .filter((r) => (!only || r.backend === only) && (!process.env.BENCH_ROLE || r.role === process.env.BENCH_ROLE));

for (const { backend, role } of runs) {
  const { database, drop } = await benchDatabase(backend);
  await runMigrations(database);
  const accounts = await seed(database);
  const config = { ...loadConfig({ LOG_LEVEL: 'silent' }), port: 0, host: '127.0.0.1', poolSize: 10, databaseUrl: database.connectionString };
  const batches = BATCHES[backend]!;
  // Built before the server starts: a keep-alive socket idle past the server's timeout while
  // the client is busy would be reset under the next request.
  const warmup = [batchBody('warm', 0), batchBody('warm', 1)];
  const bodies = Array.from({ length: batches }, (_, b) => batchBody('http', b));
  const texts = Array.from({ length: batches }, (_, b) => copyText(copyRows('copy', b, accounts)));
  const running = await startPlaymaker({ config, role, database, logger: pino({ level: process.env.BENCH_LOG ?? 'silent' }) });
  const { token } = await createToken(database.db, { name: 'bench', scopes: ['ingest'], createdBy: null });
  await throughHttp(running.url!, token, warmup);
  const bytes = bodies.reduce((n, b) => n + b.length, 0) / bodies.length;
  const cpuOfDb = backend === 'postgres' ? await clusterCpu(database) : () => undefined;
  const httpRun = await measure(cpuOfDb, () => throughHttp(running.url!, token, bodies));

  const copyRun = await measure(cpuOfDb, () => copyCeiling(database, texts));

  const [check] = await queryRows<{ n: number; unattributed: number }>(database.db, sql`
    select count(*)::int as n, count(*) filter (where account_id is null)::int as unattributed from events where message_id like 'http-%'`);
  if (check!.n !== batches * BATCH || check!.unattributed !== 0) throw new Error(`stored ${check!.n} events (${check!.unattributed} unattributed), expected ${batches * BATCH}, all attributed`);

  const total = batches * BATCH;
  const http = rate(total, httpRun.wallMs);
  const copy = rate(total, copyRun.wallMs);
  console.log(
    `ingest /v1/batch, ${backend} (${role === 'api' ? 'API process, rollups elsewhere' : 'API and workers in one process'}): ${total.toLocaleString('en-US')} events in ${batches} batches of ${BATCH} (${Math.round(bytes / 1024)} KB each), ${SENDERS} senders: ` +
      `${http.toLocaleString('en-US')} events/s over HTTP; COPY ceiling ${copy.toLocaleString('en-US')} events/s; HTTP/COPY ${(http / copy).toFixed(2)}` +
      (backend === 'postgres' ? `; target ≥ 20,000 events/s: ${http >= 20_000 ? 'met' : 'NOT met'}` : '') +
      (networkRetries ? `; ${networkRetries} batches re-sent after a reset connection` : ''),
  );
  networkRetries = 0;
  if (httpRun.dbMs !== undefined) {
    // CPU per event does not depend on what else the machine runs: it says what two idle cores would do.
    const httpCpu = (httpRun.dbMs + httpRun.nodeMs) / total;
    const copyCpu = (copyRun.dbMs! + copyRun.nodeMs) / total;
    console.log(
      `  CPU per event: HTTP path ${perEvent(httpRun.dbMs, total)} in PostgreSQL + ${perEvent(httpRun.nodeMs, total)} in Node; COPY ${perEvent(copyRun.dbMs, total)} + ${perEvent(copyRun.nodeMs, total)}. ` +
        `On 2 otherwise idle cores that is at most ${Math.round(2000 / httpCpu).toLocaleString('en-US')} events/s over HTTP and ${Math.round(2000 / copyCpu).toLocaleString('en-US')} by COPY ` +
        `(CPU ratio ${(copyCpu / httpCpu).toFixed(2)}); load average now ${loadavg()[0]!.toFixed(1)}`,
    );
  }
  await running.stop();
  await drop();
}
