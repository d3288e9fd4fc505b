import { describe, expect, it } from 'vitest';
import { diffPlaybooks, diffPlaybookVersions } from './diff.ts';
import { diffLines, unifiedDiff } from './line-diff.ts';
import { parsePlaybook } from './parse.ts';
import type { Playbook } from './schema.ts';
import { EXAMPLE_YAML } from './test-support.ts';

function parsed(text: string): Playbook {
  const result = parsePlaybook('usage-drop.yaml', text);
  if (!result.ok) throw new Error(result.problems.map((problem) => problem.message).join('\n'));
  return result.playbook;
}

describe('diffPlaybooks', () => {
  it('finds no change between a playbook and itself, whatever the key order', () => {
    const reordered = EXAMPLE_YAML.replace('title: Usage drop recovery\nkind: playbook\n', 'kind: playbook\ntitle: Usage drop recovery\n');
    expect(diffPlaybooks(parsed(EXAMPLE_YAML), parsed(reordered))).toEqual({ fields: [], steps: { added: [], removed: [], changed: [] } });
  });

  it('lists added, removed and changed steps with the changed fields, and changed top-level fields', () => {
    const after = EXAMPLE_YAML.replace('holdout: 10%', 'holdout: 20%')
      .replace('review_every: 90d\n', '')
      .replace('    due: 3d after replied\n', '    due: 2d after replied\n    owner: manager\n')
      .replace('    owner: csm\n    channel: video\n', '    channel: video\n')
      .replace(
        '  - id: nudge-sponsor\n    title: Ask the executive sponsor for help\n    kind: email\n    owner: manager\n    due: 2d after replied\n    template: sponsor-nudge\n',
        '  - id: exec-call\n    title: Executive call\n    kind: call\n',
      )
      .replace('no: nudge-sponsor', 'no: exec-call');
    const diff = diffPlaybooks(parsed(EXAMPLE_YAML), parsed(after));
    expect(diff.fields).toEqual([
      { field: 'holdout', before: '10%', after: '20%' },
      { field: 'review_every', before: '90d', after: undefined },
    ]);
    expect(diff.steps.added.map((step) => step.id)).toEqual(['exec-call']);
    expect(diff.steps.removed.map((step) => step.id)).toEqual(['nudge-sponsor']);
    expect(diff.steps.changed).toEqual([
      { id: 'replied', title: 'Did the customer reply?', changes: [{ field: 'branches', before: { yes: 'call', no: 'nudge-sponsor' }, after: { yes: 'call', no: 'exec-call' } }] },
      {
        id: 'call',
        title: 'Diagnostic call',
        changes: [
          { field: 'due', before: '3d after replied', after: '2d after replied' },
          { field: 'owner', before: 'csm', after: 'manager' },
        ],
      },
    ]);
    expect(diff.steps.reordered).toBeUndefined();
  });

  it('notices when shared steps change order', () => {
    const before = parsed(EXAMPLE_YAML);
    const after: Playbook = { ...before, steps: [before.steps[1], before.steps[0], ...before.steps.slice(2)] };
    expect(diffPlaybooks(before, after).steps.reordered).toEqual({
      before: ['review', 'checkin', 'replied', 'call', 'nudge-sponsor'],
      after: ['checkin', 'review', 'replied', 'call', 'nudge-sponsor'],
    });
  });

  it('adds the text diff for a version page', () => {
    const after = EXAMPLE_YAML.replace('holdout: 10%', 'holdout: 20%');
    const result = diffPlaybookVersions(
      { playbook: parsed(EXAMPLE_YAML), text: EXAMPLE_YAML },
      { playbook: parsed(after), text: after },
      { fromFile: 'v1', toFile: 'v2', context: 1 },
    );
    expect(result.fields).toEqual([{ field: 'holdout', before: '10%', after: '20%' }]);
    expect(result.text).toBe('--- v1\n+++ v2\n@@ -19,3 +19,3 @@\n reentry: { cooldown: 60d }\n-holdout: 10%\n+holdout: 20%\n customer_goal: The team gets back to the value it bought the product for.\n');
  });
});

describe('unifiedDiff', () => {
  it('is empty for equal texts', () => {
    expect(unifiedDiff('a\nb\n', 'a\nb\n')).toBe('');
  });

  it('writes hunks with context the way diff -u does', () => {
    const before = 'a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\n';
    const after = 'a\nB\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\n';
    expect(unifiedDiff(before, after, { context: 1 })).toBe(
      '--- a\n+++ b\n@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n@@ -11 +11,2 @@\n k\n+l\n',
    );
    expect(unifiedDiff(before, after)).toBe(
      '--- a\n+++ b\n@@ -1,5 +1,5 @@\n a\n-b\n+B\n c\n d\n e\n@@ -9,3 +9,4 @@\n i\n j\n k\n+l\n',
    );
  });

  it('numbers an empty side by the line before it', () => {
    expect(unifiedDiff('', 'x\n')).toBe('--- a\n+++ b\n@@ -0,0 +1 @@\n+x\n');
    expect(unifiedDiff('a\nb\n', 'a\n', { context: 0 })).toBe('--- a\n+++ b\n@@ -2 +1,0 @@\n-b\n');
  });

  it('marks a last line without a newline', () => {
    expect(unifiedDiff('a\nb', 'a\nb\n')).toBe('--- a\n+++ b\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+b\n');
    expect(unifiedDiff('a\n', 'a\nb')).toBe('--- a\n+++ b\n@@ -1 +1,2 @@\n a\n+b\n\\ No newline at end of file\n');
  });

  it('produces patches that turn the old text into the new one', () => {
    let seed = 42;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const text = () => {
      const lines = Array.from({ length: Math.floor(random() * 15) }, () => 'abcd'[Math.floor(random() * 4)]);
      return lines.join('\n') + (lines.length > 0 && random() < 0.8 ? '\n' : '');
    };
    for (let round = 0; round < 300; round++) {
      const before = text();
      const after = text();
      expect(applyPatch(before, unifiedDiff(before, after, { context: round % 4 }))).toBe(after);
    }
  });

  it('stays correct (if less minimal) for inputs too large to compare line by line', () => {
    const before = Array.from({ length: 3_000 }, (_, index) => `line ${index}`);
    const after = before.map((line, index) => (index % 2 === 0 ? `${line}!` : line));
    const ops = diffLines(before, after);
    expect(ops.filter((op) => op.type !== '+').map((op) => op.line)).toEqual(before);
    expect(ops.filter((op) => op.type !== '-').map((op) => op.line)).toEqual(after);
  });
});

/** Applies a unified diff made by `unifiedDiff`: just enough of `patch` to check one. */
function applyPatch(text: string, patch: string): string {
  if (patch === '') return text;
  // Each line keeps its own terminator, so "no newline at end of file" needs no special case.
  const source = text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
  const lines = patch.split('\n').slice(2, -1);
  const output: string[] = [];
  let cursor = 0;
  for (let index = 0; index < lines.length; index++) {
    const header = /^@@ -(\d+)(?:,(\d+))? /.exec(lines[index]);
    if (header) {
      const start = Number(header[1]) - (header[2] === '0' ? 0 : 1);
      output.push(...source.slice(cursor, start));
      cursor = start;
      continue;
    }
    const [marker, content] = [lines[index][0], lines[index].slice(1)];
    const ending = lines[index + 1] === '\\ No newline at end of file' ? '' : '\n';
    if (marker !== '+') cursor++;
    if (marker !== '-') output.push(content + ending);
    if (ending === '') index++;
  }
  return [...output, ...source.slice(cursor)].join('');
}
