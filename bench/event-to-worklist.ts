// Latency from an ingested event to the step it causes on the worklist, in embedded mode (one
// process, PGlite, jobs in-process): POST /v1/track `contract_signed` for an account, then poll
// GET /api/me/steps as the account's CSM until a step of the play it started appears. The
// trigger is the starter library's onboarding playbook (event contract_signed, touch model high
// or low). The path: ingest → metrics rollup job (polled every 0.5 s) → evaluation of the
// account, inline after the rollup → startPlay → steps. The worklist is polled every 50 ms. p50/p95 over BENCH_TRIES tries (default 20). Target: p95 < 2 s.
import pino from 'pino';
import { sql } from 'drizzle-orm';
import { loadConfig } from '../src/server/config.ts';
import { openDatabase, queryRows } from '../src/server/db/client.ts';
import { startPlaymaker } from '../src/server/runtime.ts';
import { createToken } from '../src/server/modules/users/tokens.ts';
import { createUser } from '../src/server/modules/users/service.ts';
import { ms, summarize } from './support/stats.ts';

const TRIES = Number(process.env.BENCH_TRIES ?? 20);
/** Ordinary product events for other accounts meanwhile, one every this many ms (0: none). */
const BACKGROUND_MS = Number(process.env.BENCH_BACKGROUND_MS ?? 250);
const ACCOUNTS = Number(process.env.BENCH_ACCOUNTS ?? 1_000);
const PASSWORD = 'correct-horse-battery';

const database = await openDatabase({});
const running = await startPlaymaker({ config: { ...loadConfig({ LOG_LEVEL: 'silent' }), port: 0, host: '127.0.0.1' }, database, logger: pino({ level: 'silent' }) });
const db = database.db;
try {
  const csm = await createUser(db, running.services.auth, { email: 'csm@bench.example', name: 'Bench CSM', role: 'csm', password: PASSWORD });
  const login = await fetch(`${running.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'csm@bench.example', password: PASSWORD }) });
  const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const { token } = await createToken(db, { name: 'bench-ingest', scopes: ['ingest'], createdBy: null });
  const auth = `Basic ${Buffer.from(`${token}:`).toString('base64')}`;

  // A company of ordinary size around the accounts under test, so sweeps are not trivially small:
  // new customers with a champion, which the starter library's other triggers leave alone.
  await db.execute(sql`insert into accounts (name, product_id, touch_model, lifecycle_stage, arr, owner_id, contract_start, renewal_date)
    select 'Bench ' || i, 'bench-' || i, (array['high','low','tech'])[1 + i % 3], 'onboarding', 10000 + i, ${csm.id}, current_date - 1, current_date + 364
    from generate_series(1, ${ACCOUNTS}) i`);
  await db.execute(sql`insert into contacts (account_id, name, roles) select id, 'Champion of ' || name, '{champion}' from accounts`);
  const { sweep } = await import('../src/server/modules/engine/sweep.ts');
  await sweep(db, {});

  const accounts = await queryRows<{ id: string; product_id: string }>(db, sql`select id::text as id, product_id from accounts where touch_model = 'high' order by name limit ${TRIES}`);
  let background = 0;
  const others = await queryRows<{ product_id: string }>(db, sql`select product_id from accounts where touch_model = 'tech' limit 200`);
  const traffic = BACKGROUND_MS > 0 ? setInterval(() => {
    const other = others[background++ % others.length]!;
    const login = { type: 'track', event: 'login', userId: `user-${background}`, messageId: `bench-login-${background}-${Date.now()}`, context: { groupId: other.product_id }, timestamp: new Date().toISOString() };
    fetch(`${running.url}/v1/track`, { method: 'POST', headers: { authorization: auth, 'content-type': 'application/json' }, body: JSON.stringify(login) }).catch(() => {});
  }, BACKGROUND_MS) : null;
  const samples: number[] = [];
  for (const [i, account] of accounts.entries()) {
    const message = { type: 'track', event: 'contract_signed', userId: `signer-${i}`, messageId: `bench-signed-${i}-${Date.now()}`, context: { groupId: account.product_id }, timestamp: new Date().toISOString() };
    const started = performance.now();
    const sent = await fetch(`${running.url}/v1/track`, { method: 'POST', headers: { authorization: auth, 'content-type': 'application/json' }, body: JSON.stringify(message) });
    if (sent.status !== 200) throw new Error(`track answered ${sent.status}: ${await sent.text()}`);
    let seen = false;
    while (!seen) {
      if (performance.now() - started > 30_000) throw new Error(`no step for ${account.id} after 30 s`);
      for (const view of ['today', 'upcoming']) {
        const res = await fetch(`${running.url}/api/me/steps?view=${view}&days=60`, { headers: { cookie } });
        const body = (await res.json()) as { steps: { account: { id: string }; play: { playbookId: string } }[] };
        if (body.steps.some((s) => s.account.id === account.id && s.play.playbookId === 'onboarding')) seen = true;
      }
      if (!seen) await new Promise((r) => setTimeout(r, 50));
    }
    samples.push(performance.now() - started);
  }
  if (traffic) clearInterval(traffic);
  const s = summarize(samples);
  process.stdout.write(`\n== event to worklist (embedded PGlite, ${ACCOUNTS.toLocaleString('en-US')} accounts, ${s.n} tries, ${BACKGROUND_MS ? `background: a login event every ${BACKGROUND_MS} ms` : 'no background traffic'})\n`);
  if (process.env.BENCH_VERBOSE) process.stdout.write(`  tries: ${samples.map((x) => Math.round(x)).join(" ")}\n`);
  process.stdout.write(`  p50 ${ms(s.p50)}   p95 ${ms(s.p95)}   mean ${ms(s.mean)}   max ${ms(Math.max(...samples))}\n`);
  process.stdout.write(`  target p95 < 2 s: ${s.p95 < 2000 ? 'met' : 'NOT met'}\n`);
} finally {
  await running.stop();
  await database.close();
}
