import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Db } from '../../src/server/db/client.ts';
import { queryRows } from '../../src/server/db/client.ts';
import { addDays, dayNumber, eventMetricName } from '../../src/core/metrics/index.ts';
import type { Series } from '../../src/core/metrics/index.ts';

export interface TestEvent {
  accountId: string;
  type: 'track' | 'page' | 'screen' | 'identify';
  event?: string | null;
  userId?: string | null;
  anonymousId?: string | null;
  /** YYYY-MM-DD; the event lands at a random time of that UTC day. */
  day: string;
  hour?: number;
}

export async function createAccount(db: Db, name: string, extra: Record<string, unknown> = {}): Promise<string> {
  const traits = JSON.stringify(extra.traits ?? {});
  const [row] = await queryRows<{ id: string }>(db, sql`
    insert into accounts (name, renewal_date, traits) values (${name}, ${(extra.renewalDate as string | undefined) ?? null}, ${traits}::jsonb) returning id::text as id`);
  return row!.id;
}

export async function insertEvents(db: Db, events: TestEvent[]): Promise<void> {
  if (!events.length) return;
  const rows = events.map((e) => ({
    message_id: randomUUID(),
    type: e.type,
    event: e.event ?? null,
    account_id: e.accountId,
    user_id: e.userId ?? null,
    anonymous_id: e.anonymousId ?? null,
    occurred_at: `${e.day}T${String(e.hour ?? 12).padStart(2, '0')}:30:00Z`,
  }));
  await db.execute(sql`
    insert into events (message_id, type, event, account_id, user_id, anonymous_id, occurred_at, source)
    select message_id, type, event, account_id, user_id, anonymous_id, occurred_at, 'api'
    from json_to_recordset(${JSON.stringify(rows)}::json) as r(message_id text, type text, event text, account_id uuid, user_id text, anonymous_id text, occurred_at timestamptz)`);
}

/** What the rollup must produce, computed the slow obvious way. */
export function expectedSeries(events: TestEvent[], accountId: string): Record<string, Series> {
  const mine = events.filter((e) => e.accountId === accountId && e.type !== 'identify');
  const out: Record<string, Series> = {};
  const byName = new Map<string, Map<string, number>>();
  for (const e of mine) {
    const name = eventMetricName(e.type, e.event)!;
    if (!name) continue;
    const days = byName.get(name) ?? new Map<string, number>();
    days.set(e.day, (days.get(e.day) ?? 0) + 1);
    byName.set(name, days);
  }
  for (const [name, days] of byName) out[name] = dense(days, 0);
  const userDays = new Map<string, Set<string>>();
  for (const e of mine) {
    const who = e.userId ?? e.anonymousId;
    if (!who) continue;
    const users = userDays.get(e.day) ?? new Set<string>();
    users.add(who);
    userDays.set(e.day, users);
  }
  const activeDays = [...new Set(mine.map((e) => e.day))].sort();
  if (!activeDays.length) return out;
  const first = activeDays[0]!;
  const last = activeDays.at(-1)!;
  const windowCount = (day: string, w: number) => {
    const users = new Set<string>();
    for (let k = 0; k < w; k++) for (const u of userDays.get(addDays(day, -k)) ?? []) users.add(u);
    return users.size;
  };
  const range = (extra: number, w: number): Series => {
    const n = dayNumber(last) - dayNumber(first) + 1 + extra;
    return { startDay: first, values: Array.from({ length: n }, (_, i) => windowCount(addDays(first, i), w)) };
  };
  out.daily_active_users = range(0, 1);
  out.weekly_active_users = range(6, 7);
  out.monthly_active_users = range(29, 30);
  return out;
}

function dense(days: Map<string, number>, fill: number): Series {
  const sorted = [...days.keys()].sort();
  const first = sorted[0]!;
  const n = dayNumber(sorted.at(-1)!) - dayNumber(first) + 1;
  return { startDay: first, values: Array.from({ length: n }, (_, i) => days.get(addDays(first, i)) ?? fill) };
}

export function dirtyDaysOf(events: TestEvent[]): { accountId: string; day: string }[] {
  return events.map((e) => ({ accountId: e.accountId, day: e.day }));
}
