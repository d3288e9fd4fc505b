import { lintPlaybookFile, type LintOptions, type PlaybookFileLint } from './lint-playbook.ts';
import { lintTemplateFile, type TemplateLint } from './lint-template.ts';
import { compareProblems, type Problem } from './problem.ts';
import { formatPath } from './schema-issues.ts';

export { formatProblem, type Problem, type Severity } from './problem.ts';
export type { ConditionChecker, LintOptions } from './lint-playbook.ts';

export interface LibraryFile {
  path: string;
  content: string;
}

/** Another playbook of the library, as known to the caller (e.g. from the database). */
export interface KnownPlaybook {
  id: string;
  path: string;
}

export interface LintTextOptions extends LintOptions {
  /** The rest of the library; when given, duplicate ids and unknown `uses`/`related` are reported. */
  library?: readonly KnownPlaybook[];
}

type LintedPlaybook = PlaybookFileLint & { file: string };

/**
 * Lints a library: playbook files (`*.yaml`, `*.yml`) and the templates beside them
 * (`templates/<name>.liquid`). Returns every problem found, sorted by file, line and column.
 */
export function lintLibrary(files: readonly LibraryFile[], options: LintOptions = {}): Problem[] {
  return lintFiles(files, options, [], true);
}

/**
 * Lints one playbook as it is being edited. `templates` maps template names to their source.
 * Only problems of the playbook file itself are returned.
 */
export function lintPlaybookText(
  path: string,
  content: string,
  templates: Readonly<Record<string, string>>,
  options: LintTextOptions = {},
): Problem[] {
  const templateFiles = Object.entries(templates).map(([name, source]) => ({
    path: templatePath(path, name),
    content: source,
  }));
  const library = (options.library ?? []).filter((known) => known.path !== path);
  return lintFiles([{ path, content }, ...templateFiles], options, library, options.library !== undefined).filter(
    (problem) => problem.file === path,
  );
}

function lintFiles(
  files: readonly LibraryFile[],
  options: LintOptions,
  library: readonly KnownPlaybook[],
  checkPlaybookRefs: boolean,
): Problem[] {
  const playbooks: LintedPlaybook[] = files
    .filter((file) => /\.ya?ml$/i.test(file.path))
    .map((file) => ({ file: file.path, ...lintPlaybookFile(file.path, file.content, options) }));
  const templates = new Map<string, TemplateLint>(
    files.filter((file) => file.path.endsWith('.liquid')).map((file) => [normalize(file.path), lintTemplateFile(file.path, file.content)]),
  );
  const problems = [
    ...playbooks.flatMap((playbook) => playbook.problems),
    ...[...templates.values()].flatMap((template) => template.problems),
    ...duplicateIdProblems(playbooks, library),
    ...templateRefProblems(playbooks, templates),
    ...(checkPlaybookRefs ? playbookRefProblems(playbooks, library) : []),
  ];
  return problems.sort(compareProblems);
}

function duplicateIdProblems(playbooks: readonly LintedPlaybook[], library: readonly KnownPlaybook[]): Problem[] {
  const filesById = new Map<string, string[]>();
  for (const { id, path } of [...library, ...playbooks.flatMap((p) => (p.id ? [{ id: p.id.name, path: p.file }] : []))]) {
    filesById.set(id, [...(filesById.get(id) ?? []), path]);
  }
  return playbooks.flatMap((playbook) => {
    if (!playbook.id) return [];
    const others = (filesById.get(playbook.id.name) ?? []).filter((path) => path !== playbook.file);
    if (others.length === 0) return [];
    return [error(playbook.file, playbook.id.position, `id: "${playbook.id.name}" is also the id of ${others.join(', ')}`)];
  });
}

function playbookRefProblems(playbooks: readonly LintedPlaybook[], library: readonly KnownPlaybook[]): Problem[] {
  const ids = new Set([...library.map((known) => known.id), ...playbooks.flatMap((p) => (p.id ? [p.id.name] : []))]);
  return playbooks.flatMap((playbook) =>
    playbook.playbookRefs
      .filter((ref) => !ids.has(ref.name))
      .map((ref) => ({
        ...error(playbook.file, ref.position, `${formatPath(ref.path)}: no playbook, runbook or script has id "${ref.name}"`),
        severity: 'warning' as const,
      })),
  );
}

function templateRefProblems(playbooks: readonly LintedPlaybook[], templates: ReadonlyMap<string, TemplateLint>): Problem[] {
  return playbooks.flatMap((playbook) =>
    playbook.templateRefs.flatMap((ref) => {
      const expected = templatePath(playbook.file, ref.name);
      const template = templates.get(normalize(expected));
      const where = formatPath(ref.path);
      if (!template) return [error(playbook.file, ref.position, `${where}: template "${ref.name}" not found (expected ${expected})`)];
      if (ref.stepKind === 'email' && template.kind && template.kind !== 'email') {
        return [error(playbook.file, ref.position, `${where}: email steps need an email template, "${ref.name}" is kind ${template.kind}`)];
      }
      return [];
    }),
  );
}

/** `playbooks/usage-drop.yaml` + `usage-checkin` -> `playbooks/templates/usage-checkin.liquid`. */
export function templatePath(playbookPath: string, name: string): string {
  const slash = Math.max(playbookPath.lastIndexOf('/'), playbookPath.lastIndexOf('\\'));
  return `${playbookPath.slice(0, slash + 1)}templates/${name}.liquid`;
}

function normalize(path: string): string {
  return path.replaceAll('\\', '/').replace(/^\.\//, '');
}

function error(file: string, position: { line: number; col: number }, message: string): Problem {
  return { file, ...position, message, severity: 'error' };
}
