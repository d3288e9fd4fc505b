import { sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import { uuidArray } from '../metrics/sql-arrays.ts';

/**
 * What "event X happened" means to event and inactivity triggers. Most names are rows of the
 * events table (the Tracking API, CSV imports). Tickets and survey answers live in their own
 * tables and are recorded through the signals API without an events row, so these names read
 * those tables as well:
 *
 *   ticket_opened   tickets.opened_at            ticket_closed   tickets.closed_at
 *   nps_response    survey_responses (nps)       csat_response   survey_responses (csat)
 *
 * A helpdesk that also sends `ticket_closed` events with a `ticket_id` property (as the demo
 * company does) describes the same ticket twice; both rows get the key `ticket:<id>:closed`, so
 * they collapse into one occurrence and fire once.
 */
export const TABLE_BACKED_EVENTS = ['ticket_opened', 'ticket_closed', 'nps_response', 'csat_response'] as const;

/** Bounds on occurred_at, both inclusive; either may be left open. */
export interface Window {
  from?: SQL;
  to?: SQL;
}

function bounded(column: SQL, w: Window): SQL {
  return sql`${w.from ? sql` and ${column} >= ${w.from}` : sql``}${w.to ? sql` and ${column} <= ${w.to}` : sql``}`;
}

const ticketProperties = sql`jsonb_build_object('ticket_id', coalesce(t.external_id, t.id::text), 'subject', t.subject, 'priority', t.priority, 'status', t.status, 'csat', t.csat)`;
const surveyProperties = sql`jsonb_build_object('response_id', coalesce(s.external_id, s.id::text), 'kind', s.kind, 'score', s.score, 'comment', s.comment)`;

/**
 * Which accounts' rows to read: those of account `a` (correlated: for a per-account subquery),
 * some accounts, or all. `column` is the source's account_id.
 */
export type Accounts = { correlated: true } | { ids?: readonly string[] };

function ofAccounts(column: SQL, accounts: Accounts): SQL {
  if ('correlated' in accounts) return sql` and ${column} = a.id`;
  return accounts.ids ? sql` and ${column} = any(${uuidArray(accounts.ids)})` : sql``;
}

function tableSource(name: string, w: Window, accounts: Accounts): SQL | null {
  switch (name) {
    case 'ticket_opened':
      return sql`select t.account_id, 'ticket:' || coalesce(t.external_id, t.id::text) || ':opened' as key, t.opened_at as occurred_at, ${ticketProperties} as properties, 0 as preference
        from tickets t where true${ofAccounts(sql`t.account_id`, accounts)}${bounded(sql`t.opened_at`, w)}`;
    case 'ticket_closed':
      return sql`select t.account_id, 'ticket:' || coalesce(t.external_id, t.id::text) || ':closed' as key, t.closed_at as occurred_at, ${ticketProperties} as properties, 0 as preference
        from tickets t where t.closed_at is not null${ofAccounts(sql`t.account_id`, accounts)}${bounded(sql`t.closed_at`, w)}`;
    case 'nps_response':
    case 'csat_response':
      return sql`select s.account_id, 'survey:' || coalesce(s.external_id, s.id::text) as key, s.responded_at as occurred_at, ${surveyProperties} as properties, 0 as preference
        from survey_responses s where s.kind = ${name === 'nps_response' ? 'nps' : 'csat'}${ofAccounts(sql`s.account_id`, accounts)}${bounded(sql`s.responded_at`, w)}`;
    default:
      return null;
  }
}

function eventKey(name: string): SQL {
  if (name === 'ticket_opened' || name === 'ticket_closed') {
    const suffix = name === 'ticket_opened' ? ':opened' : ':closed';
    return sql`case when e.properties->>'ticket_id' is not null then 'ticket:' || (e.properties->>'ticket_id') || ${suffix} else 'event:' || e.message_id end`;
  }
  if (name === 'nps_response' || name === 'csat_response') {
    return sql`case when e.properties->>'response_id' is not null then 'survey:' || (e.properties->>'response_id') else 'event:' || e.message_id end`;
  }
  return sql`'event:' || e.message_id`;
}

/**
 * The occurrences of `name`, one row per account and key: account_id, key, occurred_at,
 * properties. For a sweep over all accounts the window is what narrows the rows, so the sources
 * are scanned by time rather than probed account by account.
 */
export function occurrencesOf(name: string, w: Window = {}, accounts: Accounts = {}): SQL {
  const events = sql`select e.account_id, ${eventKey(name)} as key, e.occurred_at, e.properties, 1 as preference
    from events e where e.event = ${name} and e.account_id is not null${ofAccounts(sql`e.account_id`, accounts)}${bounded(sql`e.occurred_at`, w)}`;
  const table = tableSource(name, w, accounts);
  if (!table) return events;
  // The ticket or survey row describes the occurrence best; an event copy of it only fills in.
  return sql`select distinct on (u.account_id, u.key) u.account_id, u.key, u.occurred_at, u.properties, u.preference
    from (${events} union all ${table}) u order by u.account_id, u.key, u.preference, u.occurred_at`;
}

/** When `name` last happened on account `a`, as a day (null when never): an index probe per account. */
export function lastOccurrenceDay(name: string, upTo: SQL): SQL {
  return sql`(select (max(o.occurred_at) at time zone 'UTC')::date from (${occurrencesOf(name, { to: upTo }, { correlated: true })}) o)`;
}
