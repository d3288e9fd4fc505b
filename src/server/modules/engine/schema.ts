import { bigserial, boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { accounts } from '../accounts/schema.ts';
import { playbooks } from '../playbooks/schema.ts';
import { users } from '../users/schema.ts';

/** Named conditions over accounts; membership is recomputed and reused by triggers and views. */
export const segments = pgTable('segments', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  description: text('description'),
  condition: text('condition').notNull(),
  createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  computedAt: timestamp('computed_at', { withTimezone: true }),
  /** Why the last recompute failed (a bad cast at run time); the previous members stay. */
  lastError: text('last_error'),
});

export const segmentMembers = pgTable(
  'segment_members',
  {
    segmentId: text('segment_id').notNull().references(() => segments.id, { onDelete: 'cascade' }),
    accountId: uuid('account_id').notNull().references(() => accounts.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.segmentId, t.accountId] }), index('segment_members_account_idx').on(t.accountId)],
);

/** For edge-triggered signals: whether the condition held at the last sweep. */
export const triggerStates = pgTable(
  'trigger_states',
  {
    playbookId: text('playbook_id').notNull().references(() => playbooks.id, { onDelete: 'cascade' }),
    accountId: uuid('account_id').notNull().references(() => accounts.id, { onDelete: 'cascade' }),
    matched: boolean('matched').notNull(),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.playbookId, t.accountId] })],
);

/**
 * Every occurrence a trigger acted on (a closed ticket, a renewal date, a note that said
 * "cancel", a signal that became true) and what came of it. The key makes each occurrence count
 * once per playbook, whether it started a play or was turned away (re-entry, exclusive group).
 */
export const triggerFirings = pgTable(
  'trigger_firings',
  {
    playbookId: text('playbook_id').notNull().references(() => playbooks.id, { onDelete: 'cascade' }),
    accountId: uuid('account_id').notNull().references(() => accounts.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    kind: text('kind').notNull(),
    version: integer('version').notNull(),
    outcome: text('outcome', { enum: ['started', 'control', 'skipped'] }).notNull(),
    reason: text('reason'),
    detail: jsonb('detail').$type<Record<string, unknown>>().notNull().default({}),
    firedAt: timestamp('fired_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.playbookId, t.accountId, t.key] }), index('trigger_firings_account_idx').on(t.accountId, t.firedAt)],
);

/**
 * How far a keyword trigger has read the texts: a full sweep reads only what was written since
 * (with an overlap for transactions that committed late), instead of the whole catch-up window.
 */
export const triggerCursors = pgTable(
  'trigger_cursors',
  {
    playbookId: text('playbook_id').notNull().references(() => playbooks.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    readTo: timestamp('read_to', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.playbookId, t.version] })],
);

/** Triggers that failed at run time, shown to admins; one failing trigger never stops the others. */
export const triggerErrors = pgTable(
  'trigger_errors',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    playbookId: text('playbook_id').notNull().references(() => playbooks.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    message: text('message').notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    /** The same failure sweep after sweep is one row: how often, and when last. */
    repeats: integer('repeats').notNull().default(1),
    lastOccurredAt: timestamp('last_occurred_at', { withTimezone: true }).notNull().defaultNow(),
    triggerKind: text('trigger_kind'),
  },
  (t) => [index('trigger_errors_open_idx').on(t.playbookId, t.occurredAt)],
);
