import { sql } from 'drizzle-orm';
import type { AccountFacts, EventFact, Signal } from '../../../core/conditions/index.ts';

import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/client.ts';

const uuidArray = (ids: string[]) => sql`${`{${ids.join(',')}}`}::uuid[]`;
const textArray = (items: string[]) => sql`${`{${items.map((s) => `"${s.replace(/["\\]/g, '\\$&')}"`).join(',')}}`}::text[]`;

/**
 * Loads, for some accounts, everything the given signals read, shaped for the in-memory
 * evaluator. Used to explain a match and as the naive baseline; sweeps use the SQL compiler.
 */
export async function loadAccountFacts(db: Db, accountIds: string[], today: string, signals: Signal[]): Promise<Map<string, AccountFacts>> {
  const facts = new Map<string, AccountFacts>();
  if (!accountIds.length) return facts;
  const ids = uuidArray(accountIds);
  const metricNames = [...new Set(signals.flatMap((s) => (s.signal === 'metric' ? [s.metric] : [])))];
  const eventNames = [...new Set(signals.flatMap((s) => (s.signal === 'event' ? [s.event] : [])))];

  const accounts = await queryRows<{ id: string; name: string; domain: string | null; plan: string | null; tier: string | null; touch_model: string | null; lifecycle_stage: string | null; arr: number | null; traits: Record<string, unknown>; renewal_date: string | null; contract_start: string | null }>(
    db,
    sql`select id, name, domain, plan, tier, touch_model, lifecycle_stage, arr::float8 as arr, traits,
          to_char(renewal_date, 'YYYY-MM-DD') as renewal_date, to_char(contract_start, 'YYYY-MM-DD') as contract_start
        from accounts where id = any(${ids})`,
  );
  for (const a of accounts) {
    facts.set(a.id, {
      today,
      fields: { name: a.name, domain: a.domain, plan: a.plan, tier: a.tier, touch_model: a.touch_model, lifecycle: a.lifecycle_stage, arr: a.arr, seats: (a.traits.seats as number | string | undefined) ?? null },
      traits: a.traits,
      renewalDate: a.renewal_date,
      contractStart: a.contract_start,
      health: null,
      metrics: {},
      contacts: { champion: { present: false, active: false }, sponsor: { present: false, active: false } },
      events: [],
      segments: [],
    });
  }

  const health = await queryRows<{ account_id: string; score: number; tier: string; components: Record<string, number | null> }>(
    db,
    sql`select account_id, score, tier, components from health_scores where account_id = any(${ids})`,
  );
  for (const h of health) {
    const f = facts.get(h.account_id);
    if (f) f.health = { score: h.score, tier: h.tier, components: h.components };
  }

  if (metricNames.length) {
    const series = await queryRows<{ account_id: string; metric: string; start_day: string; values: (number | null)[] }>(
      db,
      sql`select account_id, metric, to_char(start_day, 'YYYY-MM-DD') as start_day, values from metric_series where account_id = any(${ids}) and metric = any(${textArray(metricNames)})`,
    );
    for (const s of series) facts.get(s.account_id)!.metrics[s.metric] = { startDay: s.start_day, values: s.values };
  }

  const contacts = await queryRows<{ account_id: string; roles: string[]; external_id: string | null; active_recently: boolean }>(
    db,
    sql`select c.account_id, c.roles, c.external_id,
          exists (select 1 from events e where e.account_id = c.account_id and e.user_id = c.external_id
                  and e.occurred_at >= ((${today}::date - 30)::timestamp at time zone 'UTC')) as active_recently
        from contacts c where c.account_id = any(${ids}) and c.status = 'active'`,
  );
  for (const c of contacts) {
    const f = facts.get(c.account_id)!;
    for (const [role, key] of [['champion', 'champion'], ['executive_sponsor', 'sponsor']] as const) {
      if (!c.roles.includes(role)) continue;
      f.contacts[key].present = true;
      if (c.active_recently) f.contacts[key].active = true;
    }
  }

  if (eventNames.length) {
    const events = await queryRows<{ account_id: string; event: string; occurred_at: string; properties: Record<string, unknown> }>(
      db,
      sql`select account_id, event, to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as occurred_at, properties
          from events where account_id = any(${ids}) and event = any(${textArray(eventNames)})`,
    );
    for (const e of events) facts.get(e.account_id)!.events.push({ event: e.event, occurredAt: e.occurred_at, properties: e.properties } satisfies EventFact);
  }

  const members = await queryRows<{ account_id: string; segment_id: string }>(db, sql`select account_id, segment_id from segment_members where account_id = any(${ids})`);
  for (const m of members) facts.get(m.account_id)?.segments.push(m.segment_id);
  return facts;
}

