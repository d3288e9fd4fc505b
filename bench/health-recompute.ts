// Health recompute for 100,000 accounts (PostgreSQL; PGlite gets fewer, see below), with plausible
// inputs generated in SQL: five 120-day metric series per account, tickets, survey answers,
// contacts, seats and renewal dates. Times a full recompute (gather, score, write scores and
// history with reasons) against two floors in the same run: the input queries alone, and
// rewriting every score row in place. Target: < 10 s for 100k accounts on PostgreSQL.
// BENCH_ACCOUNTS (100,000) and BENCH_PGLITE_ACCOUNTS (20,000: generating 100,000 takes PGlite
// many minutes) size the runs; BENCH_BACKENDS=postgres picks backends.
import { sql } from 'drizzle-orm';
import type { Db } from '../src/server/db/client.ts';
import { runMigrations } from '../src/server/db/migrate.ts';
import { addDays, utcToday } from '../src/core/metrics/index.ts';
import { gatherHealthInputs } from '../src/server/modules/health/inputs-query.ts';
import { getActiveModel } from '../src/server/modules/health/models-service.ts';
import { HEALTH_GATHER_CHUNK, recomputeHealth } from '../src/server/modules/health/recompute.ts';
import { backendsToRun, benchDatabase } from './support/databases.ts';

const ACCOUNTS = { postgres: Number(process.env.BENCH_ACCOUNTS ?? 100_000), pglite: Number(process.env.BENCH_PGLITE_ACCOUNTS ?? 20_000) };
const DAYS = 120;
const today = utcToday();

async function generate(db: Db, n: number): Promise<void> {
  await db.execute(sql`
    insert into accounts (name, renewal_date, traits)
    select 'Bench ' || i, current_date + (i * 37 % 420) - 30, jsonb_build_object('seats', 5 + i % 300)
    from generate_series(1, ${n}) as i`);
  // Each account gets a usage level and a drift: flat, growing, declining or collapsing.
  await db.execute(sql`
    with a as (
      select id, (traits->>'seats')::int as seats, random() as level, (array[0, 0.004, -0.006, -0.02])[1 + floor(random() * 4)::int] as drift
      from accounts
    ), metrics(metric, scale) as (values ('weekly_active_users', 1.0), ('daily_active_users', 0.45), ('monthly_active_users', 1.3), ('events.login', 3.0), ('events.report_exported', 0.4))
    insert into metric_series (account_id, metric, start_day, values, source)
    select a.id, m.metric, ${addDays(today, -(DAYS - 1))}::date,
      array(select greatest(0, round(a.seats * a.level * m.scale * (1 + a.drift * d) * (0.9 + random() * 0.2)))::float8 from generate_series(0, ${DAYS - 1}) as d where a.id is not null),
      'rollup'
    from a cross join metrics m`);
  await db.execute(sql`
    insert into metric_series (account_id, metric, start_day, values, source)
    select id, 'seats', ${addDays(today, -60)}::date, array[(traits->>'seats')::float8], 'reported' from accounts where random() < 0.3`);
  // random() sits in a per-row subquery: in a lateral subquery that only depends on k, it would be
  // evaluated once per k and give every ticket one of three statuses.
  await db.execute(sql`
    insert into tickets (account_id, subject, priority, status, opened_at, closed_at)
    select id, 'Ticket', priority, status, opened_at, case when status in ('solved', 'closed') then opened_at + interval '2 days' end
    from (
      select id, (array['low','normal','normal','high','urgent'])[1 + floor(random() * 5)::int] as priority,
        (array['open','pending','solved','closed','closed'])[1 + floor(random() * 5)::int] as status,
        now() - make_interval(days => 3 + floor(random() * 90)::int) as opened_at
      from accounts cross join generate_series(1, 3) where random() < 0.5
    ) as t`);
  await db.execute(sql`
    insert into survey_responses (account_id, kind, score, responded_at)
    select id, 'nps', floor(random() * 11)::int, now() - make_interval(days => floor(random() * 300)::int) from accounts where random() < 0.7`);
  await db.execute(sql`
    insert into survey_responses (account_id, kind, score, responded_at)
    select id, 'csat', 1 + floor(random() * 5)::int, now() - make_interval(days => floor(random() * 200)::int) from accounts where random() < 0.3`);
  await db.execute(sql`
    insert into contacts (account_id, name, roles, status)
    select id, 'Contact ' || k, case k when 1 then '{champion}'::text[] when 2 then '{executive_sponsor,decision_maker}'::text[] else '{user}'::text[] end,
      case when random() < 0.12 then 'left' else 'active' end
    from accounts cross join generate_series(1, 3) as k where k = 3 or random() < 0.85`);
  for (const table of ['accounts', 'metric_series', 'tickets', 'survey_responses', 'contacts']) await db.execute(sql.raw(`analyze ${table}`));
}

async function time<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await fn();
  return { ms: performance.now() - started, value };
}

const only = process.env.BENCH_BACKENDS?.split(',');
for (const backend of backendsToRun().filter((b) => !only || only.includes(b))) {
  const n = ACCOUNTS[backend];
  const { database, drop } = await benchDatabase(backend);
  try {
    await runMigrations(database);
    const db = database.db;
    const generated = await time(() => generate(db, n));
    // Yesterday's scores give today's run a previous day to explain changes against (and warm the caches).
    await recomputeHealth(db, { day: addDays(today, -1) });

    const full = await time(() => recomputeHealth(db, { day: today }));
    const model = await getActiveModel(db);
    const gather = await time(async () => {
      let rows = 0;
      for (let after: string | null = null; ; ) {
        const batch = await gatherHealthInputs(db, model.config, today, { after, limit: HEALTH_GATHER_CHUNK }, true);
        if (!batch.length) return rows;
        rows += batch.length;
        after = batch.at(-1)!.accountId;
      }
    });
    const rewrite = await time(() => db.execute(sql`update health_scores set score = score`));
    const tiers = await db.execute(sql`select tier, count(*)::int as n from health_scores group by tier order by tier`);
    const floor = gather.ms + rewrite.ms;
    console.log(
      `health recompute, ${n.toLocaleString('en')} accounts, ${backend}: ${(full.ms / 1000).toFixed(2)} s ` +
        `(${Math.round(n / (full.ms / 1000)).toLocaleString('en')} accounts/s, ${full.value.scored} scored); ` +
        `floor: input queries ${(gather.ms / 1000).toFixed(2)} s + score rewrite ${(rewrite.ms / 1000).toFixed(2)} s = ${(floor / 1000).toFixed(2)} s; ` +
        `ratio ${(full.ms / floor).toFixed(2)}x (vs input queries alone ${(full.ms / gather.ms).toFixed(2)}x)` +
        `${backend === 'postgres' ? '; target < 10 s' : ''}; data generated in ${(generated.ms / 1000).toFixed(1)} s; ` +
        `tiers ${JSON.stringify(Object.fromEntries((tiers as unknown as { rows: { tier: string; n: number }[] }).rows.map((r) => [r.tier, r.n])))}`,
    );
  } finally {
    await drop();
  }
}
