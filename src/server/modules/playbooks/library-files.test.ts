import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, oversizedFiles, pathProblems, sketchPlaybook } from './library-files.ts';

describe('pathProblems', () => {
  it('accepts playbooks and templates beside them', () => {
    expect(pathProblems([{ path: 'renewal.yaml', content: '' }, { path: 'runbooks/call.yml', content: '' }, { path: 'templates/a.liquid', content: '' }])).toEqual([]);
  });

  it('names every file whose path cannot be stored and written back', () => {
    const messages = pathProblems(
      ['/etc/x.yaml', 'a\\b.yaml', '../up.yaml', 'a//b.yaml', 'notes.md', 'a.liquid', 'dup.yaml', 'dup.yaml', ''].map((path) => ({ path, content: '' })),
    ).map((problem) => `${problem.file} ${problem.message}`);
    expect(messages).toEqual([
      '/etc/x.yaml path must be relative and use / between directories',
      'a\\b.yaml path must be relative and use / between directories',
      '../up.yaml path must not contain empty, . or .. parts',
      'a//b.yaml path must not contain empty, . or .. parts',
      'notes.md not a playbook (.yaml, .yml) or template (.liquid) file',
      'a.liquid templates belong in a templates/ directory beside the playbooks that use them',
      'dup.yaml the same path appears twice in this import',
      '(empty path) path must be relative and use / between directories',
    ]);
  });
});

describe('oversizedFiles', () => {
  it('measures UTF-8 bytes, not characters', () => {
    const euro = '€'.repeat(Math.floor(MAX_FILE_BYTES / 3) + 1); // 3 bytes each
    expect(oversizedFiles([{ path: 'a.yaml', content: euro }, { path: 'b.yaml', content: 'x'.repeat(MAX_FILE_BYTES) }])).toEqual([
      { path: 'a.yaml', bytes: Buffer.byteLength(euro) },
    ]);
  });
});

describe('sketchPlaybook', () => {
  it('reads the id, where it is, and the templates the steps use', () => {
    const sketch = sketchPlaybook('title: X\nid: renewal\nsteps:\n  - id: a\n    template: one\n  - id: b\n  - template: two\n');
    expect(sketch).toEqual({ id: 'renewal', idPosition: { line: 2, col: 5 }, templates: ['one', 'two'] });
  });

  it('copes with files that are not playbooks at all', () => {
    expect(sketchPlaybook('id: "unclosed\n').templates).toEqual([]);
    expect(sketchPlaybook('- a list').id).toBeUndefined();
    expect(sketchPlaybook('').id).toBeUndefined();
  });
});
