import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { demoCompany } from '../src/core/demo/generate.ts';
import { DEMO_LOGIN_EMAILS, DEMO_PASSWORD } from '../src/core/demo/team.ts';
import type { Database } from '../src/server/db/client.ts';
import { queryRows } from '../src/server/db/client.ts';
import { runMigrations } from '../src/server/db/migrate.ts';
import { DEMO_SEEDED_SETTING, seedDemo } from '../src/server/modules/demo/seed.ts';
import { getSetting } from '../src/server/modules/system/settings.ts';
import { createAuth } from '../src/server/modules/users/auth.ts';
import { startTestApp } from './support/app.ts';
import { describeBackends } from './support/backends.ts';

const NOW = new Date('2026-03-15T15:30:00Z');
const TABLES = ['accounts', 'contacts', 'tickets', 'survey_responses', 'notes', 'events', 'timeline_events', 'metric_series', 'account_user_days'] as const;

/**
 * Rows per table. With `seededAt`, only timeline events from before the demo was loaded: the
 * engine starts plays right after loading (their `play.started` events), and those are not a load.
 */
async function tableCounts(database: Database, seededAt?: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of TABLES) {
    const where = seededAt && table === 'timeline_events' ? ` where occurred_at <= '${seededAt}'` : '';
    counts[table] = (await queryRows<{ n: number }>(database.db, sql.raw(`select count(*)::int as n from ${table}${where}`)))[0]!.n;
  }
  return counts;
}

async function zero(database: Database, what: string, query: string): Promise<void> {
  const [row] = await queryRows<{ n: number }>(database.db, sql.raw(`select count(*)::int as n from (${query}) as broken`));
  expect(row!.n, what).toBe(0);
}

