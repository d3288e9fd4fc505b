import { sql } from 'drizzle-orm';
import { boolean, date, doublePrecision, index, integer, jsonb, pgTable, primaryKey, serial, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { accounts } from '../accounts/schema.ts';
import type { HealthReason } from '../../../core/health/reasons.ts';
import { users } from '../users/schema.ts';

/** Versions of the health model; exactly one is active. The config's shape is src/core/health. */
export const healthModels = pgTable(
  'health_models',
  {
    id: serial('id').primaryKey(),
    config: jsonb('config').$type<Record<string, unknown>>().notNull(),
    active: boolean('active').notNull().default(false),
    note: text('note'),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('health_models_one_active').on(t.active).where(sql`${t.active}`)],
);

/** The current score of each account. */
export const healthScores = pgTable(
  'health_scores',
  {
    accountId: uuid('account_id').primaryKey().references(() => accounts.id, { onDelete: 'cascade' }),
    score: doublePrecision('score').notNull(),
    tier: text('tier').notNull(),
    /** Component scores 0–100 (null when the input is missing): what conditions such as health.usage read. */
    components: jsonb('components').$type<Record<string, number | null>>().notNull(),
    /** Which weighted components had no data, `{ missing: [...] }` (StoredBreakdown in src/core/health). */
    breakdown: jsonb('breakdown').$type<Record<string, unknown>>().notNull().default({}),
    modelId: integer('model_id').references(() => healthModels.id),
    computedAt: timestamp('computed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('health_scores_tier_idx').on(t.tier), index('health_scores_score_idx').on(t.score, t.accountId)],
);

/** One row per account and day, with the reasons the score moved since the previous day. */
export const healthHistory = pgTable(
  'health_history',
  {
    accountId: uuid('account_id').notNull().references(() => accounts.id, { onDelete: 'cascade' }),
    day: date('day', { mode: 'string' }).notNull(),
    score: doublePrecision('score').notNull(),
    tier: text('tier').notNull(),
    components: jsonb('components').$type<Record<string, number | null>>().notNull(),
    reasons: jsonb('reasons').$type<HealthReason[]>().notNull().default([]),
    modelId: integer('model_id').references(() => healthModels.id),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.day] })],
);
