import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { describeDue, diffPlaybookVersions, parsePlaybook, playbookFlowchart, quickReferenceHtml, quickReferenceMarkdown, templatePath, unifiedDiff } from '../../../core/playbook/index.ts';
import type { Db } from '../../db/client.ts';
import { errors } from '../../http/errors.ts';
import { versionFor } from './pilot-service.ts';
import { playbookDrafts, playbookPilots, playbookSearchDocuments, playbookVersions, playbookViews, playbooks } from './schema.ts';
import type { PlaybookStatus } from './schema.ts';
import { getPlaybookRow, getVersionRow, playbookOf, publicPlaybookRow, publicVersion } from './store.ts';
import type { PlaybookRow, VersionRow } from './store.ts';

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * The version someone looking at a playbook sees: the one asked for, else the one that applies
 * to them (their pilot, or the active version), else the latest published.
 */
export async function shownVersion(db: Db, playbook: PlaybookRow, userId: string | null, requested?: number): Promise<VersionRow | null> {
  if (requested !== undefined) return getVersionRow(db, playbook.id, requested);
  const applies = await versionFor(db, playbook.id, userId, today());
  const number = applies?.version ?? playbook.currentVersion;
  return number === null ? null : getVersionRow(db, playbook.id, number);
}

/** A playbook with the version shown to this viewer; records the view (who, which version, when). */
export async function viewPlaybook(db: Db, id: string, userId: string | null, requested?: number) {
  const playbook = await getPlaybookRow(db, id);
  const version = await shownVersion(db, playbook, userId, requested);
  const [[draft], [pilot]] = await Promise.all([
    db.select({ basedOnVersion: playbookDrafts.basedOnVersion, revision: playbookDrafts.revision, updatedAt: playbookDrafts.updatedAt }).from(playbookDrafts).where(eq(playbookDrafts.playbookId, id)),
    db.select().from(playbookPilots).where(eq(playbookPilots.playbookId, id)),
    db.insert(playbookViews).values({ playbookId: id, version: version?.number ?? null, userId }),
  ]);
  return {
    ...publicPlaybookRow(playbook),
    version: version ? publicVersion(version, { content: true }) : null,
    draft: draft ? { basedOnVersion: draft.basedOnVersion, revision: draft.revision, updatedAt: draft.updatedAt.toISOString() } : null,
    pilot: pilot ? { version: pilot.version, userIds: pilot.userIds, startsOn: pilot.startsOn, endsOn: pilot.endsOn } : null,
  };
}

export interface ListFilter {
  status?: PlaybookStatus;
  kind?: string;
  category?: string;
}

/** Every playbook (published or not) with its latest title, by title. */
export async function listPlaybooks(db: Db, filter: ListFilter, page: number, pageSize: number) {
  const where = and(
    filter.status ? eq(playbooks.status, filter.status) : undefined,
    filter.kind ? eq(playbookSearchDocuments.kind, filter.kind) : undefined,
    filter.category ? eq(playbookSearchDocuments.category, filter.category) : undefined,
  );
  const query = db
    .select({
      playbook: playbooks,
      title: playbookSearchDocuments.title,
      kind: playbookSearchDocuments.kind,
      category: playbookSearchDocuments.category,
      total: sql<number>`(count(*) over ())::int`,
    })
    .from(playbooks)
    .leftJoin(playbookSearchDocuments, eq(playbookSearchDocuments.playbookId, playbooks.id))
    .where(where)
    .orderBy(sql`coalesce(${playbookSearchDocuments.title}, ${playbooks.id})`, asc(playbooks.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const rows = await query;
  return {
    total: rows[0]?.total ?? 0,
    items: rows.map((row) => ({ ...publicPlaybookRow(row.playbook), title: row.title, kind: row.kind, category: row.category })),
  };
}

export async function listVersions(db: Db, id: string) {
  await getPlaybookRow(db, id);
  const rows = await db.select().from(playbookVersions).where(eq(playbookVersions.playbookId, id)).orderBy(desc(playbookVersions.number));
  return rows.map((row) => publicVersion(row));
}

/** What changed between two versions: steps and fields, templates, and a unified text diff. */
export async function diffVersions(db: Db, id: string, from: number, to: number) {
  const playbook = await getPlaybookRow(db, id);
  const [before, after] = await Promise.all([getVersionRow(db, id, from), getVersionRow(db, id, to)]);
  const diff = diffPlaybookVersions(
    { playbook: playbookOf(before), text: before.source },
    { playbook: playbookOf(after), text: after.source },
    { fromFile: `${playbook.path} (version ${from})`, toFile: `${playbook.path} (version ${to})` },
  );
  const names = [...new Set([...Object.keys(before.templates), ...Object.keys(after.templates)])].sort();
  const templates = {
    added: names.filter((name) => !(name in before.templates)),
    removed: names.filter((name) => !(name in after.templates)),
    changed: names.filter((name) => name in before.templates && name in after.templates && before.templates[name] !== after.templates[name]),
  };
  const templateText = names
    .map((name) =>
      unifiedDiff(before.templates[name] ?? '', after.templates[name] ?? '', {
        fromFile: `${templatePath(playbook.path, name)} (version ${from})`,
        toFile: `${templatePath(playbook.path, name)} (version ${to})`,
      }),
    )
    .join('');
  return { from, to, fields: diff.fields, steps: diff.steps, templates, text: diff.text + templateText };
}

export type QuickReferenceFormat = 'html' | 'md';

export async function quickReference(db: Db, id: string, format: QuickReferenceFormat, userId: string | null, requested?: number) {
  const version = await publishedVersion(db, id, userId, requested);
  const playbook = playbookOf(version);
  return format === 'html' ? quickReferenceHtml(playbook) : quickReferenceMarkdown(playbook);
}

export async function flowchart(db: Db, id: string, userId: string | null, requested?: number): Promise<string> {
  const version = await publishedVersion(db, id, userId, requested);
  return playbookFlowchart(playbookOf(version).steps);
}

/**
 * The steps and flowchart of a playbook's text, for an editor's side preview. Only for text
 * without errors (the caller has linted it); undefined if it still does not parse.
 */
export function playbookOutline(source: string) {
  const parsed = parsePlaybook('playbook.yaml', source);
  if (!parsed.ok) return undefined;
  const { title, steps } = parsed.playbook;
  const titleOf = (id: string) => steps.find((step) => step.id === id)?.title ?? id;
  return {
    title,
    steps: steps.map((step) => ({ id: step.id, title: step.title, kind: step.kind, owner: step.owner, due: step.due ? describeDue(step.due, titleOf) : null })),
    flowchart: playbookFlowchart(steps),
  };
}

async function publishedVersion(db: Db, id: string, userId: string | null, requested?: number): Promise<VersionRow> {
  const playbook = await getPlaybookRow(db, id);
  const version = await shownVersion(db, playbook, userId, requested);
  if (!version) throw errors.notFound(`Published version of playbook ${id}`);
  return version;
}
