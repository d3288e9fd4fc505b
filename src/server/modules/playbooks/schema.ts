import { sql } from 'drizzle-orm';
import {
  bigserial,
  check,
  customType,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import type { Playbook } from '../../../core/playbook/index.ts';
import { users } from '../users/schema.ts';

export const PLAYBOOK_STATUSES = ['draft', 'pilot', 'active', 'retired'] as const;
export type PlaybookStatus = (typeof PLAYBOOK_STATUSES)[number];

/** Template name -> file text (front matter + Liquid), as it sits in `templates/<name>.liquid`. */
export type TemplateMap = Record<string, string>;

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/** One row per playbook: where it lives in the library and which of its versions is in use. */
export const playbooks = pgTable(
  'playbooks',
  {
    id: text('id').primaryKey(),
    /** The file's path inside the library (`renewal.yaml`); export writes it back there. */
    path: text('path').notNull(),
    status: text('status', { enum: PLAYBOOK_STATUSES }).notNull().default('draft'),
    /** The latest published version; publishing is a conditional update of this column. */
    currentVersion: integer('current_version'),
    /** The version everyone outside a pilot gets while the playbook is active. */
    activeVersion: integer('active_version'),
    lockVersion: integer('lock_version').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('playbooks_path_key').on(t.path),
    check('playbooks_status_check', sql`${t.status} in ('draft', 'pilot', 'active', 'retired')`),
    check('playbooks_active_version_check', sql`${t.activeVersion} is null or ${t.activeVersion} <= ${t.currentVersion}`),
  ],
);

/** Published versions: immutable (a trigger in the migration refuses updates). */
export const playbookVersions = pgTable(
  'playbook_versions',
  {
    playbookId: text('playbook_id').notNull().references(() => playbooks.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    source: text('source').notNull(),
    templates: jsonb('templates').$type<TemplateMap>().notNull(),
    parsed: jsonb('parsed').$type<Playbook>().notNull(),
    changelog: text('changelog').notNull(),
    publishedBy: text('published_by').references(() => users.id, { onDelete: 'set null' }),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'playbook_versions_pkey', columns: [t.playbookId, t.number] }),
    check('playbook_versions_number_check', sql`${t.number} >= 1`),
    check('playbook_versions_changelog_check', sql`length(btrim(${t.changelog})) > 0`),
  ],
);

/** The one editable copy of a playbook; publishing turns it into a version and removes it. */
export const playbookDrafts = pgTable('playbook_drafts', {
  playbookId: text('playbook_id').primaryKey().references(() => playbooks.id, { onDelete: 'cascade' }),
  source: text('source').notNull(),
  templates: jsonb('templates').$type<TemplateMap>().notNull(),
  basedOnVersion: integer('based_on_version'),
  /** Goes up on every save, so a publish can tell that the draft it checked is still the one stored. */
  revision: integer('revision').notNull().default(1),
  updatedBy: text('updated_by').references(() => users.id, { onDelete: 'set null' }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const playbookPilots = pgTable(
  'playbook_pilots',
  {
    playbookId: text('playbook_id').primaryKey().references(() => playbooks.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    userIds: text('user_ids').array().notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    updatedBy: text('updated_by').references(() => users.id, { onDelete: 'set null' }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({ name: 'playbook_pilots_version_fk', columns: [t.playbookId, t.version], foreignColumns: [playbookVersions.playbookId, playbookVersions.number] }),
    check('playbook_pilots_window_check', sql`${t.endsOn} >= ${t.startsOn}`),
  ],
);

export const playbookFeedback = pgTable(
  'playbook_feedback',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    playbookId: text('playbook_id').notNull(),
    version: integer('version').notNull(),
    userId: text('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    rating: smallint('rating').notNull(),
    comment: text('comment'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({ name: 'playbook_feedback_version_fk', columns: [t.playbookId, t.version], foreignColumns: [playbookVersions.playbookId, playbookVersions.number] }).onDelete('cascade'),
    // One opinion per person per version: a second post replaces the first, so averages are not stuffed.
    uniqueIndex('playbook_feedback_user_key').on(t.playbookId, t.version, t.userId),
    check('playbook_feedback_rating_check', sql`${t.rating} between 1 and 5`),
  ],
);

export const playbookViews = pgTable(
  'playbook_views',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    playbookId: text('playbook_id').notNull().references(() => playbooks.id, { onDelete: 'cascade' }),
    version: integer('version'),
    userId: text('user_id').references(() => users.id, { onDelete: 'set null' }),
    viewedAt: timestamp('viewed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('playbook_views_playbook_time_idx').on(t.playbookId, t.viewedAt), index('playbook_views_user_idx').on(t.userId)],
);

/**
 * The searchable text of each playbook's latest version. The tsvector is a generated column, so
 * PGlite and PostgreSQL build it with the same SQL and it can never drift from the text.
 */
export const playbookSearchDocuments = pgTable(
  'playbook_search_documents',
  {
    playbookId: text('playbook_id').primaryKey().references(() => playbooks.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    title: text('title').notNull(),
    whenToUse: text('when_to_use').notNull(),
    stepsText: text('steps_text').notNull(),
    otherText: text('other_text').notNull(),
    kind: text('kind').notNull(),
    category: text('category').notNull(),
    lifecycle: text('lifecycle').array().notNull().default(sql`'{}'::text[]`),
    segments: text('segments').array().notNull().default(sql`'{}'::text[]`),
    document: tsvector('document')
      .notNull()
      .generatedAlwaysAs(
        sql`setweight(to_tsvector('english'::regconfig, "title"), 'A') || setweight(to_tsvector('english'::regconfig, "when_to_use"), 'B') || setweight(to_tsvector('english'::regconfig, "steps_text"), 'C') || setweight(to_tsvector('english'::regconfig, "other_text"), 'D')`,
      ),
    /**
     * Title and when-to-use alone: small enough to stay inline in the row, so ranking thousands of
     * matches by it is cheap. Search ranks every match by this first and only the best few hundred
     * by the full document, whose compressed out-of-line storage makes reading it the costly part.
     */
    head: tsvector('head')
      .notNull()
      .generatedAlwaysAs(sql`setweight(to_tsvector('english'::regconfig, "title"), 'A') || setweight(to_tsvector('english'::regconfig, "when_to_use"), 'B')`),
  },
  (t) => [
    index('playbook_search_document_idx').using('gin', t.document),
    index('playbook_search_kind_category_idx').on(t.kind, t.category),
  ],
);
