import type { Text } from '@codemirror/state';
import type { Diagnostic } from '@codemirror/lint';
import type { components } from '../api/schema';

export type LintProblem = components['schemas']['LintProblem'];

/** Problems about the playbook file itself (templates are other files, not in this editor). */
export function isPlaybookFileProblem(problem: LintProblem): boolean {
  return /\.ya?ml$/i.test(problem.file);
}

/** Where a `line:col` (both from 1) falls in the text, clamped to the text that exists now. */
export function positionOf(doc: Text, line: number, col: number): number {
  const target = doc.line(Math.min(Math.max(line, 1), doc.lines));
  return Math.min(target.from + Math.max(col - 1, 0), target.to);
}

/**
 * A problem as an underline: from its column to the end of the word there, so the mark is
 * visible; at the end of a line (a missing value, say) the last character is marked instead.
 */
export function diagnosticFor(doc: Text, problem: LintProblem): Diagnostic {
  const from = positionOf(doc, problem.line, problem.col);
  const line = doc.lineAt(from);
  const word = /^\S+/.exec(doc.sliceString(from, line.to))?.[0].length ?? 0;
  const start = word > 0 ? from : Math.max(line.from, from - 1);
  const end = word > 0 ? from + word : line.to;
  return { from: start, to: Math.max(end, start), severity: problem.severity, message: problem.message, source: 'playmaker lint' };
}
