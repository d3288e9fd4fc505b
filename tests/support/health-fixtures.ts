import { sql } from 'drizzle-orm';
import type { Db } from '../../src/server/db/client.ts';
import { queryRows } from '../../src/server/db/client.ts';
import { addDays } from '../../src/core/metrics/index.ts';
import { numberArrayLiteral } from '../../src/server/modules/metrics/sql-arrays.ts';

export interface HealthAccountSpec {
  name: string;
  today: string;
  /** Weekly active users, the last value being today's. */
  wau?: number[];
  seats?: number | string;
  renewalInDays?: number;
  nps?: { score: number; daysAgo: number };
  csat?: { score: number; daysAgo: number };
  tickets?: { priority: 'urgent' | 'high' | 'normal' | 'low'; status?: 'open' | 'pending' | 'solved' | 'closed' }[];
  contacts?: { name: string; roles: string[]; status?: 'active' | 'left' }[];
}

export async function seedHealthAccount(db: Db, spec: HealthAccountSpec): Promise<string> {
  const traits = spec.seats === undefined ? {} : { seats: spec.seats };
  const renewal = spec.renewalInDays === undefined ? null : addDays(spec.today, spec.renewalInDays);
  const [{ id }] = (await queryRows<{ id: string }>(db, sql`
    insert into accounts (name, renewal_date, traits) values (${spec.name}, ${renewal}, ${JSON.stringify(traits)}::jsonb) returning id::text as id`)) as [{ id: string }];
  if (spec.wau) await setSeries(db, id, 'weekly_active_users', addDays(spec.today, -(spec.wau.length - 1)), spec.wau);
  for (const [kind, answer] of [['nps', spec.nps], ['csat', spec.csat]] as const) {
    if (!answer) continue;
    await db.execute(sql`insert into survey_responses (account_id, kind, score, responded_at)
      values (${id}, ${kind}, ${answer.score}, (${addDays(spec.today, -answer.daysAgo)}::date + time '10:00') at time zone 'UTC')`);
  }
  for (const t of spec.tickets ?? []) await addTicket(db, id, t.priority, t.status ?? 'open', spec.today);
  for (const c of spec.contacts ?? []) {
    await db.execute(sql`insert into contacts (account_id, name, roles, status) values (${id}, ${c.name}, ${`{${c.roles.join(',')}}`}::text[], ${c.status ?? 'active'})`);
  }
  return id;
}

export async function setSeries(db: Db, accountId: string, metric: string, startDay: string, values: (number | null)[], source = 'rollup'): Promise<void> {
  await db.execute(sql`
    insert into metric_series (account_id, metric, start_day, values, source) values (${accountId}, ${metric}, ${startDay}::date, ${numberArrayLiteral(values)}::float8[], ${source})
    on conflict (account_id, metric) do update set start_day = excluded.start_day, values = excluded.values`);
}

export async function addTicket(db: Db, accountId: string, priority: string, status: string, today: string): Promise<void> {
  await db.execute(sql`insert into tickets (account_id, subject, priority, status, opened_at)
    values (${accountId}, 'Something broke', ${priority}, ${status}, (${addDays(today, -3)}::date + time '09:00') at time zone 'UTC')`);
}

/** Polls until the check passes (jobs run on the workers' own schedule). */
export async function eventually<T>(check: () => Promise<T | undefined | null | false>, timeoutMs = 15_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() - started > timeoutMs) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 200));
  }
}
