import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/client.ts';

export interface UnattributedGroup {
  userId: string | null;
  anonymousId: string | null;
  groupId: string | null;
  type: string;
  event: string | null;
  /** Why nothing matched: the group has no account, the user has no contact, or there is no user at all. */
  reason: 'unknown_group' | 'unknown_user' | 'anonymous';
  count: number;
  firstSeen: string;
  lastSeen: string;
}

interface Row {
  user_id: string | null;
  anonymous_id: string | null;
  group_id: string | null;
  type: string;
  event: string | null;
  n: number;
  first_seen: Date | string;
  last_seen: Date | string;
}

const iso = (v: Date | string) => new Date(v).toISOString();

/** Events kept without an account, grouped by who sent them and what they were, biggest first. */
export async function listUnattributed(db: Db, page: number, pageSize: number): Promise<{ rows: UnattributedGroup[]; total: number; events: number }> {
  const rows = await queryRows<Row>(db, sql`
    select user_id, anonymous_id, group_id, type, event, count(*)::int as n, min(occurred_at) as first_seen, max(occurred_at) as last_seen
    from events where account_id is null
    group by user_id, anonymous_id, group_id, type, event
    order by n desc, last_seen desc, user_id, anonymous_id, event
    limit ${pageSize} offset ${(page - 1) * pageSize}`);
  const [totals] = await queryRows<{ groups: number; events: number }>(db, sql`
    select count(distinct (user_id, anonymous_id, group_id, type, event))::int as groups, count(*)::int as events
    from events where account_id is null`);
  return {
    rows: rows.map((r) => ({
      userId: r.user_id,
      anonymousId: r.anonymous_id,
      groupId: r.group_id,
      type: r.type,
      event: r.event,
      reason: r.group_id !== null ? 'unknown_group' : r.user_id !== null ? 'unknown_user' : 'anonymous',
      count: r.n,
      firstSeen: iso(r.first_seen),
      lastSeen: iso(r.last_seen),
    })),
    total: totals!.groups,
    events: totals!.events,
  };
}
