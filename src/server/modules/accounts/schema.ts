import { sql } from 'drizzle-orm';
import { bigserial, date, index, jsonb, numeric, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../users/schema.ts';

export const accounts = pgTable(
  'accounts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    crmId: text('crm_id'),
    productId: text('product_id'),
    domain: text('domain'),
    arr: numeric('arr', { precision: 14, scale: 2, mode: 'number' }),
    plan: text('plan'),
    tier: text('tier'),
    touchModel: text('touch_model', { enum: ['high', 'low', 'tech'] }),
    lifecycleStage: text('lifecycle_stage'),
    contractStart: date('contract_start', { mode: 'string' }),
    renewalDate: date('renewal_date', { mode: 'string' }),
    ownerId: text('owner_id').references(() => users.id, { onDelete: 'set null' }),
    traits: jsonb('traits').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('accounts_crm_id_key').on(t.crmId),
    uniqueIndex('accounts_product_id_key').on(t.productId),
    index('accounts_name_idx').on(sql`lower(${t.name})`, t.id),
    index('accounts_arr_idx').on(t.arr, t.id),
    // Descending with nulls last (accounts without ARR or a renewal date at the end): see ACCOUNT_SORTS.
    index('accounts_arr_desc_idx').on(t.arr.desc().nullsLast(), t.id.desc()),
    index('accounts_renewal_idx').on(t.renewalDate, t.id),
    index('accounts_renewal_desc_idx').on(t.renewalDate.desc().nullsLast(), t.id.desc()),
    index('accounts_owner_idx').on(t.ownerId),
    index('accounts_created_idx').on(t.createdAt, t.id),
  ],
);

export const contacts = pgTable(
  'contacts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: uuid('account_id').notNull().references(() => accounts.id, { onDelete: 'cascade' }),
    externalId: text('external_id'),
    name: text('name').notNull(),
    email: text('email'),
    title: text('title'),
    roles: text('roles').array().notNull().default(sql`'{}'::text[]`),
    status: text('status', { enum: ['active', 'left'] }).notNull().default('active'),
    leftAt: timestamp('left_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('contacts_account_idx').on(t.accountId),
    uniqueIndex('contacts_external_id_key').on(t.externalId),
    uniqueIndex('contacts_account_email_key').on(t.accountId, sql`lower(${t.email})`),
  ],
);

/** The account timeline: every typed thing that happened to an account, newest first. */
export const timelineEvents = pgTable(
  'timeline_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    accountId: uuid('account_id').notNull().references(() => accounts.id, { onDelete: 'cascade' }),
    type: text('type').notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
    actorId: text('actor_id'),
    summary: text('summary').notNull(),
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index('timeline_account_time_idx').on(t.accountId, t.occurredAt.desc(), t.id.desc())],
);
