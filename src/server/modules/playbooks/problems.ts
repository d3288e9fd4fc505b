import { formatProblem } from '../../../core/playbook/index.ts';
import type { Problem } from '../../../core/playbook/index.ts';
import { AppError } from '../../http/errors.ts';

/** A lint problem as the API returns it: the parts, and the `file:line:col message` line. */
export function publicProblem(problem: Problem) {
  return { ...problem, text: formatProblem(problem) };
}

export function sortProblems(problems: readonly Problem[]): Problem[] {
  const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...problems].sort((a, b) => order(a.file, b.file) || a.line - b.line || a.col - b.col || order(a.message, b.message));
}

/** 400 listing every problem, errors and warnings, one `file:line:col message` line each. */
export function lintFailed(problems: readonly Problem[], what: string): AppError {
  const sorted = sortProblems(problems);
  const errorCount = sorted.filter((problem) => problem.severity === 'error').length;
  const message = `${what}: ${errorCount} error${errorCount === 1 ? '' : 's'}\n${sorted.map(formatProblem).join('\n')}`;
  return new AppError(400, 'lint_failed', message, { problems: sorted.map(publicProblem) });
}
