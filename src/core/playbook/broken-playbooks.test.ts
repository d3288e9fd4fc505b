import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, lintLibrary, type LibraryFile } from './lint.ts';

// Each directory of tests/fixtures/broken-playbooks is a small library with deliberate mistakes;
// its expected.txt lists, in order, exactly the `file:line:col message` lines lint must print.
const ROOT = new URL('../../../tests/fixtures/broken-playbooks/', import.meta.url).pathname;
const CASES = readdirSync(ROOT, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

function libraryOf(dir: string): LibraryFile[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name !== 'expected.txt')
    .map((entry) => join(entry.parentPath, entry.name))
    .map((path) => ({ path: relative(dir, path), content: readFileSync(path, 'utf8') }));
}

describe('broken playbooks', () => {
  it('has a case for every lint rule', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(8);
  });

  it.each(CASES)('%s reports exactly its expected problems', (name) => {
    const dir = join(ROOT, name);
    const actual = lintLibrary(libraryOf(dir)).map(formatProblem);
    if (process.env.PRINT_LINT) console.log(`--- ${name}\n${actual.join('\n')}`);
    const expected = readFileSync(join(dir, 'expected.txt'), 'utf8').split('\n').filter(Boolean);
    expect(actual).toEqual(expected);
  });

  it.each(CASES)('%s reports the same problems whatever order the files come in', (name) => {
    const files = libraryOf(join(ROOT, name));
    expect(lintLibrary([...files].reverse())).toEqual(lintLibrary(files));
  });
});
