import { sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/client.ts';
import type { HealthInputs } from '../../../core/health/inputs.ts';
import type { HealthModel } from '../../../core/health/model.ts';
import type { PreviousHealth } from '../../../core/health/reasons.ts';
import { uuidArray } from '../metrics/sql-arrays.ts';

/**
 * Which accounts a gathering covers: listed ids (read by index), or the next `limit` accounts
 * after `after` in id order (read by range: with a large limit, sequential scans and hash joins).
 */
export type AccountBatch = { ids: readonly string[] } | { after: string | null; limit: number };

/** How far back the previous history row is looked for: reasons explain change since the latest row in this window. */
export const PREVIOUS_ROW_MAX_AGE_DAYS = 31;

export interface GatheredAccount {
  accountId: string;
  inputs: HealthInputs;
  previous: PreviousHealth | null;
}

interface Row {
  id: string;
  renewal_date: string | null;
  seats_trait: unknown;
  usage_change: number | null;
  usage_slope: number | null;
  usage_mean: number | null;
  active_users: number | null;
  seats_metric: number | null;
  urgent: number;
  high: number;
  normal: number;
  low: number;
  nps_score: number | null;
  nps_day: string | null;
  csat_score: number | null;
  csat_day: string | null;
  contacts: number;
  champion_present: boolean;
  champion_active: boolean;
  sponsor_present: boolean;
  sponsor_active: boolean;
  prev_components: Record<string, number | null> | null;
  prev_model: number | null;
}

/** The part of a model that decides which inputs are read: two models with the same key share one gathering. */
export function inputSpecKey(model: HealthModel): string {
  const { usage, engagement } = model.components;
  return JSON.stringify([usage.metric, usage.measure, usage.windowDays, engagement.activeMetric, engagement.seatsTrait, engagement.seatsMetric]);
}

/**
 * Reads every input of a set of accounts in one query: each input is one set-based subquery over
 * the set, joined by account. Numbers are worked out in SQL (the series functions are the twins
 * of src/core/metrics), so a row is a few scalars: turning rows into objects is most of the cost
 * on the Node side.
 */
export async function gatherHealthInputs(db: Db, model: HealthModel, day: string, batch: AccountBatch, withPrevious: boolean): Promise<GatheredAccount[]> {
  let inBatch: (column: SQL) => SQL;
  if ('ids' in batch) {
    if (!batch.ids.length) return [];
    const ids = uuidArray(batch.ids);
    inBatch = (column) => sql`${column} = any(${ids})`;
  } else {
    // A uuid's text sorts like the uuid (fixed-width lowercase hex), and min/max take no uuid.
    const [bounds] = await queryRows<{ lo: string | null; hi: string | null }>(db, sql`
      select min(id::text) as lo, max(id::text) as hi
      from (select id from accounts ${batch.after ? sql`where id > ${batch.after}::uuid` : sql``} order by id limit ${batch.limit}) as b`);
    if (!bounds?.lo) return [];
    inBatch = (column) => sql`${column} between ${bounds.lo}::uuid and ${bounds.hi}::uuid`;
  }
  const rows = await db.transaction(async (tx) => {
    // JIT compilation costs more than it saves on these queries; the hash joins want memory.
    await tx.execute(sql`set local jit = off`);
    await tx.execute(sql`set local work_mem = '64MB'`);
    return queryRows<Row>(tx as unknown as Db, inputsQuery(model, day, inBatch, withPrevious));
  });
  return rows.map((r) => ({
    accountId: r.id,
    inputs: {
      today: day,
      usage: { change: r.usage_change, slope: r.usage_slope, mean: r.usage_mean },
      activeUsers: r.active_users,
      seatsTrait: r.seats_trait,
      seatsMetric: r.seats_metric,
      openTickets: { urgent: r.urgent, high: r.high, normal: r.normal, low: r.low },
      nps: r.nps_score !== null && r.nps_day ? { score: r.nps_score, day: r.nps_day } : null,
      csat: r.csat_score !== null && r.csat_day ? { score: r.csat_score, day: r.csat_day } : null,
      contacts: {
        count: r.contacts,
        championPresent: r.champion_present,
        championActive: r.champion_active,
        sponsorPresent: r.sponsor_present,
        sponsorActive: r.sponsor_active,
      },
      renewalDate: r.renewal_date,
    },
    previous: r.prev_components ? { components: r.prev_components, modelId: r.prev_model } : null,
  }));
}

function inputsQuery(model: HealthModel, day: string, inBatch: (column: SQL) => SQL, withPrevious: boolean): SQL {
  const { usage, engagement } = model.components;
  const today = sql`${day}::date`;
  const w = sql`${usage.windowDays}::int`;
  const endOfDay = sql`((${day}::date + 1)::timestamp at time zone 'UTC')`;
  const trend = usage.measure === 'trend';
  // The usage and the active-user metric are usually the same series: read it once.
  const activeInUsage = engagement.activeMetric === usage.metric;
  return sql`
    with u as (
      select account_id, pm_series_change(start_day, values, ${today}, ${w}) as usage_change,
        ${trend ? sql`pm_series_slope(start_day, values, ${today}, ${w})` : sql`null::float8`} as usage_slope,
        ${trend ? sql`pm_series_avg(start_day, values, ${today}, ${w})` : sql`null::float8`} as usage_mean,
        ${activeInUsage ? sql`pm_series_value(start_day, values, ${today})` : sql`null::float8`} as active_users
      from metric_series where ${inBatch(sql`account_id`)} and metric = ${usage.metric}
    ),
    am as (
      select account_id, pm_series_value(start_day, values, ${today}) as active_users
      from metric_series where ${activeInUsage ? sql`false` : sql`${inBatch(sql`account_id`)} and metric = ${engagement.activeMetric}`}
    ),
    sm as (
      select account_id, pm_series_last_value(start_day, values, ${today}) as seats_metric
      from metric_series where ${inBatch(sql`account_id`)} and metric = ${engagement.seatsMetric}
    ),
    tk as (
      select account_id, count(*) filter (where priority = 'urgent')::int as urgent, count(*) filter (where priority = 'high')::int as high,
        count(*) filter (where priority = 'normal')::int as normal, count(*) filter (where priority = 'low')::int as low
      from tickets
      where ${inBatch(sql`account_id`)} and opened_at < ${endOfDay}
        and (closed_at >= ${endOfDay} or (closed_at is null and status in ('open', 'pending')))
      group by account_id
    ),
    answers as (
      select distinct on (account_id, kind) account_id, kind, score, to_char(responded_at at time zone 'UTC', 'YYYY-MM-DD') as day
      from survey_responses where ${inBatch(sql`account_id`)} and responded_at < ${endOfDay}
      order by account_id, kind, responded_at desc
    ),
    ct as (
      select account_id, count(*)::int as n,
        bool_or('champion' = any(roles)) as champion_present,
        bool_or('champion' = any(roles) and status = 'active') as champion_active,
        bool_or('executive_sponsor' = any(roles)) as sponsor_present,
        bool_or('executive_sponsor' = any(roles) and status = 'active') as sponsor_active
      from contacts where ${inBatch(sql`account_id`)} group by account_id
    )
    ${withPrevious ? sql`, prev as (
      select distinct on (account_id) account_id, components, model_id from health_history
      where ${inBatch(sql`account_id`)} and day < ${today} and day >= ${today} - ${PREVIOUS_ROW_MAX_AGE_DAYS}::int
      order by account_id, day desc
    )` : sql``}
    select a.id::text as id, to_char(a.renewal_date, 'YYYY-MM-DD') as renewal_date, a.traits -> ${engagement.seatsTrait} as seats_trait,
      u.usage_change, u.usage_slope, u.usage_mean, coalesce(u.active_users, am.active_users) as active_users, sm.seats_metric,
      coalesce(tk.urgent, 0) as urgent, coalesce(tk.high, 0) as high, coalesce(tk.normal, 0) as normal, coalesce(tk.low, 0) as low,
      nps.score as nps_score, nps.day as nps_day, csat.score as csat_score, csat.day as csat_day,
      coalesce(ct.n, 0) as contacts, coalesce(ct.champion_present, false) as champion_present, coalesce(ct.champion_active, false) as champion_active,
      coalesce(ct.sponsor_present, false) as sponsor_present, coalesce(ct.sponsor_active, false) as sponsor_active,
      ${withPrevious ? sql`prev.components as prev_components, prev.model_id as prev_model` : sql`null::jsonb as prev_components, null::int as prev_model`}
    from accounts a
    left join u on u.account_id = a.id
    left join am on am.account_id = a.id
    left join sm on sm.account_id = a.id
    left join tk on tk.account_id = a.id
    left join answers nps on nps.account_id = a.id and nps.kind = 'nps'
    left join answers csat on csat.account_id = a.id and csat.kind = 'csat'
    left join ct on ct.account_id = a.id
    ${withPrevious ? sql`left join prev on prev.account_id = a.id` : sql``}
    where ${inBatch(sql`a.id`)}
    order by a.id`;
}
