import { Text } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { diagnosticFor, isPlaybookFileProblem, positionOf } from './lint-diagnostics.ts';
import type { LintProblem } from './lint-diagnostics.ts';

const doc = Text.of(['id: renewal', 'title: Renewal', 'steps:', '  - id: call', '    due: soon', 'owner:']);
const problem = (line: number, col: number, message = 'bad'): LintProblem => ({ file: 'renewal.yaml', line, col, message, severity: 'error', text: `renewal.yaml:${line}:${col} ${message}` });

describe('lint problems as editor underlines', () => {
  it('finds the line and column, and clamps positions past the end of the text', () => {
    expect(positionOf(doc, 5, 10)).toBe(doc.line(5).from + 9);
    expect(positionOf(doc, 99, 1)).toBe(doc.line(6).from);
    expect(positionOf(doc, 2, 80)).toBe(doc.line(2).to);
  });

  it('underlines the word at the column', () => {
    const d = diagnosticFor(doc, problem(5, 10, 'steps[0].due: expected 3d'));
    expect(doc.sliceString(d.from, d.to)).toBe('soon');
    expect(d).toMatchObject({ severity: 'error', message: 'steps[0].due: expected 3d' });
  });

  it('marks the last character when the problem sits at the end of a line', () => {
    const d = diagnosticFor(doc, problem(6, 7));
    expect(doc.sliceString(d.from, d.to)).toBe(':');
  });

  it('tells the playbook file from its templates', () => {
    expect(isPlaybookFileProblem(problem(1, 1))).toBe(true);
    expect(isPlaybookFileProblem({ ...problem(1, 1), file: 'templates/renewal-note.liquid' })).toBe(false);
  });
});
