import { describe, expect, it } from 'vitest';
import { formatProblem, lintLibrary, lintPlaybookText, templatePath, type ConditionChecker, type LibraryFile } from './lint.ts';
import { AGENDA_TEMPLATE, EMAIL_TEMPLATE, EXAMPLE_YAML } from './test-support.ts';

const RELATED = (id: string, kind = 'script') => `id: ${id}
title: ${id}
kind: ${kind}
category: churn-recovery
owner: ops@example.com
when_to_use: Whenever.
steps:
  - id: only
    title: Only step
`;

function library(overrides: Record<string, string> = {}): LibraryFile[] {
  const files: Record<string, string> = {
    'lib/usage-drop.yaml': EXAMPLE_YAML,
    'lib/churn-recovery.yaml': RELATED('churn-recovery', 'runbook'),
    'lib/customer-call.yaml': RELATED('customer-call'),
    'lib/templates/usage-checkin.liquid': EMAIL_TEMPLATE,
    'lib/templates/sponsor-nudge.liquid': EMAIL_TEMPLATE,
    'lib/templates/usage-diagnostic-agenda.liquid': AGENDA_TEMPLATE,
    ...overrides,
  };
  return Object.entries(files).map(([path, content]) => ({ path, content }));
}

const lines = (files: LibraryFile[], options = {}) => lintLibrary(files, options).map(formatProblem);

describe('lintLibrary', () => {
  it('finds nothing wrong in a complete library', () => {
    expect(lines(library())).toEqual([]);
  });

  it('reports every problem of a file, not just the first', () => {
    const broken = EXAMPLE_YAML.replace('owner: cs-ops@example.com', 'owner: nobody')
      .replace('due: 1d\n', 'due: soon\n')
      .replace('      no: nudge-sponsor', '      no: nudge');
    expect(lines(library({ 'lib/usage-drop.yaml': broken }))).toEqual([
      'lib/usage-drop.yaml:9:8 owner: expected an email address, got "nobody"',
      'lib/usage-drop.yaml:28:10 steps[0].due: expected 3d, 2d after <step-id> or <anchor> ±<duration> (anchors: renewal_date, contract_start), got "soon"',
      'lib/usage-drop.yaml:46:11 steps[2].branches.no: no step has id "nudge"',
      'lib/usage-drop.yaml:56:9 steps[4].id: step "nudge-sponsor" is never reached from the first step',
    ]);
  });

  it('reports a file that is not a mapping at its start', () => {
    expect(lines([{ path: 'a.yaml', content: '# nothing\n- just\n- a list\n' }])).toEqual([
      'a.yaml:2:1 (file): expected a mapping, got a list',
    ]);
    expect(lines([{ path: 'empty.yaml', content: '' }])).toEqual(['empty.yaml:1:1 (file): expected a mapping, got null']);
  });

  it('stops an alias bomb instead of expanding it', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...'bcdefgh'.split('').map((key, i) => `${key}: &${key} [${Array(10).fill(`*${'abcdefgh'[i]}`).join(', ')}]`)].join('\n');
    const problems = lintLibrary([{ path: 'bomb.yaml', content: bomb }]);
    expect(problems).toHaveLength(1);
    expect(problems[0].message).toMatch(/^YAML: .*alias/i);
  });

  it('names both files of a duplicated id', () => {
    const copy = EXAMPLE_YAML.replace('title: Usage drop recovery', 'title: Copy');
    expect(lines(library({ 'lib/copy.yaml': copy }))).toEqual([
      'lib/copy.yaml:2:5 id: "usage-drop" is also the id of lib/usage-drop.yaml',
      'lib/usage-drop.yaml:2:5 id: "usage-drop" is also the id of lib/copy.yaml',
    ]);
  });

  it('warns about uses and related ids missing from the library', () => {
    const files = library().filter((file) => file.path !== 'lib/customer-call.yaml');
    const problems = lintLibrary(files);
    expect(problems.map((problem) => problem.severity)).toEqual(['warning', 'warning']);
    expect(problems.map(formatProblem)).toEqual([
      'lib/usage-drop.yaml:54:12 warning: steps[3].uses[0]: no playbook, runbook or script has id "customer-call"',
      'lib/usage-drop.yaml:78:27 warning: related[1]: no playbook, runbook or script has id "customer-call"',
    ]);
  });

  it('looks templates up beside each playbook only', () => {
    const files = library().map((file) => ({ ...file, path: file.path.replace('lib/templates/sponsor', 'other/templates/sponsor') }));
    expect(lines(files)).toEqual([
      'lib/usage-drop.yaml:61:15 steps[4].template: template "sponsor-nudge" not found (expected lib/templates/sponsor-nudge.liquid)',
    ]);
  });

  it('accepts Windows paths', () => {
    const files = library().map((file) => ({ ...file, path: file.path.replaceAll('/', '\\') }));
    expect(lines(files)).toEqual([]);
  });

  it('passes each condition to the checker and maps its positions into the file', () => {
    const seen: string[] = [];
    const checkCondition: ConditionChecker = (text) => {
      seen.push(text);
      return text.split('\n').flatMap((line, index) =>
        line.includes('-30%') ? [{ line: index + 1, col: line.indexOf('-30%') + 1, message: 'percent needs a window' }] : [],
      );
    };
    const quoted = EXAMPLE_YAML.replace(
      '  when: metric.weekly_active_users.change(30d) >= 0',
      '  when: |\n    health.score > 60 and\n    metric.x.change(30d) >= -30%',
    );
    const problems = lines(library({ 'lib/usage-drop.yaml': quoted }), { checkCondition });
    expect(seen).toEqual([
      'metric.weekly_active_users.change(14d) <= -30% and lifecycle != "onboarding"',
      'health.score > 60 and\nmetric.x.change(30d) >= -30%\n',
    ]);
    expect(problems).toEqual([
      'lib/usage-drop.yaml:16:51 trigger.when: percent needs a window',
      // Second line of a block scalar: its own line, past the block's indentation.
      'lib/usage-drop.yaml:73:29 success.when: percent needs a window',
    ]);

    const onSecondLine: ConditionChecker = (text) =>
      text.includes('\n') ? [{ line: 2, col: 5, message: 'unknown metric' }] : [];
    expect(lines(library({ 'lib/usage-drop.yaml': quoted }), { checkCondition: onSecondLine })).toEqual([
      'lib/usage-drop.yaml:73:9 success.when: unknown metric',
    ]);
  });

  it('maps condition columns inside quoted values', () => {
    const quoted = EXAMPLE_YAML.replace(
      '  when: metric.weekly_active_users.change(14d) <= -30% and lifecycle != "onboarding"',
      `  when: 'health.score < 60'`,
    );
    const checkCondition: ConditionChecker = (text) => (text.startsWith('health') ? [{ line: 1, col: 8, message: 'x' }] : []);
    expect(lines(library({ 'lib/usage-drop.yaml': quoted }), { checkCondition })).toEqual(['lib/usage-drop.yaml:16:17 trigger.when: x']);
  });
});

