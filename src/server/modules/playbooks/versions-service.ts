import { and, eq, sql } from 'drizzle-orm';
import type { Problem } from '../../../core/playbook/index.ts';
import type { Db } from '../../db/client.ts';
import { pgErrorCode } from '../../db/client.ts';
import { AppError, errors } from '../../http/errors.ts';
import { lintDraft, playbooksSharingTemplates, sharedTemplateProblems } from './draft-lint.ts';
import { parseLinted } from './import-service.ts';
import { errorsIn, fileBytes, isReservedId, MAX_FILE_BYTES, RESERVED_ID_LIST, sameTemplates } from './library-files.ts';
import { lintFailed } from './problems.ts';
import { migrateOpenPlays } from '../plays/in-flight.ts';
import type { InFlightMode } from '../plays/in-flight.ts';
import { playbookDrafts, playbooks } from './schema.ts';
import type { TemplateMap } from './schema.ts';
import { getPlaybookRow, getVersionRow, publishVersion, staleDraft } from './store.ts';
import type { PlaybookRow, VersionRow } from './store.ts';

export type DraftRow = typeof playbookDrafts.$inferSelect;

export interface DraftInput {
  source: string;
  templates: TemplateMap;
  /** The version the edit started from; default the latest. */
  basedOnVersion?: number | null;
  /** The draft revision the edit started from; when given, a save over someone else's newer save is refused. */
  revision?: number;
}

export function publicDraft(draft: Pick<DraftRow, 'playbookId' | 'source' | 'templates' | 'basedOnVersion' | 'revision' | 'updatedBy'> & { updatedAt: Date | null }, saved = true) {
  return {
    playbookId: draft.playbookId,
    source: draft.source,
    templates: draft.templates,
    basedOnVersion: draft.basedOnVersion,
    revision: draft.revision,
    updatedBy: draft.updatedBy,
    updatedAt: draft.updatedAt?.toISOString() ?? null,
    saved,
  };
}

function checkSizes(input: { source: string; templates: TemplateMap }) {
  const over = [
    ...(fileBytes(input.source) > MAX_FILE_BYTES ? ['source'] : []),
    ...Object.entries(input.templates).filter(([, text]) => fileBytes(text) > MAX_FILE_BYTES).map(([name]) => `templates.${name}`),
  ];
  if (over.length > 0) {
    throw new AppError(413, 'file_too_large', `${over.join(', ')} larger than ${MAX_FILE_BYTES} bytes (1 MB)`, { fields: over, limitBytes: MAX_FILE_BYTES });
  }
}

/**
 * Saves the one draft of a playbook (creating the playbook, in status draft, when the id is new)
 * and returns what lint finds in it. A draft may be broken; publishing it may not.
 */
export async function saveDraft(db: Db, id: string, input: DraftInput, actorId: string | null) {
  if (isReservedId(id)) throw errors.validation([{ path: 'path.id', message: `"${id}" is reserved by the API (${RESERVED_ID_LIST}); choose another id` }]);
  checkSizes(input);
  let created = false;
  const result = await db
    .transaction(async (transaction) => {
      const tx = transaction as unknown as Db;
      let [playbook] = await tx.select().from(playbooks).where(eq(playbooks.id, id));
      if (!playbook) {
        [playbook] = await tx.insert(playbooks).values({ id, path: `${id}.yaml`, status: 'draft' }).returning();
        created = true;
      }
      const basedOn = input.basedOnVersion === undefined ? playbook!.currentVersion : input.basedOnVersion;
      if (basedOn !== null && (basedOn < 1 || basedOn > (playbook!.currentVersion ?? 0))) {
        throw errors.validation([{ path: 'basedOnVersion', message: `version ${basedOn} does not exist (latest: ${playbook!.currentVersion ?? 'none'})` }]);
      }
      const values = { source: input.source, templates: input.templates, basedOnVersion: basedOn, updatedBy: actorId, updatedAt: new Date() };
      const [draft] = await tx
        .insert(playbookDrafts)
        .values({ playbookId: id, ...values })
        .onConflictDoUpdate({
          target: playbookDrafts.playbookId,
          set: { ...values, revision: sql`${playbookDrafts.revision} + 1` },
          ...(input.revision === undefined ? {} : { setWhere: eq(playbookDrafts.revision, input.revision) }),
        })
        .returning();
      if (!draft) throw draftChanged(id);
      return { playbook: playbook!, draft };
    })
    .catch((err: unknown) => {
      if (pgErrorCode(err) === '23505') throw errors.conflict('path_taken', `Another playbook is stored at ${id}.yaml`);
      throw err;
    });
  const problems = await lintDraft(db, result.playbook, input.source, input.templates);
  return { created, playbook: result.playbook, draft: result.draft, problems };
}

function draftChanged(id: string) {
  return errors.conflict('draft_changed', `The draft of ${id} was saved by someone else since you loaded it; reload it (GET /api/playbooks/${id}/draft) and apply your edit again`);
}

