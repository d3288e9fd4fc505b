import { and, eq, sql } from 'drizzle-orm';
import { lintLibrary, parsePlaybook, templatePath } from '../../../core/playbook/index.ts';
import type { LibraryFile, Playbook, Problem } from '../../../core/playbook/index.ts';
import type { Db } from '../../db/client.ts';
import { pgErrorCode } from '../../db/client.ts';
import { AppError, errors } from '../../http/errors.ts';
import { planImport } from './import-plan.ts';
import type { PlannedVersion, StoredPlaybook } from './import-plan.ts';
import { errorsIn, MAX_FILE_BYTES, MAX_IMPORT_FILES, oversizedFiles, pathProblems } from './library-files.ts';
import { lintFailed, sortProblems } from './problems.ts';
import { playbookVersions, playbooks } from './schema.ts';
import { claimNextVersion, parseCleanSource, saveSearchDocuments, searchDocumentOf } from './store.ts';

export interface ImportOptions {
  actorId: string | null;
  /** Status given to playbooks the library does not have yet. Default draft: nobody gets them until promoted. */
  newStatus?: 'draft' | 'active';
  /** Changelog of every version written. Default: "Imported from <the changed files>". */
  changelog?: string;
}

export interface ImportResult {
  created: { id: string; version: number; path: string }[];
  updated: { id: string; version: number; changelog: string }[];
  moved: { id: string; from: string; to: string }[];
  unchanged: string[];
  warnings: Problem[];
}

/** Every playbook with its latest version, in one query. */
export async function loadStoredLibrary(db: Db): Promise<StoredPlaybook[]> {
  const rows = await db
    .select({
      id: playbooks.id,
      path: playbooks.path,
      currentVersion: playbooks.currentVersion,
      source: playbookVersions.source,
      templates: playbookVersions.templates,
      parsed: playbookVersions.parsed,
    })
    .from(playbooks)
    .leftJoin(playbookVersions, and(eq(playbookVersions.playbookId, playbooks.id), eq(playbookVersions.number, playbooks.currentVersion)))
    .orderBy(playbooks.path);
  return rows.map((row) => ({ ...row, templates: row.templates ?? {} }));
}

/**
 * Imports library files all-or-nothing: every file is checked first (size, path, lint against
 * the library it would produce) and any error refuses the whole import with the full list.
 * Otherwise one transaction writes a new version for each playbook whose file or templates
 * changed; unchanged files write nothing.
 */
export async function importLibrary(db: Db, files: readonly LibraryFile[], options: ImportOptions): Promise<ImportResult> {
  if (files.length === 0) throw errors.validation([{ path: 'files', message: 'must contain at least one file' }]);
  if (files.length > MAX_IMPORT_FILES) throw errors.validation([{ path: 'files', message: `at most ${MAX_IMPORT_FILES} files per import` }]);
  const oversized = oversizedFiles(files);
  if (oversized.length > 0) {
    throw new AppError(
      413,
      'file_too_large',
      `Import refused, nothing changed: ${oversized.map((file) => `${file.path} is ${file.bytes} bytes`).join('; ')}; the limit is ${MAX_FILE_BYTES} bytes (1 MB) per file`,
      { files: oversized, limitBytes: MAX_FILE_BYTES },
    );
  }

  const stored = await loadStoredLibrary(db);
  const plan = planImport(files, stored);
  const problems = sortProblems([...pathProblems(files), ...plan.problems, ...lintLibrary(plan.lintFiles)]);
  if (errorsIn(problems).length > 0) throw lintFailed(problems, 'Import refused, nothing changed');

  const changes = plan.changes(parseLinted);
  const storedById = new Map(stored.map((playbook) => [playbook.id, playbook]));
  const moves = [
    ...changes.moves,
    ...changes.versions.flatMap((version) => {
      const before = storedById.get(version.id);
      return before && before.path !== version.path ? [{ id: version.id, from: before.path, to: version.path }] : [];
    }),
  ];
  const changelogOf = (version: PlannedVersion) => options.changelog ?? `Imported from ${version.changedFiles.join(', ')}`;
  const numbered = changes.versions.map((version) => ({ ...version, number: (version.basedOn ?? 0) + 1 }));
  const newStatus = options.newStatus ?? 'draft';

  try {
    await db.transaction(async (transaction) => {
      const tx = transaction as unknown as Db;
      // Paths are unique, so files that trade places first step aside to paths no real file can have.
      for (const move of moves) await tx.update(playbooks).set({ path: `\u0001moving/${move.id}` }).where(eq(playbooks.id, move.id));
      for (const move of moves) await tx.update(playbooks).set({ path: move.to, updatedAt: new Date() }).where(eq(playbooks.id, move.id));

      const created = numbered.filter((version) => version.isNew);
      if (created.length > 0) {
        await tx.insert(playbooks).values(
          created.map((version) => ({
            id: version.id,
            path: version.path,
            status: newStatus,
            currentVersion: 1,
            activeVersion: newStatus === 'active' ? 1 : null,
            lockVersion: 1,
          })),
        );
      }
      for (const version of numbered.filter((planned) => !planned.isNew)) {
        // An import is a deploy from git: on an active playbook the new version goes into use.
        if ((await claimNextVersion(tx, version.id, version.basedOn, { activate: true })) === null) throw importConflict();
      }
      if (numbered.length > 0) {
        await tx.insert(playbookVersions).values(
          numbered.map((version) => ({
            playbookId: version.id,
            number: version.number,
            source: version.source,
            templates: version.templates,
            parsed: version.parsed,
            changelog: changelogOf(version),
            publishedBy: options.actorId,
          })),
        );
        await saveSearchDocuments(tx, numbered.map((version) => searchDocumentOf(version.id, version.number, version.parsed)));
      }
    });
  } catch (err) {
    if (pgErrorCode(err) === '23505') throw importConflict();
    throw err;
  }

  return {
    created: numbered.filter((version) => version.isNew).map((version) => ({ id: version.id, version: version.number, path: version.path })),
    updated: numbered.filter((version) => !version.isNew).map((version) => ({ id: version.id, version: version.number, changelog: changelogOf(version) })),
    moved: moves,
    unchanged: changes.unchanged,
    warnings: problems,
  };
}

function importConflict() {
  return errors.conflict('import_conflict', 'The library changed while this import ran (another import or publish); nothing was changed. Run the import again.');
}

/** A file lint has passed, as a Playbook with defaults applied. */
export function parseLinted(file: LibraryFile): Playbook {
  try {
    return parseCleanSource(file.content);
  } catch {
    const parsed = parsePlaybook(file.path, file.content);
    throw new Error(`${file.path} passed lint but does not parse: ${parsed.ok ? 'unknown reason' : parsed.problems[0]?.message}`);
  }
}

/** Every playbook's latest version as library files, sorted by path: what import would take back unchanged. */
export async function exportLibrary(db: Db): Promise<LibraryFile[]> {
  const stored = await loadStoredLibrary(db);
  const files = new Map<string, string>();
  for (const playbook of stored) {
    if (playbook.source === null) continue;
    files.set(playbook.path, playbook.source);
    for (const [name, content] of Object.entries(playbook.templates)) {
      files.set(templatePath(playbook.path, name), content);
    }
  }
  return [...files].map(([path, content]) => ({ path, content })).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

export async function countPlaybooks(db: Db): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(playbooks);
  return row!.n;
}
