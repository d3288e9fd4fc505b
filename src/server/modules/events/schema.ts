import { sql } from 'drizzle-orm';
import { bigserial, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { accounts } from '../accounts/schema.ts';

export const EVENT_TYPES = ['track', 'identify', 'group', 'page', 'screen', 'alias'] as const;
export const EVENT_SOURCES = ['segment', 'api', 'csv', 'demo'] as const;

/**
 * Every event received, Segment-shaped. `messageId` is unique so a retried delivery stores
 * nothing twice. `accountId` is null while an event cannot be attributed to an account; such
 * events are kept and reported, never dropped.
 */
export const events = pgTable(
  'events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    messageId: text('message_id').notNull(),
    type: text('type', { enum: EVENT_TYPES }).notNull(),
    event: text('event'),
    accountId: uuid('account_id').references(() => accounts.id, { onDelete: 'cascade' }),
    userId: text('user_id'),
    anonymousId: text('anonymous_id'),
    groupId: text('group_id'),
    properties: jsonb('properties').$type<Record<string, unknown>>().notNull().default({}),
    context: jsonb('context').$type<Record<string, unknown>>().notNull().default({}),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
    source: text('source', { enum: EVENT_SOURCES }).notNull().default('segment'),
  },
  (t) => [
    uniqueIndex('events_message_id_key').on(t.messageId),
    index('events_account_event_time_idx').on(t.accountId, t.event, t.occurredAt),
    index('events_unattributed_idx').on(t.receivedAt).where(sql`${t.accountId} is null`),
  ],
);
