import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { compileCondition, matches, signalsOf } from '../src/core/conditions/index.ts';
import { addDays } from '../src/core/conditions/dates.ts';
import { evaluateMetric } from '../src/core/metrics/functions.ts';
import type { Database } from '../src/server/db/client.ts';
import { queryRows } from '../src/server/db/client.ts';
import { runMigrations } from '../src/server/db/migrate.ts';
import { matchingAccountsQuery } from '../src/server/modules/engine/condition-sql.ts';
import { loadAccountFacts } from '../src/server/modules/engine/facts-loader.ts';
import { metricSql } from '../src/server/modules/engine/metric-sql.ts';
import { describeBackends } from './support/backends.ts';

const TODAY = '2026-11-23';

// ---- data ----------------------------------------------------------------------------------
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null, freq: 3 });
const seriesArb = fc.record({
  startOffset: fc.integer({ min: 0, max: 60 }),
  values: fc.array(maybe(fc.integer({ min: 0, max: 40 })), { maxLength: 70 }),
});
const accountArb = fc.record({
  lifecycle: maybe(fc.constantFrom('onboarding', 'adoption', 'mature', 'churned')),
  touchModel: maybe(fc.constantFrom('high', 'low', 'tech')),
  tier: maybe(fc.constantFrom('smb', 'enterprise')),
  arr: maybe(fc.integer({ min: 0, max: 200_000 })),
  industry: maybe(fc.constantFrom('retail', 'energy', 'health')),
  employees: maybe(fc.integer({ min: 1, max: 5000 }).map(String)),
  seats: maybe(fc.integer({ min: 0, max: 300 })),
  renewalIn: maybe(fc.integer({ min: -30, max: 400 })),
  contractAgo: maybe(fc.integer({ min: 0, max: 900 })),
  health: maybe(fc.record({ score: fc.integer({ min: 0, max: 100 }), tier: fc.constantFrom('critical', 'at-risk', 'neutral', 'healthy'), usage: maybe(fc.integer({ min: 0, max: 100 })) })),
  wau: maybe(seriesArb),
  seatsUsed: maybe(seriesArb),
  contacts: fc.uniqueArray(fc.record({ roles: fc.subarray(['champion', 'executive_sponsor', 'user']), left: fc.boolean(), user: fc.constantFrom('u1', 'u2', 'u3') }), { maxLength: 3, selector: (c) => c.user }),
  events: fc.array(fc.record({ event: fc.constantFrom('login', 'ticket_opened'), daysAgo: fc.integer({ min: 0, max: 60 }), hour: fc.integer({ min: 0, max: 23 }), user: maybe(fc.constantFrom('u1', 'u2', 'u3')), priority: maybe(fc.constantFrom('low', 'urgent')) }), { maxLength: 8 }),
  inSegment: fc.boolean(),
});
type AccountData = typeof accountArb extends fc.Arbitrary<infer T> ? T : never;

// ---- conditions ----------------------------------------------------------------------------
const window = fc.constantFrom('1d', '7d', '14d', '30d');
const numberSignal = fc.oneof(
  fc.constantFrom('arr', 'seats', 'health.score', 'health.usage', 'days_until_renewal', 'days_since_contract_start', 'traits.employees', 'event.login.days_since', 'metric.weekly_active_users.value'),
  fc.tuple(fc.constantFrom('weekly_active_users', 'seats_used'), fc.constantFrom('avg', 'sum', 'change', 'change_abs', 'trend'), window).map(([m, f, w]) => `metric.${m}.${f}(${w})`),
  window.map((w) => `event.login.count(${w})`),
  window.map((w) => `event.ticket_opened.count(${w}, priority = "urgent")`),
  window.map((w) => `event.ticket_opened.count(${w}, priority in ["low", "urgent"])`),
);
const threshold = fc.oneof(fc.integer({ min: -20, max: 300 }).map(String), fc.constantFrom('-30%', '0.37', '12.5', '0'));
const comparison = fc.oneof(
  fc.tuple(numberSignal, fc.constantFrom('<', '<=', '>', '>=', '!='), threshold).map(([s, op, t]) => `${s} ${op} ${t}`),
  fc.tuple(numberSignal, fc.constantFrom('<', '>')).map(([s, op]) => `arr / seats ${op} ${s}`),
  fc.tuple(fc.constantFrom('lifecycle', 'touch_model', 'tier', 'health.tier', 'traits.industry'), fc.constantFrom('=', '!='), fc.constantFrom('"adoption"', '"high"', '"smb"', '"healthy"', '"retail"')).map(([s, op, v]) => `${s} ${op} ${v}`),
  fc.tuple(fc.constantFrom('lifecycle', 'traits.industry'), fc.constantFrom('in', 'not in')).map(([s, op]) => `${s} ${op} ["adoption", "retail", "mature"]`),
  fc.constantFrom('champion.present', 'sponsor.present', 'champion.active = false', 'sponsor.active', 'in_segment("s1")', 'health.score = null', 'traits.industry != null'),
);
const conditionArb: fc.Arbitrary<string> = fc.letrec<{ expr: string }>((tie) => ({
  expr: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    comparison,
    fc.tuple(tie('expr'), fc.constantFrom('and', 'or'), tie('expr')).map(([a, op, b]) => `(${a}) ${op} (${b})`),
    tie('expr').map((e) => `not (${e})`),
  ),
})).expr;

