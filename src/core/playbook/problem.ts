export type Severity = 'error' | 'warning';

/** One lint finding, at a 1-based line and column of `file`. */
export interface Problem {
  file: string;
  line: number;
  col: number;
  message: string;
  severity: Severity;
}

/** `file:line:col message`, the format editors and CI annotate from. */
export function formatProblem(problem: Problem): string {
  const prefix = problem.severity === 'warning' ? 'warning: ' : '';
  return `${problem.file}:${problem.line}:${problem.col} ${prefix}${problem.message}`;
}

export function compareProblems(a: Problem, b: Problem): number {
  return (
    compareText(a.file, b.file) || a.line - b.line || a.col - b.col || compareText(a.message, b.message)
  );
}

// Plain code-unit order, so the output does not depend on the machine's locale.
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
