// Account list GET with 100,000 accounts (PostgreSQL; PGlite gets 20,000): p50/p95 through a real
// HTTP server for pages sorted and filtered the way the accounts table asks (health tier, sort by
// health score, renewal window, segment, open play of a playbook, owner). Baseline in the same
// run: the same list queries called directly (no HTTP, no auth, no JSON). Target: p95 < 100 ms on
// PostgreSQL. A name search ("contains", a sequential scan) is measured and printed beside it.
// The data is generated in SQL with the demo's shapes (tier mix, renewals spread over a year,
// owners, a score for most accounts, a segment, open plays of a starter playbook) rather than by
// `playmaker demo generate`, whose year of metrics and events the list never reads and which
// would take most of the time budget to load.
// BENCH_ACCOUNTS (100,000), BENCH_PGLITE_ACCOUNTS (20,000), BENCH_REQUESTS (600) size the runs;
// BENCH_BACKENDS=postgres picks backends; BENCH_KEEP_DB=1 keeps the PostgreSQL database (its URL is
// printed) to look at query plans afterwards.
import { sql } from 'drizzle-orm';
import pino from 'pino';
import type { Db } from '../src/server/db/client.ts';
import { loadConfig } from '../src/server/config.ts';
import { runMigrations } from '../src/server/db/migrate.ts';
import { listAccounts } from '../src/server/modules/accounts/account-list.ts';
import type { AccountFilter, AccountSortKey } from '../src/server/modules/accounts/account-list.ts';
import { loadStarterLibrary } from '../src/server/modules/playbooks/starter-library.ts';
import { createToken } from '../src/server/modules/users/tokens.ts';
import { startPlaymaker } from '../src/server/runtime.ts';
import { backendsToRun, benchDatabase } from './support/databases.ts';
import { ms, summarize } from './support/stats.ts';

const ACCOUNTS = { postgres: Number(process.env.BENCH_ACCOUNTS ?? 100_000), pglite: Number(process.env.BENCH_PGLITE_ACCOUNTS ?? 20_000) };
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 600);
const KEEP = Boolean(process.env.BENCH_KEEP_DB);
const SEGMENT = 'bench-enterprise';
const PLAYBOOK = 'at-risk';

/** `target: false`: measured and printed, but outside the target (the issue's filters): a name search is a sequential scan without a trigram index. */
interface ListQuery { name: string; sort: AccountSortKey; descending: boolean; filter: AccountFilter; page: number; target?: false }

function queries(ownerId: string): ListQuery[] {
  return [
    { name: 'sort=-arr&healthTier=at-risk', sort: 'arr', descending: true, filter: { healthTier: 'at-risk' }, page: 1 },
    { name: 'sort=health&renewalWithinDays=90', sort: 'health', descending: false, filter: { renewalWithinDays: 90 }, page: 1 },
    { name: 'sort=-health&segmentId (page 5)', sort: 'health', descending: true, filter: { segmentId: SEGMENT }, page: 5 },
    { name: `sort=renewalDate&openPlaybookId=${PLAYBOOK}`, sort: 'renewalDate', descending: false, filter: { openPlaybookId: PLAYBOOK }, page: 1 },
    { name: 'sort=health&ownerId&healthTier=critical', sort: 'health', descending: false, filter: { ownerId, healthTier: 'critical' }, page: 1 },
    { name: 'sort=name&q=bench 12 (name search)', sort: 'name', descending: false, filter: { q: 'bench 12' }, page: 1, target: false },
  ];
}

function queryString(q: ListQuery): string {
  const params = new URLSearchParams({ sort: `${q.descending ? '-' : ''}${q.sort}`, page: String(q.page), pageSize: '50' });
  for (const [k, v] of Object.entries(q.filter)) params.set(k, String(v));
  return params.toString();
}