async function load(database: Database, data: AccountData[]): Promise<void> {
  const db = database.db;
  await db.execute(sql`truncate accounts, segments cascade`);
  await db.execute(sql`insert into segments (id, name, condition) values ('s1', 'Segment one', 'arr > 0')`);
  for (const a of data) {
    const id = randomUUID();
    const traits = Object.fromEntries(Object.entries({ industry: a.industry, employees: a.employees, seats: a.seats }).filter(([, v]) => v !== null));
    await db.execute(sql`insert into accounts (id, name, lifecycle_stage, touch_model, tier, arr, traits, renewal_date, contract_start)
      values (${id}, ${id}, ${a.lifecycle}, ${a.touchModel}, ${a.tier}, ${a.arr}, ${JSON.stringify(traits)}::jsonb,
              ${a.renewalIn === null ? null : addDays(TODAY, a.renewalIn)}::date, ${a.contractAgo === null ? null : addDays(TODAY, -a.contractAgo)}::date)`);
    if (a.health) {
      await db.execute(sql`insert into health_scores (account_id, score, tier, components) values (${id}, ${a.health.score}, ${a.health.tier}, ${JSON.stringify({ usage: a.health.usage })}::jsonb)`);
    }
    for (const [metric, s] of [['weekly_active_users', a.wau], ['seats_used', a.seatsUsed]] as const) {
      if (!s) continue;
      await db.execute(sql`insert into metric_series (account_id, metric, start_day, values, source)
        values (${id}, ${metric}, ${addDays(TODAY, -s.startOffset)}::date, ${`{${s.values.map((v) => (v === null ? 'NULL' : v)).join(',')}}`}::float8[], 'reported')`);
    }
    for (const [i, c] of a.contacts.entries()) {
      await db.execute(sql`insert into contacts (account_id, name, roles, status, external_id) values (${id}, ${`c${i}`}, ${`{${c.roles.join(',')}}`}::text[], ${c.left ? 'left' : 'active'}, ${`${id}-${c.user}`})`);
    }
    for (const e of a.events) {
      const at = `${addDays(TODAY, -e.daysAgo)}T${String(e.hour).padStart(2, '0')}:00:00Z`;
      const props = e.priority ? { priority: e.priority } : {};
      await db.execute(sql`insert into events (message_id, type, event, account_id, user_id, occurred_at, properties, source)
        values (${randomUUID()}, 'track', ${e.event}, ${id}, ${e.user ? `${id}-${e.user}` : null}, ${at}::timestamptz, ${JSON.stringify(props)}::jsonb, 'api')`);
    }
    if (a.inSegment) await db.execute(sql`insert into segment_members (segment_id, account_id) values ('s1', ${id})`);
  }
}

describeBackends('conditions: the SQL compiler agrees with the in-memory evaluator', (backend) => {
  let database: Database;
  beforeAll(async () => {
    database = await backend.freshDatabase();
    await runMigrations(database);
  });
  afterAll(() => database.close());

  it('on generated accounts and generated conditions', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(accountArb, { minLength: 5, maxLength: 20 }), fc.array(conditionArb, { minLength: 4, maxLength: 8 }), async (data, conditions) => {
        await load(database, data);
        const ids = (await queryRows<{ id: string }>(database.db, sql`select id from accounts`)).map((r) => r.id);
        for (const text of conditions) {
          const checked = compileCondition(text);
          const { query } = matchingAccountsQuery(checked, { today: TODAY, metric: metricSql });
          const fromSql = (await queryRows<{ id: string }>(database.db, query)).map((r) => r.id).sort();
          const facts = await loadAccountFacts(database.db, ids, TODAY, signalsOf(checked).map((s) => s.signal));
          const inMemory = ids.filter((id) => matches(checked, facts.get(id)!, evaluateMetric)).sort();
          expect(fromSql, text).toEqual(inMemory);
        }
      }),
      { numRuns: 25, endOnFailure: true },
    );
  }, 240_000);
});