describe('lintPlaybookText', () => {
  const templates = { 'usage-checkin': EMAIL_TEMPLATE, 'sponsor-nudge': EMAIL_TEMPLATE };

  it('returns only the edited file’s problems, with template references resolved', () => {
    const problems = lintPlaybookText('lib/usage-drop.yaml', EXAMPLE_YAML, { ...templates, 'usage-diagnostic-agenda': '{% if %}' });
    expect(problems).toEqual([]);
    expect(lintPlaybookText('lib/usage-drop.yaml', EXAMPLE_YAML, templates).map(formatProblem)).toEqual([
      'lib/usage-drop.yaml:53:15 steps[3].template: template "usage-diagnostic-agenda" not found (expected lib/templates/usage-diagnostic-agenda.liquid)',
    ]);
  });

  it('checks ids against the rest of the library when it is given', () => {
    const all = { ...templates, 'usage-diagnostic-agenda': AGENDA_TEMPLATE };
    const library = [
      { id: 'usage-drop', path: 'lib/usage-drop.yaml' },
      { id: 'customer-call', path: 'lib/customer-call.yaml' },
    ];
    expect(lintPlaybookText('lib/usage-drop.yaml', EXAMPLE_YAML, all, { library }).map(formatProblem)).toEqual([
      'lib/usage-drop.yaml:78:11 warning: related[0]: no playbook, runbook or script has id "churn-recovery"',
    ]);
    const taken = [...library, { id: 'usage-drop', path: 'lib/old.yaml' }];
    expect(lintPlaybookText('lib/usage-drop.yaml', EXAMPLE_YAML, all, { library: taken }).map(formatProblem)).toContain(
      'lib/usage-drop.yaml:2:5 id: "usage-drop" is also the id of lib/old.yaml',
    );
  });

  it('keeps working on text that is half typed', () => {
    const problems = lintPlaybookText('new.yaml', 'id: new\nsteps:\n  - id: a\n    title: [', {});
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((problem) => problem.file === 'new.yaml')).toBe(true);
  });
});

describe('templatePath', () => {
  it('puts templates in templates/ beside the playbook', () => {
    expect(templatePath('usage-drop.yaml', 'x')).toBe('templates/x.liquid');
    expect(templatePath('a/b/usage-drop.yaml', 'x')).toBe('a/b/templates/x.liquid');
  });
});

describe('formatProblem', () => {
  it('prints file:line:col message and marks warnings', () => {
    expect(formatProblem({ file: 'a.yaml', line: 3, col: 7, message: 'bad', severity: 'error' })).toBe('a.yaml:3:7 bad');
    expect(formatProblem({ file: 'a.yaml', line: 1, col: 1, message: 'hm', severity: 'warning' })).toBe('a.yaml:1:1 warning: hm');
  });
});
