import { sql } from 'drizzle-orm';
import { bigserial, boolean, check, date, foreignKey, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { accounts } from '../accounts/schema.ts';
import { playbooks, playbookVersions } from '../playbooks/schema.ts';
import { users } from '../users/schema.ts';

export const PLAY_STATUSES = ['open', 'closed'] as const;
export const PLAY_OUTCOMES = ['success', 'failure', 'abandoned'] as const;

/**
 * One run of one playbook version on one account. A control play (the account was held out)
 * has no steps but the same success evaluation. The partial unique index is what guarantees one
 * open play per (playbook, account), however many workers evaluate at once.
 */
export const plays = pgTable(
  'plays',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    playbookId: text('playbook_id').notNull().references(() => playbooks.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    accountId: uuid('account_id').notNull().references(() => accounts.id, { onDelete: 'cascade' }),
    ownerId: text('owner_id').references(() => users.id, { onDelete: 'set null' }),
    status: text('status', { enum: PLAY_STATUSES }).notNull().default('open'),
    control: boolean('control').notNull().default(false),
    priority: integer('priority').notNull().default(50),
    exclusiveGroup: text('exclusive_group'),
    triggerKind: text('trigger_kind').notNull(),
    /** What made it start: matched values, the event, the matched text. */
    triggerDetail: jsonb('trigger_detail').$type<Record<string, unknown>>().notNull().default({}),
    /** Makes event and date triggers fire once per occurrence (e.g. one play per closed ticket). */
    triggerKey: text('trigger_key'),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    startedOn: date('started_on', { mode: 'string' }).notNull(),
    successBy: date('success_by', { mode: 'string' }),
    outcome: text('outcome', { enum: PLAY_OUTCOMES }),
    outcomeReason: text('outcome_reason'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closedBy: text('closed_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    foreignKey({ columns: [t.playbookId, t.version], foreignColumns: [playbookVersions.playbookId, playbookVersions.number] }),
    uniqueIndex('plays_one_open_per_playbook_account').on(t.playbookId, t.accountId).where(sql`${t.status} = 'open'`),
    uniqueIndex('plays_trigger_key').on(t.playbookId, t.accountId, t.triggerKey),
    index('plays_account_idx').on(t.accountId, t.status),
    index('plays_playbook_idx').on(t.playbookId, t.version, t.status),
    check('plays_outcome_when_closed', sql`(${t.status} = 'open') = (${t.outcome} is null)`),
  ],
);

export const STEP_STATES = ['pending', 'open', 'snoozed', 'done', 'skipped', 'cancelled'] as const;

/** A template filled in when its step opened; `to` is the contact an email draft is addressed to. */
export interface RenderedDraft {
  kind: string;
  subject?: string;
  body: string;
  to?: string | null;
}

export const playSteps = pgTable(
  'play_steps',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    playId: uuid('play_id').notNull().references(() => plays.id, { onDelete: 'cascade' }),
    stepId: text('step_id').notNull(),
    position: integer('position').notNull(),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    ownerRole: text('owner_role').notNull(),
    ownerId: text('owner_id').references(() => users.id, { onDelete: 'set null' }),
    /** Which rule chose the owner (account_owner, owner_manager, role_setting, fallback_admin…). */
    ownerRule: text('owner_rule'),
    state: text('state', { enum: STEP_STATES }).notNull().default('pending'),
    dueOn: date('due_on', { mode: 'string' }),
    openedAt: timestamp('opened_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    snoozedUntil: date('snoozed_until', { mode: 'string' }),
    /** The decision answer chosen, for decision steps. */
    answer: text('answer'),
    outcome: text('outcome'),
    notes: text('notes'),
    skipReason: text('skip_reason'),
    checklist: jsonb('checklist').$type<{ text: string; done: boolean }[]>().notNull().default([]),
    /** The filled-in template: { kind, subject, body }, or the error that stopped it. */
    rendered: jsonb('rendered').$type<RenderedDraft | null>(),
    renderError: text('render_error'),
    /** Wait steps: the day the wait ends (its duration) or gives up (an `until` wait's timeout). */
    waitUntil: date('wait_until', { mode: 'string' }),
    /** Action steps: what the action did ({ type, status: ok | failed | calling, … }). */
    result: jsonb('result').$type<Record<string, unknown> | null>(),
    overdueNotifiedAt: timestamp('overdue_notified_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('play_steps_play_step_key').on(t.playId, t.stepId),
    index('play_steps_owner_state_due_idx').on(t.ownerId, t.state, t.dueOn),
  ],
);

/** Audit trail of every step transition: who, when, from, to. */
export const stepEvents = pgTable(
  'step_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    playStepId: uuid('play_step_id').notNull().references(() => playSteps.id, { onDelete: 'cascade' }),
    actorId: text('actor_id').references(() => users.id, { onDelete: 'set null' }),
    transition: text('transition').notNull(),
    fromState: text('from_state').notNull(),
    toState: text('to_state').notNull(),
    detail: jsonb('detail').$type<Record<string, unknown>>().notNull().default({}),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('step_events_step_idx').on(t.playStepId, t.at)],
);

/** Emails waiting to be sent automatically (tech-touch auto-send, off by default). */
export const outbox = pgTable('outbox', {
  id: uuid('id').primaryKey().defaultRandom(),
  playStepId: uuid('play_step_id').references(() => playSteps.id, { onDelete: 'set null' }),
  to: text('to').notNull(),
  subject: text('subject').notNull(),
  body: text('body').notNull(),
  status: text('status', { enum: ['queued', 'sent', 'failed'] }).notNull().default('queued'),
  error: text('error'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  sentAt: timestamp('sent_at', { withTimezone: true }),
});

/** In-app notifications: a play started, a step fell overdue, a report's step is overdue. */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: text('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    link: text('link'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [index('notifications_user_idx').on(t.userId, t.createdAt)],
);
