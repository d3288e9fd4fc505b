import type { DemoAccountBundle } from '../../../core/demo/types.ts';
import type { Db } from '../../db/client.ts';
import { bulkInsert } from './bulk-insert.ts';
import type { BulkColumn, BulkRow } from './bulk-insert.ts';

/** "name type, …"; a type ending in "!" is sent as text and cast in SQL (see BulkColumn). */
const cols = (spec: string): BulkColumn[] =>
  spec.split(',').map((part) => {
    const [name, ...words] = part.trim().split(' ');
    const type = words.join(' ');
    return type.endsWith('!') ? { name: name!, type: type.slice(0, -1), castFromText: true } : { name: name!, type };
  });

const TABLES = {
  accounts: cols('id uuid, name text, crm_id text, product_id text, domain text, arr numeric, plan text, tier text, touch_model text, lifecycle_stage text, contract_start date, renewal_date date, owner_id text, traits jsonb, created_at timestamptz, updated_at timestamptz'),
  contacts: cols('id uuid, account_id uuid, external_id text, name text, email text, title text, roles text[], status text, left_at timestamptz, created_at timestamptz, updated_at timestamptz'),
  tickets: cols('id uuid, account_id uuid, contact_id uuid, external_id text, subject text, priority text, status text, opened_at timestamptz, closed_at timestamptz, csat int, updated_at timestamptz'),
  survey_responses: cols('id uuid, account_id uuid, contact_id uuid, external_id text, kind text, score int, comment text, responded_at timestamptz'),
  notes: cols('id uuid, account_id uuid, author_id text, body text, created_at timestamptz'),
  events: cols('message_id text, type text, event text, account_id uuid, user_id text, group_id text, properties jsonb, occurred_at timestamptz, received_at timestamptz, source text'),
  timeline_events: cols('account_id uuid, type text, occurred_at timestamptz, actor_id text, summary text, data jsonb'),
  metric_series: cols('account_id uuid, metric text, start_day date, values float8[]!, source text'),
  account_user_days: cols('account_id uuid, day date, user_id text'),
} as const;

export type DemoTable = keyof typeof TABLES;
export type RowCounts = Record<DemoTable, number>;

export function emptyCounts(): RowCounts {
  return Object.fromEntries(Object.keys(TABLES).map((t) => [t, 0])) as RowCounts;
}

/** Rows per statement: series rows carry a year of values each, so they go in smaller batches. */
const BATCH_ROWS: Partial<Record<DemoTable, number>> = { metric_series: 1_000 };

function rowsOf(bundles: DemoAccountBundle[], userIds: ReadonlyMap<string, string>): Record<DemoTable, BulkRow[]> {
  const user = (email: string | null) => (email === null ? null : (userIds.get(email) ?? null));
  const rows = Object.fromEntries(Object.keys(TABLES).map((t) => [t, [] as BulkRow[]])) as Record<DemoTable, BulkRow[]>;
  for (const b of bundles) {
    const a = b.account;
    rows.accounts.push({
      id: a.id, name: a.name, crm_id: a.crmId, product_id: a.productId, domain: a.domain, arr: a.arr, plan: a.plan, tier: a.tier,
      touch_model: a.touchModel, lifecycle_stage: a.lifecycleStage, contract_start: a.contractStart, renewal_date: a.renewalDate,
      owner_id: user(a.ownerEmail), traits: a.traits, created_at: a.createdAt, updated_at: a.createdAt,
    });
    for (const c of b.contacts) {
      rows.contacts.push({ id: c.id, account_id: c.accountId, external_id: c.externalId, name: c.name, email: c.email, title: c.title, roles: c.roles, status: c.status, left_at: c.leftAt, created_at: c.createdAt, updated_at: c.leftAt ?? c.createdAt });
    }
    for (const t of b.tickets) {
      rows.tickets.push({ id: t.id, account_id: t.accountId, contact_id: t.contactId, external_id: t.externalId, subject: t.subject, priority: t.priority, status: t.status, opened_at: t.openedAt, closed_at: t.closedAt, csat: t.csat, updated_at: t.closedAt ?? t.openedAt });
    }
    for (const s of b.surveys) {
      rows.survey_responses.push({ id: s.id, account_id: s.accountId, contact_id: s.contactId, external_id: s.externalId, kind: s.kind, score: s.score, comment: s.comment, responded_at: s.respondedAt });
    }
    for (const n of b.notes) rows.notes.push({ id: n.id, account_id: n.accountId, author_id: user(n.authorEmail), body: n.body, created_at: n.createdAt });
    for (const e of b.events) {
      rows.events.push({ message_id: e.messageId, type: 'track', event: e.event, account_id: e.accountId, user_id: e.userId, group_id: e.groupId, properties: e.properties, occurred_at: e.occurredAt, received_at: e.receivedAt, source: 'demo' });
    }
    for (const t of b.timeline) rows.timeline_events.push({ account_id: t.accountId, type: t.type, occurred_at: t.occurredAt, actor_id: user(t.actorEmail), summary: t.summary, data: t.data });
    for (const s of b.series) rows.metric_series.push({ account_id: s.accountId, metric: s.metric, start_day: s.startDay, values: `{${s.values.join(',')}}`, source: s.source });
    for (const u of b.userDays) rows.account_user_days.push({ account_id: u.accountId, day: u.day, user_id: u.userId });
  }
  return rows;
}

/**
 * Writes generated accounts and everything that hangs off them, parents first, one bulk
 * statement per table and batch. Runs in the caller's transaction.
 */
export async function writeBundles(db: Db, bundles: DemoAccountBundle[], userIds: ReadonlyMap<string, string>): Promise<RowCounts> {
  const rows = rowsOf(bundles, userIds);
  const counts = emptyCounts();
  for (const table of Object.keys(TABLES) as DemoTable[]) {
    counts[table] = await bulkInsert(db, table, TABLES[table], rows[table], BATCH_ROWS[table]);
  }
  return counts;
}