/** The saved draft, or a new one made from the latest version (not saved until PUT). */
export async function getDraft(db: Db, id: string) {
  const playbook = await getPlaybookRow(db, id);
  const [draft] = await db.select().from(playbookDrafts).where(eq(playbookDrafts.playbookId, id));
  if (draft) return publicDraft(draft);
  if (playbook.currentVersion === null) throw errors.notFound(`Draft of playbook ${id}`);
  const version = await getVersionRow(db, id, playbook.currentVersion);
  return publicDraft({ playbookId: id, source: version.source, templates: version.templates, basedOnVersion: version.number, revision: 0, updatedBy: null, updatedAt: null }, false);
}

export async function discardDraft(db: Db, id: string): Promise<void> {
  await getPlaybookRow(db, id);
  const deleted = await db.delete(playbookDrafts).where(eq(playbookDrafts.playbookId, id)).returning({ id: playbookDrafts.playbookId });
  if (deleted.length === 0) throw errors.notFound(`Draft of playbook ${id}`);
}

export interface PublishInput {
  changelog: string;
  /** The version the publisher's draft is based on (null for a playbook never published). */
  basedOnVersion: number | null;
  /** On an active playbook, put the new version in use at once (default). False holds it back, e.g. for a pilot. */
  activate?: boolean;
  /** Open plays: stay on the version they started with (default), or move to the new one by step id. */
  inFlight?: InFlightMode;
}

async function assertChanged(db: Db, playbook: PlaybookRow, source: string, templates: TemplateMap) {
  if (playbook.currentVersion === null) return;
  const current = await getVersionRow(db, playbook.id, playbook.currentVersion);
  if (current.source === source && sameTemplates(current.templates, templates)) {
    throw errors.conflict('no_changes', `Nothing to publish: the content is the same as version ${current.number} of ${playbook.id}`);
  }
}

/** Publishes the saved draft as the next version and removes the draft. */
export async function publishDraft(db: Db, id: string, input: PublishInput, actorId: string | null) {
  // The draft is read before the playbook: a publish that lands in between then reads as stale, not as "no draft".
  const [draft] = await db.select().from(playbookDrafts).where(eq(playbookDrafts.playbookId, id));
  const playbook = await getPlaybookRow(db, id);
  if (input.basedOnVersion !== playbook.currentVersion) throw staleDraft(id, input.basedOnVersion, playbook.currentVersion);
  if (!draft) throw errors.conflict('no_draft', `Playbook ${id} has no saved draft to publish; save one with PUT /api/playbooks/${id}/draft`);
  // The saved draft, not only the publisher's copy, must be based on the latest version.
  if (draft.basedOnVersion !== playbook.currentVersion) throw staleDraft(id, draft.basedOnVersion, playbook.currentVersion);

  const problems = await lintDraft(db, playbook, draft.source, draft.templates);
  if (errorsIn(problems).length > 0) throw lintFailed(problems, 'Publish refused');
  const parsed = parseLinted({ path: playbook.path, content: draft.source });
  const used = new Set(parsed.steps.flatMap((step) => (step.template ? [step.template] : [])));
  const templates = Object.fromEntries(Object.entries(draft.templates).filter(([name]) => used.has(name)));
  await assertChanged(db, playbook, draft.source, templates);

  const version = await db.transaction(async (transaction) => {
    const tx = transaction as unknown as Db;
    const row = await publishVersion(
      tx,
      { playbookId: id, source: draft.source, templates, parsed, changelog: input.changelog.trim(), publishedBy: actorId },
      playbook.currentVersion,
      { activate: input.activate ?? true },
    );
    const removed = await tx
      .delete(playbookDrafts)
      .where(and(eq(playbookDrafts.playbookId, id), eq(playbookDrafts.revision, draft.revision)))
      .returning({ id: playbookDrafts.playbookId });
    if (removed.length === 0) throw draftChanged(id);
    const migrated = input.inFlight === 'migrate' ? (await migrateOpenPlays(tx, id, row.number, actorId)).migrated : 0;
    return { ...row, migrated };
  });
  const { migrated, ...published } = version;
  return { playbook: await getPlaybookRow(db, id), version: published, warnings: problems, inFlight: { mode: input.inFlight ?? 'keep', migrated } };
}

export interface RevertInput {
  version: number;
  changelog: string;
  basedOnVersion?: number;
}

/** Publishes an old version's content (file and templates) as a new version. */
export async function revertToVersion(db: Db, id: string, input: RevertInput, actorId: string | null) {
  const playbook = await getPlaybookRow(db, id);
  if (playbook.currentVersion === null) throw errors.conflict('not_published', `Playbook ${id} has no published version to revert`);
  const basedOn = input.basedOnVersion ?? playbook.currentVersion;
  if (basedOn !== playbook.currentVersion) throw staleDraft(id, basedOn, playbook.currentVersion);
  const old: VersionRow = await getVersionRow(db, id, input.version);
  await assertChanged(db, playbook, old.source, old.templates);
  const problems: Problem[] = sharedTemplateProblems(playbook.path, old.templates, await playbooksSharingTemplates(db, id, Object.keys(old.templates)));
  if (problems.length > 0) throw lintFailed(problems, 'Revert refused');

  const version = await db.transaction((transaction) =>
    publishVersion(
      transaction as unknown as Db,
      { playbookId: id, source: old.source, templates: old.templates, parsed: old.parsed, changelog: `Revert to version ${old.number}: ${input.changelog.trim()}`, publishedBy: actorId },
      basedOn,
      { activate: true },
    ),
  );
  return { playbook: await getPlaybookRow(db, id), version };
}
