import { date, doublePrecision, index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { accounts } from '../accounts/schema.ts';

export const METRIC_SOURCES = ['rollup', 'reported'] as const;

/**
 * One row per account and metric: the daily series as an array, `values[1]` being the value on
 * `start_day`. A trigger sweep over 100,000 accounts reads 100,000 rows per metric instead of
 * 100,000 × days rows; windows are array slices. A missing day is null.
 */
export const metricSeries = pgTable(
  'metric_series',
  {
    accountId: uuid('account_id').notNull().references(() => accounts.id, { onDelete: 'cascade' }),
    metric: text('metric').notNull(),
    startDay: date('start_day', { mode: 'string' }).notNull(),
    values: doublePrecision('values').array().notNull(),
    source: text('source', { enum: METRIC_SOURCES }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.metric] }), index('metric_series_metric_idx').on(t.metric)],
);

/** Which users were active on an account each day: the ground truth for DAU/WAU/MAU. */
export const accountUserDays = pgTable(
  'account_user_days',
  {
    accountId: uuid('account_id').notNull().references(() => accounts.id, { onDelete: 'cascade' }),
    day: date('day', { mode: 'string' }).notNull(),
    userId: text('user_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.day, t.userId] })],
);

/** Days whose rollups are stale because events arrived for them; the rollup job drains it. */
export const metricDirtyDays = pgTable(
  'metric_dirty_days',
  {
    accountId: uuid('account_id').notNull().references(() => accounts.id, { onDelete: 'cascade' }),
    day: date('day', { mode: 'string' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.day] })],
);
