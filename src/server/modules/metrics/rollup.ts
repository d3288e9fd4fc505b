import { sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/client.ts';
import { ACTIVE_USER_METRICS, ACTIVITY_EVENT_TYPES, addDays, utcToday } from '../../../core/metrics/index.ts';
import type { MetricValue } from './series.ts';
import { writeRollupValues } from './series.ts';
import { dateArray, textArray, uuidArray } from './sql-arrays.ts';

/** Serialises rollup batches across worker processes: two batches computing overlapping windows would overwrite each other. */
const ROLLUP_LOCK_KEY = 7_246_173_101;
/** Dirty days older than this are dropped with a count in the result: a 1970 timestamp must not grow every series by 50 years. */
export const MAX_BACKFILL_DAYS = 5 * 366;

export interface DirtyDay {
  accountId: string;
  day: string;
}

export interface RollupResult {
  accountIds: string[];
  days: number;
  batches: number;
  /** Dirty days past MAX_BACKFILL_DAYS, removed without a rollup. */
  tooOld: number;
}

/**
 * Drains metric_dirty_days in batches until it is empty (days after tomorrow wait for their
 * day). Each batch is one transaction: the days it deletes are rolled up, or the deletion rolls
 * back with it.
 */
export async function rollUpDirtyDays(db: Db, options: { today?: string; batchSize?: number } = {}): Promise<RollupResult> {
  const today = options.today ?? utcToday();
  const batchSize = options.batchSize ?? 2_000;
  const oldest = addDays(today, -MAX_BACKFILL_DAYS);
  const touched = new Set<string>();
  const result: RollupResult = { accountIds: [], days: 0, batches: 0, tooOld: 0 };
  for (;;) {
    const taken = await db.transaction(async (tx) => {
      const t = tx as unknown as Db;
      await t.execute(sql`select pg_advisory_xact_lock(${ROLLUP_LOCK_KEY})`);
      // A batch's events are held in memory once; past the default 4 MB they spill to temporary
      // files, which on PGlite (an emulated file system) cost more than the rollup itself.
      await t.execute(sql`set local work_mem = '64MB'`);
      await t.execute(sql`set local jit = off`);
      const rows = await queryRows<{ account_id: string; day: string }>(t, sql`
        delete from metric_dirty_days where (account_id, day) in (
          select account_id, day from metric_dirty_days where day <= ${addDays(today, 1)}::date
          order by account_id, day limit ${batchSize} for update skip locked)
        returning account_id::text, to_char(day, 'YYYY-MM-DD') as day`);
      const days = rows.filter((r) => r.day >= oldest).map((r) => ({ accountId: r.account_id, day: r.day }));
      await rollUpDays(t, days);
      return { rows: rows.length, days };
    });
    if (!taken.rows) break;
    result.batches += 1;
    result.days += taken.days.length;
    result.tooOld += taken.rows - taken.days.length;
    for (const d of taken.days) touched.add(d.accountId);
  }
  result.accountIds = [...touched].sort();
  return result;
}

/** Recomputes everything the given account-days feed: event counts and user-days for each day, and the active-user windows that contain it. */
export async function rollUpDays(db: Db, days: DirtyDay[]): Promise<void> {
  if (!days.length) return;
  const dirty = sql`unnest(${uuidArray(days.map((d) => d.accountId))}, ${dateArray(days.map((d) => d.day))}) as dirty(account_id, day)`;
  const counts = await queryRows<{ account_id: string; day: string; metric: string; n: number }>(db, sql`
    with activity as materialized (
      -- One index range per account-day whatever the statistics say: PGlite has no autovacuum,
      -- so a freshly loaded events table may never have been analysed, and the planner would
      -- hash-join a scan of every event. OFFSET 0 keeps the lateral subquery from being flattened.
      select dirty.account_id, dirty.day, e.type, e.event, e.who
      from ${dirty}
      cross join lateral (
        select type, event, coalesce(user_id, anonymous_id) as who from events
        where account_id = dirty.account_id
          and occurred_at >= (dirty.day::timestamp at time zone 'UTC')
          and occurred_at < ((dirty.day + 1)::timestamp at time zone 'UTC')
          and type = any(${textArray(ACTIVITY_EVENT_TYPES)})
        offset 0
      ) e
    ),
    users as (
      insert into account_user_days (account_id, day, user_id)
      select distinct account_id, day, who from activity where who is not null
      on conflict do nothing
    )
    -- Counted per raw name first, so the name is folded once per name and day, not once per event.
    select account_id::text, to_char(day, 'YYYY-MM-DD') as day, metric, sum(n)::int as n
    from (
      select account_id, day, pm_event_metric_name(type, event) as metric, n
      from (select account_id, day, type, event, count(*) as n from activity group by 1, 2, 3, 4) as raw_names
    ) as folded
    where metric is not null
    group by 1, 2, 3`);

  const active = await activeUserCounts(db, dirty);
  const values: MetricValue[] = counts.map((c) => ({ accountId: c.account_id, metric: c.metric, day: c.day, value: c.n }));
  for (const a of active) {
    if (a.k === 0) values.push({ accountId: a.account_id, metric: ACTIVE_USER_METRICS.daily, day: a.day, value: a.dau });
    if (a.k <= 6) values.push({ accountId: a.account_id, metric: ACTIVE_USER_METRICS.weekly, day: a.day, value: a.wau });
    values.push({ accountId: a.account_id, metric: ACTIVE_USER_METRICS.monthly, day: a.day, value: a.mau });
  }
  await writeRollupValues(db, values);
}

/**
 * Distinct active users for every day whose window holds a dirty day: the day itself (DAU), the
 * 6 days after (WAU) and the 29 after (MAU). `k` is how far the day lies after its nearest
 * dirty day. Each user's active days are merged into spans of coverage (a day covers itself and
 * the next W − 1 days), so a window's count is the number of spans over it: linear in
 * user-days instead of re-counting the 30-day window for each of 30 days.
 */
async function activeUserCounts(db: Db, dirty: SQL) {
  return queryRows<{ account_id: string; day: string; k: number; dau: number; wau: number; mau: number }>(db, sql`
    with targets as (
      select account_id, day + k as day, min(k) as k
      from ${dirty} cross join generate_series(0, 29) as k
      group by 1, 2
    ),
    ranges as (select account_id, min(day) - 29 as lo, max(day) as hi from targets group by 1),
    user_days as (
      -- One primary-key range per account (OFFSET 0: not flattened into a scan of the whole table).
      select r.account_id, u.user_id, u.day, lag(u.day) over (partition by r.account_id, u.user_id order by u.day) as prev
      from ranges r
      cross join lateral (
        select user_id, day from account_user_days where account_id = r.account_id and day between r.lo and r.hi offset 0
      ) u
    ),
    islands as (
      select account_id, user_id, day,
        sum(case when prev is null or day - prev > 6 then 1 else 0 end) over w as week_island,
        sum(case when prev is null or day - prev > 29 then 1 else 0 end) over w as month_island
      from user_days window w as (partition by account_id, user_id order by day)
    ),
    week_spans as (select account_id, min(day) as s, max(day) + 6 as e from islands group by account_id, user_id, week_island),
    month_spans as (select account_id, min(day) as s, max(day) + 29 as e from islands group by account_id, user_id, month_island),
    dau as (select account_id, day, count(*) as n from user_days group by 1, 2),
    wau as (
      select t.account_id, t.day, count(s.s) as n from targets t
      join week_spans s on s.account_id = t.account_id and t.day between s.s and s.e
      where t.k <= 6 group by 1, 2
    ),
    mau as (
      select t.account_id, t.day, count(s.s) as n from targets t
      join month_spans s on s.account_id = t.account_id and t.day between s.s and s.e
      group by 1, 2
    )
    select t.account_id::text, to_char(t.day, 'YYYY-MM-DD') as day, t.k,
      coalesce(dau.n, 0)::int as dau, coalesce(wau.n, 0)::int as wau, coalesce(mau.n, 0)::int as mau
    from targets t
    left join dau on dau.account_id = t.account_id and dau.day = t.day
    left join wau on wau.account_id = t.account_id and wau.day = t.day
    left join mau on mau.account_id = t.account_id and mau.day = t.day`);
}
