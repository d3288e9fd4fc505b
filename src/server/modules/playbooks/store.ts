import { and, eq, isNull, sql } from 'drizzle-orm';
import { parse as parseYaml } from 'yaml';
import { PlaybookSchema } from '../../../core/playbook/index.ts';
import type { Playbook } from '../../../core/playbook/index.ts';
import { playbookSearchText } from '../../../core/playbook/search-text.ts';
import type { Db } from '../../db/client.ts';
import { errors } from '../../http/errors.ts';
import { playbookSearchDocuments, playbookVersions, playbooks } from './schema.ts';
import type { TemplateMap } from './schema.ts';

export type PlaybookRow = typeof playbooks.$inferSelect;
export type VersionRow = typeof playbookVersions.$inferSelect;

export async function getPlaybookRow(db: Db, id: string): Promise<PlaybookRow> {
  const [row] = await db.select().from(playbooks).where(eq(playbooks.id, id));
  if (!row) throw errors.notFound(`Playbook ${id}`);
  return row;
}

export async function getVersionRow(db: Db, id: string, number: number): Promise<VersionRow> {
  const [row] = await db
    .select()
    .from(playbookVersions)
    .where(and(eq(playbookVersions.playbookId, id), eq(playbookVersions.number, number)));
  if (!row) throw errors.notFound(`Version ${number} of playbook ${id}`);
  return row;
}

export function searchDocumentOf(playbookId: string, version: number, parsed: Playbook): typeof playbookSearchDocuments.$inferInsert {
  const text = playbookSearchText(parsed);
  return {
    playbookId,
    version,
    title: text.title,
    whenToUse: text.whenToUse,
    stepsText: text.steps,
    otherText: text.other,
    kind: parsed.kind,
    category: parsed.category,
    lifecycle: parsed.lifecycle ?? [],
    segments: parsed.segments ?? [],
  };
}

/** Inserts or replaces search documents in one statement. */
export async function saveSearchDocuments(db: Db, docs: (typeof playbookSearchDocuments.$inferInsert)[]): Promise<void> {
  if (docs.length === 0) return;
  await db
    .insert(playbookSearchDocuments)
    .values(docs)
    .onConflictDoUpdate({
      target: playbookSearchDocuments.playbookId,
      set: {
        version: sql`excluded.version`,
        title: sql`excluded.title`,
        whenToUse: sql`excluded.when_to_use`,
        stepsText: sql`excluded.steps_text`,
        otherText: sql`excluded.other_text`,
        kind: sql`excluded.kind`,
        category: sql`excluded.category`,
        lifecycle: sql`excluded.lifecycle`,
        segments: sql`excluded.segments`,
      },
    });
}

export interface NewVersion {
  playbookId: string;
  source: string;
  templates: TemplateMap;
  parsed: Playbook;
  changelog: string;
  publishedBy: string | null;
}

export function staleDraft(id: string, basedOn: number | null, current: number | null) {
  return errors.conflict(
    'stale_draft',
    `Playbook ${id} is at version ${current ?? 'none'} but this draft is based on ${basedOn ?? 'no version'}: someone published in between. Rebase the draft on version ${current} (GET /api/playbooks/${id}/diff to see what changed, then PUT the merged draft with basedOnVersion ${current}) and publish again.`,
    { basedOnVersion: basedOn, currentVersion: current },
  );
}

/**
 * Moves a playbook's current version from `basedOn` to the next number and returns it, or null
 * when the playbook is no longer at `basedOn`. This conditional update is what makes concurrent
 * publishes safe: of two transactions based on the same version only the first matches; the
 * second matches no row (PostgreSQL re-checks the condition once the first commits).
 */
export async function claimNextVersion(tx: Db, playbookId: string, basedOn: number | null, options: { activate: boolean }): Promise<number | null> {
  const number = (basedOn ?? 0) + 1;
  const [updated] = await tx
    .update(playbooks)
    .set({
      currentVersion: number,
      // Publishing into an active playbook puts the new version in use, unless the caller holds it back for a pilot.
      ...(options.activate ? { activeVersion: sql`case when ${playbooks.status} = 'active' then ${number}::int else ${playbooks.activeVersion} end` } : {}),
      lockVersion: sql`${playbooks.lockVersion} + 1`,
      updatedAt: new Date(),
    })
    .where(and(eq(playbooks.id, playbookId), basedOn === null ? isNull(playbooks.currentVersion) : eq(playbooks.currentVersion, basedOn)))
    .returning({ id: playbooks.id });
  return updated ? number : null;
}

/** Publishes one version after `basedOn`, or fails with stale_draft. Must run inside a transaction. */
export async function publishVersion(tx: Db, version: NewVersion, basedOn: number | null, options: { activate: boolean }): Promise<VersionRow> {
  const number = await claimNextVersion(tx, version.playbookId, basedOn, options);
  if (number === null) {
    const [now] = await tx.select({ current: playbooks.currentVersion }).from(playbooks).where(eq(playbooks.id, version.playbookId));
    if (!now) throw errors.notFound(`Playbook ${version.playbookId}`);
    throw staleDraft(version.playbookId, basedOn, now.current);
  }
  const [row] = await tx.insert(playbookVersions).values({ ...version, number }).returning();
  await saveSearchDocuments(tx, [searchDocumentOf(version.playbookId, number, version.parsed)]);
  return row!;
}

/**
 * A version's playbook in the order its file gives. The stored `parsed` is jsonb, which sorts
 * object keys, and the order of a decision's branches is meaningful (cards, flowcharts, editors),
 * so views read it again from the source; a source today's schema rejects falls back to `parsed`.
 */
export function playbookOf(row: Pick<VersionRow, 'source' | 'parsed'>): Playbook {
  try {
    return parseCleanSource(row.source);
  } catch {
    return row.parsed;
  }
}

/**
 * A playbook file lint has already passed, read without lint's position tracking (about four
 * times cheaper than `parsePlaybook`, which lints again). Throws on a file lint would reject.
 */
export function parseCleanSource(source: string): Playbook {
  return PlaybookSchema.parse(parseYaml(source, { uniqueKeys: true, maxAliasCount: 100 }));
}

export function publicVersion(row: VersionRow, options: { content?: boolean } = {}) {
  return {
    number: row.number,
    changelog: row.changelog,
    publishedBy: row.publishedBy,
    publishedAt: row.publishedAt.toISOString(),
    ...(options.content ? { source: row.source, templates: row.templates, playbook: playbookOf(row) } : {}),
  };
}

export function publicPlaybookRow(row: PlaybookRow) {
  return {
    id: row.id,
    path: row.path,
    status: row.status,
    currentVersion: row.currentVersion,
    activeVersion: row.activeVersion,
    lockVersion: row.lockVersion,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
