import { stat } from 'node:fs/promises';
import path from 'node:path';
import { Option } from 'commander';
import type { Command } from 'commander';
import { formatProblem } from '../../core/playbook/index.ts';
import type { Problem } from '../../core/playbook/index.ts';
import { AppError } from '../http/errors.ts';
import { exportLibrary, importLibrary } from '../modules/playbooks/import-service.ts';
import { readLibraryDir, writeLibraryDir } from '../modules/playbooks/library-dir.ts';
import { LintPathError, lintPaths } from '../modules/playbooks/lint-paths.ts';
import { withDatabase } from './context.ts';

const out = (line: string) => process.stdout.write(`${line}\n`);
const err = (line: string) => process.stderr.write(`${line}\n`);

/** Exit 2 with one line: the command line named something that cannot be used. */
function usage(message: string): void {
  err(`playmaker: ${message}`);
  process.exitCode = 2;
}

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

async function isDirectory(dir: string): Promise<boolean> {
  return (await stat(dir).catch(() => null))?.isDirectory() ?? false;
}

function printProblems(problems: readonly Problem[], dir: string, print: (line: string) => void): void {
  for (const problem of problems) print(formatProblem({ ...problem, file: path.join(dir, problem.file) }));
}

/** `playmaker lint`, `playmaker playbooks import` and `playmaker playbooks export`. */
export function registerPlaybookCommands(program: Command): void {
  program
    .command('lint')
    .description('Check playbook files and directories; prints every problem as file:line:col message, exits 1 on any error')
    .argument('<paths...>', 'playbook files (.yaml), templates (.liquid) or library directories')
    .action(async (paths: string[]) => {
      let result;
      try {
        result = await lintPaths(paths);
      } catch (error) {
        if (error instanceof LintPathError) return usage(error.message);
        throw error;
      }
      for (const problem of result.problems) out(formatProblem(problem));
      const errors = result.problems.filter((problem) => problem.severity === 'error').length;
      const warnings = result.problems.length - errors;
      err(`${count(result.files, 'file')} checked: ${count(errors, 'error')}, ${count(warnings, 'warning')}`);
      if (errors > 0) process.exitCode = 1;
    });

  const playbooks = program.command('playbooks').description('Move the playbook library between files and the database');

  playbooks
    .command('import')
    .description('Import a library directory, all or nothing: any lint error and nothing changes')
    .argument('<dir>', 'directory with playbook files and templates/')
    .addOption(new Option('--status <status>', 'status of playbooks the library does not have yet').choices(['draft', 'active']).default('draft'))
    .action(async (dir: string, opts: { status: 'draft' | 'active' }) => {
      if (!(await isDirectory(dir))) return usage(`${dir}: not a directory`);
      const { files, problems } = await readLibraryDir(dir);
      if (problems.length > 0) {
        printProblems(problems, dir, err);
        err('Import refused, nothing changed');
        process.exitCode = 1;
        return;
      }
      if (files.length === 0) return usage(`${dir}: no playbook (.yaml) or template (.liquid) files`);
      await withDatabase(async ({ database }) => {
        try {
          const result = await importLibrary(database.db, files, { actorId: null, newStatus: opts.status });
          printProblems(result.warnings, dir, err);
          for (const created of result.created) out(`created ${created.id} (version ${created.version}, ${opts.status})`);
          for (const updated of result.updated) out(`updated ${updated.id} to version ${updated.version}: ${updated.changelog}`);
          for (const moved of result.moved) out(`moved ${moved.id} from ${moved.from} to ${moved.to}`);
          out(`${count(result.created.length, 'playbook')} created, ${result.updated.length} updated, ${result.unchanged.length} unchanged`);
        } catch (error) {
          if (error instanceof AppError && error.code === 'lint_failed') {
            printProblems((error.details as { problems: Problem[] }).problems, dir, err);
            err('Import refused, nothing changed');
            process.exitCode = 1;
            return;
          }
          throw error;
        }
      });
    });

  playbooks
    .command('export')
    .description('Write the latest version of every playbook and its templates to a directory')
    .argument('<dir>', 'directory to write (created when missing; files with the same names are replaced)')
    .action(async (dir: string) => {
      await withDatabase(async ({ database }) => {
        const files = await exportLibrary(database.db);
        await writeLibraryDir(dir, files);
        out(`Wrote ${count(files.length, 'file')} to ${dir}`);
      });
    });
}
