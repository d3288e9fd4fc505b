// CSV import of account rows: rows/s and peak memory for 100,000 and 1,000,000 rows, on PGlite and
// (when DATABASE_URL or TEST_DATABASE_URL is set) PostgreSQL, all-or-nothing (one transaction).
// Baseline in the same run: INSERT … SELECT of the same rows from generate_series, the database's
// own ceiling without parsing, checking or timeline entries. Target: memory flat in file size.
// Each import runs in a child process so its peak RSS is its own. BENCH_CSV_ROWS=10000,100000 for
// a quick run.
import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { openDatabase, queryRows } from '../src/server/db/client.ts';
import type { Backend, Database } from '../src/server/db/client.ts';
import { runMigrations } from '../src/server/db/migrate.ts';
import { importCsv } from '../src/server/modules/imports/import-service.ts';
import { backendsToRun, benchDatabase } from './support/databases.ts';

const SIZES = (process.env.BENCH_CSV_ROWS ?? '100000,1000000').split(',').map(Number);
const PLANS = ['Starter', 'Growth', 'Enterprise'];
const INDUSTRIES = ['Software', 'Retail', 'Healthcare', 'Logistics', 'Finance'];

/** Row i of the generated export; the baseline's SQL builds the same values. */
function row(i: number): string {
  const arr = (i * 37) % 500_000;
  const renewal = new Date(Date.UTC(2027, 0, 1) + (i % 365) * 86_400_000);
  const us = `${renewal.getUTCMonth() + 1}/${renewal.getUTCDate()}/${renewal.getUTCFullYear()}`;
  return `"ACC-${i}","Account ${i}","https://www.account${i}.example/","$${arr.toLocaleString('en-US')}.00","${PLANS[i % 3]}","${INDUSTRIES[i % 5]}","${us}"\r\n`;
}

async function writeCsv(file: string, rows: number): Promise<void> {
  const out = createWriteStream(file);
  out.write('"Account ID","Account Name","Website","ARR","Plan","Industry","Renewal Date"\r\n');
  for (let i = 1; i <= rows; i++) if (!out.write(row(i))) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
}

async function baseline(database: Database, rows: number): Promise<number> {
  const started = performance.now();
  await database.db.execute(sql`
    insert into accounts (crm_id, name, domain, arr, plan, renewal_date, traits)
    select 'ACC-' || i, 'Account ' || i, 'account' || i || '.example', (i * 37 % 500000)::numeric,
           (array['Starter','Growth','Enterprise'])[1 + i % 3], date '2027-01-01' + (i % 365),
           jsonb_build_object('industry', (array['Software','Retail','Healthcare','Logistics','Finance'])[1 + i % 5])
    from generate_series(1, ${rows}) as i`);
  return (performance.now() - started) / 1000;
}

/** One measurement, in a process of its own: `csv-import.ts --child <backend> <file> <rows> <dataDir>`. */
async function child(backend: Backend, file: string, rows: number, dataDir: string): Promise<void> {
  let peakRss = 0;
  let peakHeap = 0;
  const sample = () => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  };
  const timer = setInterval(sample, 50);
  const target = backend === 'pglite' ? await (async () => {
    const database = await openDatabase({ dataDir });
    return { database, drop: () => database.close() };
  })() : await benchDatabase('postgres');
  const { database } = target;
  try {
    await runMigrations(database);
    const rssBefore = process.memoryUsage().rss;
    const started = performance.now();
    const report = await importCsv(database, createReadStream(file, { highWaterMark: 256 * 1024 }), {
      entity: 'accounts', mode: 'all-or-nothing', dryRun: false, actorId: null, file: path.basename(file),
    });
    const seconds = (performance.now() - started) / 1000;
    sample();
    (globalThis as { gc?: () => void }).gc?.();
    const heapAfter = process.memoryUsage().heapUsed;
    const [{ n }] = (await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from accounts`)) as [{ n: number }];
    if (report.created !== rows || n !== rows) throw new Error(`imported ${report.created} of ${rows} (${report.rejected} rejected: ${report.rejects[0]?.reason})`);
    await database.db.execute(sql`truncate accounts cascade`);
    const ceiling = await baseline(database, rows);
    process.stdout.write(JSON.stringify({ seconds, ceiling, peakRss, peakHeap, heapAfter, rssBefore, maxRss: process.resourceUsage().maxRSS * 1024 }) + '\n');
  } finally {
    clearInterval(timer);
    await target.drop();
  }
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'playmaker-bench-csv-'));
  try {
    for (const rows of SIZES) {
      const file = path.join(dir, `accounts-${rows}.csv`);
      await writeCsv(file, rows);
      for (const backend of backendsToRun()) {
        const dataDir = path.join(dir, `pglite-${rows}`);
        const result = spawnSync(process.execPath, ['--expose-gc', import.meta.filename, '--child', backend, file, String(rows), dataDir], {
          encoding: 'utf8', env: { ...process.env, LOG_LEVEL: 'silent' }, maxBuffer: 16 * 1024 * 1024,
        });
        if (result.status !== 0) throw new Error(`${backend} ${rows}: ${result.stderr || result.stdout}`);
        const r = JSON.parse(result.stdout.trim().split('\n').at(-1)!);
        console.log(
          `csv import ${backend.padEnd(8)} ${rows.toLocaleString('en-US').padStart(9)} rows (${mb(statSync(file).size)} file): ` +
            `${r.seconds.toFixed(1)} s, ${Math.round(rows / r.seconds).toLocaleString('en-US')} rows/s, ` +
            `peak RSS ${mb(r.maxRss)} (${mb(r.rssBefore)} before the import; JS heap peak ${mb(r.peakHeap)}, ${mb(r.heapAfter)} after GC); ` +
            `baseline INSERT…SELECT ${r.ceiling.toFixed(1)} s, ${Math.round(rows / r.ceiling).toLocaleString('en-US')} rows/s; ratio ${(r.seconds / r.ceiling).toFixed(1)}x`,
        );
        rmSync(dataDir, { recursive: true, force: true });
      }
      rmSync(file, { force: true });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') await child(process.argv[3] as Backend, process.argv[4]!, Number(process.argv[5]), process.argv[6]!);
else await main();
