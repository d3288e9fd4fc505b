// Account list GET with 10,000 accounts: p50/p95 over 500 requests through a real HTTP server,
// on PGlite and (when DATABASE_URL or TEST_DATABASE_URL is set) PostgreSQL. Baseline in the same
// run: the same list queries called directly (no HTTP, no auth, no JSON). Target: p95 < 20 ms on
// PostgreSQL.
import { sql } from 'drizzle-orm';
import pino from 'pino';
import { loadConfig } from '../src/server/config.ts';
import { runMigrations } from '../src/server/db/migrate.ts';
import { listAccounts } from '../src/server/modules/accounts/service.ts';
import type { AccountSortKey } from '../src/server/modules/accounts/service.ts';
import { createToken } from '../src/server/modules/users/tokens.ts';
import { startPlaymaker } from '../src/server/runtime.ts';
import { backendsToRun, benchDatabase } from './support/databases.ts';
import { ms, summarize } from './support/stats.ts';

const ACCOUNTS = Number(process.env.BENCH_ACCOUNTS ?? 10_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 500);

const QUERIES: { sort: AccountSortKey; descending: boolean; filter: Record<string, string | number>; page: number }[] = [
  { sort: 'name', descending: false, filter: {}, page: 1 },
  { sort: 'arr', descending: true, filter: {}, page: 3 },
  { sort: 'renewalDate', descending: false, filter: { renewalWithinDays: 90 }, page: 1 },
  { sort: 'name', descending: false, filter: { touchModel: 'tech' }, page: 10 },
  { sort: 'arr', descending: true, filter: { q: 'acme 12' }, page: 1 },
];

function queryString(q: (typeof QUERIES)[number]): string {
  const params = new URLSearchParams({ sort: `${q.descending ? '-' : ''}${q.sort}`, page: String(q.page), pageSize: '50' });
  for (const [k, v] of Object.entries(q.filter)) params.set(k, String(v));
  return params.toString();
}

for (const backend of backendsToRun()) {
  const { database, drop } = await benchDatabase(backend);
  await runMigrations(database);
  await database.db.execute(sql`
    insert into accounts (name, crm_id, arr, touch_model, tier, lifecycle_stage, renewal_date)
    select 'Acme ' || i, 'CRM-' || i, (i * 37 % 500000)::numeric, (array['high','low','tech'])[1 + i % 3], (array['smb','mid-market','enterprise'])[1 + i % 3],
           (array['onboarding','adoption','mature','renewal'])[1 + i % 4], current_date + (i % 365)
    from generate_series(1, ${ACCOUNTS}) as i`);
  await database.db.execute(sql`analyze accounts`);

  const running = await startPlaymaker({ config: { ...loadConfig({ LOG_LEVEL: 'silent' }), port: 0, host: '127.0.0.1' }, database, logger: pino({ level: 'silent' }) });
  const { token } = await createToken(database.db, { name: 'bench', scopes: ['read'], createdBy: null });
  const headers = { authorization: `Bearer ${token}` };

  // Warm up both paths.
  for (const q of QUERIES) {
    await fetch(`${running.url}/api/accounts?${queryString(q)}`, { headers });
    await listAccounts(database.db, { filter: q.filter, sort: q.sort, descending: q.descending, page: q.page, pageSize: 50 });
  }
  const http: number[] = [];
  const direct: number[] = [];
  for (let i = 0; i < REQUESTS; i++) {
    const q = QUERIES[i % QUERIES.length]!;
    let t = performance.now();
    const res = await fetch(`${running.url}/api/accounts?${queryString(q)}`, { headers });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`status ${res.status}`);
    http.push(performance.now() - t);
    t = performance.now();
    await listAccounts(database.db, { filter: q.filter, sort: q.sort, descending: q.descending, page: q.page, pageSize: 50 });
    direct.push(performance.now() - t);
  }
  const h = summarize(http);
  const d = summarize(direct);
  console.log(`account list, ${ACCOUNTS} accounts, ${backend}: HTTP p50 ${ms(h.p50)}, p95 ${ms(h.p95)} over ${REQUESTS} requests; direct query p50 ${ms(d.p50)}, p95 ${ms(d.p95)}; HTTP/direct p95 ratio ${(h.p95 / d.p95).toFixed(2)}${backend === 'postgres' ? '; target p95 < 20 ms' : ''}`);
  await running.stop();
  await drop();
}