async function seed(db: Db, n: number): Promise<string> {
  await loadStarterLibrary(db);
  await db.execute(sql`
    insert into users (id, name, email, email_verified, role, active, created_at, updated_at)
    select 'bench-csm-' || i, 'Bench CSM ' || i, 'csm' || i || '@bench.example', true, 'csm', true, now(), now() from generate_series(1, 8) as i`);
  // Tier mix as in the demo: 12.5% enterprise, 32.5% mid-market, 55% SMB; renewals spread over a year.
  await db.execute(sql`
    insert into accounts (name, crm_id, arr, touch_model, tier, lifecycle_stage, renewal_date, owner_id)
    select 'Bench ' || i, 'CRM-' || i, (i * 37 % 500000)::numeric, (array['high','low','tech'])[1 + i % 3],
           case when i % 40 < 5 then 'enterprise' when i % 40 < 18 then 'mid-market' else 'smb' end,
           (array['onboarding','adoption','mature','renewal'])[1 + i % 4], current_date + (i * 7 % 365), 'bench-csm-' || (1 + i % 8)
    from generate_series(1, ${n}) as i`);
  // Nine in ten accounts have a score; the tier follows it with the default cut-offs.
  await db.execute(sql`
    insert into health_scores (account_id, score, tier, components)
    select id, s, case when s < 40 then 'critical' when s < 60 then 'at-risk' when s < 80 then 'neutral' else 'healthy' end, '{}'::jsonb
    from (select id, round((random() * 100)::numeric, 1)::float8 as s from accounts where random() < 0.9) scored`);
  await db.execute(sql`insert into segments (id, name, condition) values (${SEGMENT}, 'Enterprise', 'tier = "enterprise"')`);
  await db.execute(sql`insert into segment_members (segment_id, account_id) select ${SEGMENT}, id from accounts where tier = 'enterprise'`);
  // About 3% of accounts have the at-risk playbook open, as a busy book would.
  await db.execute(sql`
    insert into plays (playbook_id, version, account_id, owner_id, trigger_kind, started_on)
    select ${PLAYBOOK}, 1, id, owner_id, 'manual', current_date from accounts where random() < 0.03`);
  // As autovacuum would leave a loaded table: statistics, and a visibility map for index-only counts.
  await db.execute(sql`vacuum analyze`);
  return 'bench-csm-3';
}

const only = process.env.BENCH_BACKENDS?.split(',');
for (const backend of backendsToRun().filter((b) => !only || only.includes(b))) {
  const n = ACCOUNTS[backend];
  const { database, url, drop } = await benchDatabase(backend);
  try {
    await runMigrations(database);
    const seedStart = performance.now();
    const ownerId = await seed(database.db, n);
    console.log(`seeded ${n} accounts on ${backend} in ${ms(performance.now() - seedStart)}`);
    const list = queries(ownerId);

    const running = await startPlaymaker({ config: { ...loadConfig({ LOG_LEVEL: 'silent' }), port: 0, host: '127.0.0.1' }, database, logger: pino({ level: 'silent' }) });
    try {
      const { token } = await createToken(database.db, { name: 'bench', scopes: ['read'], createdBy: null });
      const headers = { authorization: `Bearer ${token}` };
      const direct = (q: ListQuery) => listAccounts(database.db, { filter: q.filter, sort: q.sort, descending: q.descending, page: q.page, pageSize: 50 });

      for (const q of list) {
        const res = await fetch(`${running.url}/api/accounts?${queryString(q)}`, { headers });
        const body = (await res.json()) as { data: unknown[]; page: { total: number } };
        if (res.status !== 200 || !body.data.length) throw new Error(`${q.name}: status ${res.status}, ${body.data?.length} rows`);
        await direct(q);
      }
      const http: number[] = [];
      const base: number[] = [];
      const all: number[] = [];
      const perQuery = new Map<string, number[]>(list.map((q) => [q.name, []]));
      for (let i = 0; i < REQUESTS; i++) {
        const q = list[i % list.length]!;
        let t = performance.now();
        const res = await fetch(`${running.url}/api/accounts?${queryString(q)}`, { headers });
        await res.arrayBuffer();
        if (res.status !== 200) throw new Error(`status ${res.status}`);
        const took = performance.now() - t;
        all.push(took);
        perQuery.get(q.name)!.push(took);
        t = performance.now();
        await direct(q);
        if (q.target !== false) {
          http.push(took);
          base.push(performance.now() - t);
        }
      }
      const h = summarize(http);
      const d = summarize(base);
      for (const [name, times] of perQuery) console.log(`  ${name}: HTTP p50 ${ms(summarize(times).p50)}, p95 ${ms(summarize(times).p95)}`);
      console.log(
        `account list, ${n} accounts, ${backend}, filtered and sorted pages: HTTP p50 ${ms(h.p50)}, p95 ${ms(h.p95)} over ${h.n} requests; ` +
          `direct query p50 ${ms(d.p50)}, p95 ${ms(d.p95)}; HTTP/direct p95 ratio ${(h.p95 / d.p95).toFixed(2)}` +
          `${backend === 'postgres' ? `; target p95 < 100 ms: ${h.p95 < 100 ? 'met' : 'MISSED'}` : ''}; with the name search too: p95 ${ms(summarize(all).p95)}`,
      );
    } finally {
      await running.stop();
    }
  } finally {
    if (KEEP && url) {
      await database.close();
      console.log(`kept ${url}`);
    } else await drop();
  }
}