describeBackends('demo company loading', (backend) => {
  it('loads the generated company row for row, with every reference intact, once', async () => {
    const database = await backend.freshDatabase();
    await runMigrations(database);
    const auth = createAuth({ db: database.db, secret: 'demo-test-secret-that-is-long-enough', baseURL: 'http://localhost:3000', sessionTtlSeconds: 3600 });
    const logins = await seedDemo(database.db, auth, { accounts: 60, now: NOW });
    expect(logins.map((l) => l.email)).toEqual([...DEMO_LOGIN_EMAILS]);

    const expected: Record<string, number> = Object.fromEntries(TABLES.map((t) => [t, 0]));
    for (const b of demoCompany({ referenceDay: '2026-03-15', asOf: NOW.toISOString(), accounts: 60 }).accounts()) {
      expected.accounts! += 1;
      expected.contacts! += b.contacts.length;
      expected.tickets! += b.tickets.length;
      expected.survey_responses! += b.surveys.length;
      expected.notes! += b.notes.length;
      expected.events! += b.events.length;
      expected.timeline_events! += b.timeline.length;
      expected.metric_series! += b.series.length;
      expected.account_user_days! += b.userDays.length;
    }
    expect(await tableCounts(database)).toEqual(expected);

    const roles = await queryRows<{ role: string; n: number }>(database.db, sql`select role, count(*)::int as n from users group by role order by role`);
    expect(roles).toEqual([{ role: 'admin', n: 1 }, { role: 'csm', n: 8 }, { role: 'manager', n: 2 }, { role: 'viewer', n: 1 }]);
    await zero(database, 'CSMs without a manager', `select 1 from users u left join users m on m.id = u.manager_id where u.role = 'csm' and m.role is distinct from 'manager'`);
    await zero(database, 'accounts not owned by a CSM', `select 1 from accounts a left join users u on u.id = a.owner_id where u.role is distinct from 'csm'`);
    await zero(database, 'tickets reported by another account\'s contact', `select 1 from tickets t join contacts c on c.id = t.contact_id where c.account_id <> t.account_id`);
    await zero(database, 'surveys answered by another account\'s contact', `select 1 from survey_responses s join contacts c on c.id = s.contact_id where c.account_id <> s.account_id`);
    await zero(database, 'notes without an author', `select 1 from notes where author_id is null or author_id not in (select id from users)`);
    await zero(database, 'timeline actors who are not users', `select 1 from timeline_events where actor_id is not null and actor_id not in (select id from users)`);
    await zero(database, 'events not attributed to their group', `select 1 from events e join accounts a on a.id = e.account_id where e.group_id <> a.product_id or e.source <> 'demo' or e.type <> 'track'`);
    await zero(database, 'series whose length is not their days', `select 1 from metric_series where cardinality(values) <> ('2026-03-15'::date - start_day + 1)`);
    await zero(database, 'active-user days without a login', `select 1 from account_user_days d where not exists (
      select 1 from events e where e.account_id = d.account_id and e.user_id = d.user_id and e.event = 'login' and (e.occurred_at at time zone 'UTC')::date = d.day)`);
    await zero(database, 'contacts with a left date but not left', `select 1 from contacts where (status = 'left') <> (left_at is not null)`);
    await zero(database, 'anything dated after now', `select occurred_at from events where occurred_at > '${NOW.toISOString()}' union all select occurred_at from timeline_events where occurred_at > '${NOW.toISOString()}'`);

    const [health] = await queryRows<{ scored: number; days: number; movedByUsage: number }>(database.db, sql`
      select (select count(*)::int from health_scores) as scored, (select count(distinct day)::int from health_history) as days,
             (select count(*)::int from health_history, jsonb_array_elements(reasons) r where r->>'component' = 'usage') as "movedByUsage"`);
    expect(health!.scored).toBeGreaterThan(50);
    expect(health!.days).toBe(4);
    expect(health!.movedByUsage).toBeGreaterThan(0);

    const seeded = await getSetting<{ at: string; accounts: number }>(database.db, DEMO_SEEDED_SETTING);
    expect(seeded).toMatchObject({ at: NOW.toISOString(), accounts: 60 });
    await seedDemo(database.db, auth, { accounts: 60, now: new Date() });
    expect(await tableCounts(database)).toEqual(expected);
    expect(await getSetting(database.db, DEMO_SEEDED_SETTING)).toEqual(seeded);
  }, 180_000);

  it('loads 1,000 accounts on the first `serve --demo` only, and the demo logins sign in', async () => {
    const database = await backend.freshDatabase();
    const first = await startTestApp(database, { demo: true });
    try {
      expect(first.running.demoLogins.map((l) => [l.email, l.role])).toEqual([
        ['admin@demo.playmaker.dev', 'admin'], ['manager@demo.playmaker.dev', 'manager'], ['csm@demo.playmaker.dev', 'csm'], ['viewer@demo.playmaker.dev', 'viewer'],
      ]);
    } finally {
      await first.stop();
    }
    const seededAt = (await getSetting<{ at: string }>(database.db, DEMO_SEEDED_SETTING))!.at;
    const loaded = await tableCounts(database, seededAt);
    expect(loaded.accounts).toBe(1000);

    const second = await startTestApp(database, { demo: true });
    try {
      expect(await tableCounts(database, seededAt)).toEqual(loaded);
      for (const login of second.running.demoLogins) {
        expect(login.password).toBe(DEMO_PASSWORD);
        const res = await second.call('POST', '/api/auth/login', { body: { email: login.email, password: login.password } });
        expect(res.status, login.email).toBe(200);
        expect(res.body.user.role).toBe(login.role);
      }
      const csm = await second.call('POST', '/api/auth/login', { body: { email: 'csm@demo.playmaker.dev', password: DEMO_PASSWORD } });
      const cookie = csm.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
      const accounts = await second.call('GET', '/api/accounts?pageSize=5', { cookie });
      expect(accounts.status).toBe(200);
      expect(accounts.body.data.length).toBe(5);
      // The first start asked for a trigger evaluation: the CSM's Today is not empty for long.
      await expect.poll(async () => {
        const steps = await second.call('GET', '/api/me/steps?view=upcoming', { cookie });
        return steps.body.counts.today + steps.body.counts.upcoming;
      }, { timeout: 120_000, interval: 1_000 }).toBeGreaterThan(0);
    } finally {
      await second.stop();
    }
  }, 300_000);
});
