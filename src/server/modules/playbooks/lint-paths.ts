import { stat } from 'node:fs/promises';
import path from 'node:path';
import { lintLibrary, templatePath } from '../../../core/playbook/index.ts';
import type { Problem } from '../../../core/playbook/index.ts';
import { readLibraryDir } from './library-dir.ts';
import { isPlaybookPath, isTemplatePath, sketchPlaybook } from './library-files.ts';
import { sortProblems } from './problems.ts';

/** A path on the command line that cannot be linted at all (missing, or not a library file). */
export class LintPathError extends Error {
  override name = 'LintPathError';
}

/**
 * Lints files and directories. A directory is one library (every .yaml, .yml and .liquid file
 * under it). A file is linted with the files around it, so duplicate ids, references and its
 * templates are checked, but only its own problems and those of the templates it uses count.
 * Problem paths are shown as the user would type them (`playbooks/renewal.yaml`).
 */
export async function lintPaths(paths: readonly string[]): Promise<{ problems: Problem[]; files: number }> {
  const seen = new Map<string, Problem>();
  const linted = new Set<string>();
  for (const arg of paths) {
    const info = await stat(arg).catch(() => null);
    if (!info) throw new LintPathError(`${arg}: no such file or directory`);
    let problems: Problem[];
    if (info.isDirectory()) {
      problems = await lintDirectory(arg, () => true, linted);
    } else {
      if (!isPlaybookPath(arg) && !isTemplatePath(arg)) throw new LintPathError(`${arg}: not a playbook (.yaml, .yml) or template (.liquid) file`);
      problems = await lintDirectory(path.dirname(arg), (file, lib) => selectedBy(path.basename(arg), file, lib), linted);
    }
    for (const problem of problems) seen.set(`${problem.file}\u0000${problem.line}\u0000${problem.col}\u0000${problem.message}`, problem);
  }
  return { problems: sortProblems([...seen.values()]), files: linted.size };
}

type Library = Awaited<ReturnType<typeof readLibraryDir>>;

async function lintDirectory(dir: string, keep: (file: string, library: Library) => boolean, linted: Set<string>): Promise<Problem[]> {
  const library = await readLibraryDir(dir);
  const problems = [...library.problems, ...lintLibrary(library.files)].filter((problem) => keep(problem.file, library));
  for (const file of library.files) if (keep(file.path, library)) linted.add(path.join(dir, file.path));
  return problems.map((problem) => ({ ...problem, file: path.join(dir, problem.file) }));
}

/** The named file, and for a playbook the templates it uses. */
function selectedBy(name: string, file: string, library: Library): boolean {
  if (file === name) return true;
  if (!isPlaybookPath(name)) return false;
  const playbook = library.files.find((candidate) => candidate.path === name);
  return playbook !== undefined && sketchPlaybook(playbook.content).templates.some((template) => templatePath(name, template) === file);
}
