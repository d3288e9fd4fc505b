import { describe, expect, it } from 'vitest';
import { parsePlaybook } from './parse.ts';
import { formatProblem } from './problem.ts';
import { EXAMPLE_YAML } from './test-support.ts';

describe('parsePlaybook', () => {
  it('returns the playbook with defaults applied', () => {
    const result = parsePlaybook('usage-drop.yaml', EXAMPLE_YAML);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.playbook.id).toBe('usage-drop');
    expect(result.playbook.steps[4]).toMatchObject({ id: 'nudge-sponsor', owner: 'manager', kind: 'email' });
    expect(result.warnings).toEqual([]);
  });

  it('returns the file’s problems instead of a playbook it cannot trust', () => {
    const result = parsePlaybook('x.yaml', EXAMPLE_YAML.replace('next: end', 'next: nowhere'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map(formatProblem)).toEqual([
      'x.yaml:55:11 steps[3].next: no step has id "nowhere"',
    ]);
  });

  it('runs the condition checker when given one', () => {
    const result = parsePlaybook('x.yaml', EXAMPLE_YAML, { checkCondition: (text) => (text.includes('lifecycle') ? [{ line: 1, col: 1, message: 'no' }] : []) });
    expect(result.ok).toBe(false);
  });
});
