import { templatePath } from '../../../core/playbook/index.ts';
import type { LibraryFile, Playbook, Problem } from '../../../core/playbook/index.ts';
import { isPlaybookPath, isTemplatePath, reservedIdProblem, sketchPlaybook } from './library-files.ts';
import type { TemplateMap } from './schema.ts';

/** A playbook as the database holds it: its row and, once published, its latest version. */
export interface StoredPlaybook {
  id: string;
  path: string;
  currentVersion: number | null;
  source: string | null;
  templates: TemplateMap;
  parsed: Playbook | null;
}

/** A playbook that gets a new version from the import. */
export interface PlannedVersion {
  id: string;
  path: string;
  source: string;
  templates: TemplateMap;
  parsed: Playbook;
  /** Null for a playbook the library does not have yet. */
  basedOn: number | null;
  isNew: boolean;
  /** The imported files that differ from the stored version, for the changelog. */
  changedFiles: string[];
}

export interface ImportChanges {
  versions: PlannedVersion[];
  /** Playbooks whose file moved to a new path with unchanged content. */
  moves: { id: string; from: string; to: string }[];
  unchanged: string[];
}

export interface ImportPlan {
  /** What lint checks: the imported files plus the stored files they leave in place. */
  lintFiles: LibraryFile[];
  /** Problems lint cannot see: ids that change or are reserved, templates nothing uses. */
  problems: Problem[];
  /** The versions to write; call once lint found no error. */
  changes(parse: (file: LibraryFile) => Playbook): ImportChanges;
}

/**
 * Import merges files into the library: a file replaces the stored playbook with the same id
 * (moving it when the path differs); stored playbooks the import does not mention stay as they
 * are, and so do their templates unless the import carries a new text of them.
 */
export function planImport(files: readonly LibraryFile[], stored: readonly StoredPlaybook[]): ImportPlan {
  const imported = files.filter((file) => isPlaybookPath(file.path)).map((file) => ({ file, sketch: sketchPlaybook(file.content) }));
  const importedTemplates = new Map(files.filter((file) => isTemplatePath(file.path)).map((file) => [file.path, file.content]));
  const byId = new Map(stored.map((playbook) => [playbook.id, playbook]));
  const byPath = new Map(stored.map((playbook) => [playbook.path, playbook]));
  const claimed = new Set(imported.flatMap(({ sketch }) => (sketch.id ? [sketch.id] : [])));
  const importedPaths = new Set(imported.map(({ file }) => file.path));
  const kept = stored.filter((playbook) => playbook.source !== null && !importedPaths.has(playbook.path) && !claimed.has(playbook.id));

  const problems: Problem[] = imported.flatMap(({ file, sketch }) => {
    const holder = byPath.get(file.path);
    const idChange =
      sketch.id && holder && holder.id !== sketch.id && !claimed.has(holder.id)
        ? [{
            file: file.path,
            ...sketch.idPosition,
            message: `id: "${sketch.id}" but this file holds playbook "${holder.id}" in the library; an id cannot change (put "${sketch.id}" in a file of its own and retire "${holder.id}")`,
            severity: 'error' as const,
          }]
        : [];
    return [...idChange, ...reservedIdProblem(file.path, sketch)];
  });

  // Templates are files of the library: a stored one stays available to the files replacing its playbook.
  const templates = new Map<string, string>();
  for (const playbook of stored) {
    for (const [name, content] of Object.entries(playbook.templates)) {
      const path = templatePath(playbook.path, name);
      if (!templates.has(path)) templates.set(path, content);
    }
  }
  for (const [path, content] of importedTemplates) templates.set(path, content);

  const used = new Set([
    ...imported.flatMap(({ file, sketch }) => sketch.templates.map((name) => templatePath(file.path, name))),
    ...kept.flatMap((playbook) => Object.keys(playbook.templates).map((name) => templatePath(playbook.path, name))),
  ]);
  for (const path of importedTemplates.keys()) {
    if (!used.has(path)) {
      problems.push({ file: path, line: 1, col: 1, message: 'no playbook uses this template, so it is not stored (export will not write it)', severity: 'warning' });
    }
  }

  const lintFiles: LibraryFile[] = [
    ...imported.map(({ file }) => file),
    ...kept.map((playbook) => ({ path: playbook.path, content: playbook.source! })),
    ...[...templates].map(([path, content]) => ({ path, content })),
  ];

  const templatesOf = (path: string, parsed: Playbook): TemplateMap => {
    const names = [...new Set(parsed.steps.flatMap((step) => (step.template ? [step.template] : [])))];
    return Object.fromEntries(names.map((name) => [name, templates.get(templatePath(path, name)) ?? '']));
  };
  const changedTemplates = (path: string, before: TemplateMap, after: TemplateMap) =>
    Object.keys(after).filter((name) => before[name] !== after[name]).map((name) => templatePath(path, name));

  return {
    lintFiles,
    problems,
    changes(parse) {
      const result: ImportChanges = { versions: [], moves: [], unchanged: [] };
      for (const { file } of imported) {
        const parsed = parse(file);
        const before = byId.get(parsed.id);
        const after = templatesOf(file.path, parsed);
        const changedFiles =
          !before || before.source === null
            ? [file.path, ...changedTemplates(file.path, {}, after)]
            : [...(before.source === file.content ? [] : [file.path]), ...changedTemplates(file.path, before.templates, after)];
        // A template dropped from the file is a change of the file itself, so it is listed already.
        if (changedFiles.length === 0) {
          if (before!.path !== file.path) result.moves.push({ id: parsed.id, from: before!.path, to: file.path });
          else result.unchanged.push(parsed.id);
          continue;
        }
        result.versions.push({
          id: parsed.id,
          path: file.path,
          source: file.content,
          templates: after,
          parsed,
          basedOn: before?.currentVersion ?? null,
          isNew: !before,
          changedFiles,
        });
      }
      // A stored playbook picks up a new text of a template it shares with the imported files.
      for (const playbook of kept) {
        const after = templatesOf(playbook.path, playbook.parsed!);
        const changedFiles = changedTemplates(playbook.path, playbook.templates, after);
        if (changedFiles.length === 0) continue;
        result.versions.push({
          id: playbook.id,
          path: playbook.path,
          source: playbook.source!,
          templates: after,
          parsed: playbook.parsed!,
          basedOn: playbook.currentVersion,
          isNew: false,
          changedFiles,
        });
      }
      return result;
    },
  };
}
