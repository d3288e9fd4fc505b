import { describe, expect, it } from 'vitest';
import { parseYamlSource } from './yaml-source.ts';

describe('parseYamlSource', () => {
  const source = parseYamlSource('a:\n  b: [x, "y"]\n  c:\n  d: |\n    one\n    two\n');

  it('finds values, keys and the nearest parent of missing values', () => {
    expect(source.positionOf(['a', 'b', 1])).toEqual({ line: 2, col: 10 });
    expect(source.positionOf(['a', 'c'])).toEqual({ line: 3, col: 3 });
    expect(source.positionOf(['a', 'missing', 'deeper'])).toEqual({ line: 2, col: 3 });
    expect(source.keyPositionOf(['a'], 'd')).toEqual({ line: 4, col: 3 });
  });

  it('maps positions inside scalars back to the file', () => {
    expect(source.positionInScalar(['a', 'b', 1], 1, 1)).toEqual({ line: 2, col: 11 });
    expect(source.positionInScalar(['a', 'd'], 2, 2)).toEqual({ line: 6, col: 6 });
  });

  it('reports an unclosed quote where it opens, not where the file ends', () => {
    const broken = parseYamlSource('a: 1\nb: "open\nc: 2\nd: 3\n');
    expect(broken.value).toBeUndefined();
    expect(broken.diagnostics).toEqual([{ line: 2, col: 4, message: 'YAML syntax error: Missing closing "quote', severity: 'error' }]);
  });

  it('reads yes/no as text (YAML 1.2), as decision branches need', () => {
    expect(parseYamlSource('yes: a\nno: b\non: c\n').value).toEqual({ yes: 'a', no: 'b', on: 'c' });
  });
});
