import { CST, isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, Parser, type Node, type Scalar } from 'yaml';

export interface Position {
  line: number;
  col: number;
}

export interface YamlDiagnostic extends Position {
  message: string;
  severity: 'error' | 'warning';
}

export type NodePath = readonly (string | number)[];

/** A parsed YAML file that can say where any value (or missing value) of the document sits. */
export interface YamlSource {
  value: unknown;
  diagnostics: YamlDiagnostic[];
  /** Where the value at `path` starts; for a missing value, where its closest existing parent starts. */
  positionOf(path: NodePath): Position;
  /** Where the key `key` of the mapping at `path` starts. */
  keyPositionOf(path: NodePath, key: string): Position;
  /** Maps a line/column inside the text of the scalar at `path` back to the file. */
  positionInScalar(path: NodePath, line: number, col: number): Position;
}

export function parseYamlSource(content: string): YamlSource {
  const lineCounter = new LineCounter();
  // uniqueKeys makes a repeated key an error instead of letting the last one silently win.
  const doc = parseDocument(content, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number): Position => lineCounter.linePos(offset);
  const diagnostics: YamlDiagnostic[] = [
    ...doc.errors.map((error) => ({
      ...at(error.code === 'MISSING_CHAR' && /quote/.test(error.message) ? openingQuote(content, error.pos[0]) : error.pos[0]),
      message: `YAML syntax error: ${error.message}`,
      severity: 'error' as const,
    })),
    ...doc.warnings.map((warning) => ({ ...at(warning.pos[0]), message: `YAML: ${warning.message}`, severity: 'warning' as const })),
  ];
  let value: unknown;
  if (doc.errors.length === 0) {
    try {
      value = doc.toJS({ maxAliasCount: 100 });
    } catch (error) {
      // Alias bombs ("billion laughs") end up here instead of exhausting memory.
      diagnostics.push({ line: 1, col: 1, message: `YAML: ${(error as Error).message}`, severity: 'error' });
    }
  }
  const resolve = (node: unknown): unknown => (isAlias(node) ? node.resolve(doc) : node);

  function deepest(path: NodePath): Node | null {
    let node = resolve(doc.contents) as Node | null;
    for (const segment of path) {
      const child = childOf(node, segment, resolve);
      if (!child) break;
      node = child;
    }
    return node;
  }

  const startOf = (node: Node | null | undefined): Position => at(node?.range?.[0] ?? 0);

  return {
    value,
    diagnostics,
    positionOf: (path) => startOf(deepest(path)),
    keyPositionOf(path, key) {
      const map = deepest(path);
      const pair = isMap(map) ? map.items.find((item) => isScalar(item.key) && String(item.key.value) === key) : undefined;
      return startOf((pair?.key as Node | undefined) ?? map);
    },
    positionInScalar(path, line, col) {
      const node = deepest(path);
      if (!isScalar(node) || !node.range) return startOf(node);
      return scalarTextPosition(node, content, at, line, col);
    },
  };
}

/**
 * YAML reports an unclosed quote where the file ends; the author needs the line the quote opened on.
 */
function openingQuote(content: string, errorOffset: number): number {
  let opening = errorOffset;
  for (const token of new Parser().parse(content)) {
    if (token.type !== 'document') continue;
    CST.visit(token, (item) => {
      for (const part of [item.key, item.value]) {
        if (part?.type !== 'double-quoted-scalar' && part?.type !== 'single-quoted-scalar') continue;
        const quote = part.source[0];
        const closed = part.source.length > 1 && part.source.endsWith(quote);
        if (!closed && part.offset <= errorOffset) opening = part.offset;
      }
    });
  }
  return opening;
}

function childOf(node: unknown, segment: string | number, resolve: (node: unknown) => unknown): Node | null {
  if (isMap(node)) {
    const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
    if (!pair) return null;
    // `key:` with no value has no value node worth pointing at; the key is the better place.
    const value = resolve(pair.value) as Node | null;
    const empty = !value?.range || value.range[0] === value.range[1];
    return empty ? (pair.key as Node) : value;
  }
  if (isSeq(node) && typeof segment === 'number') return (resolve(node.items[segment]) as Node | null) ?? null;
  return null;
}

function scalarTextPosition(
  node: Scalar,
  content: string,
  at: (offset: number) => Position,
  line: number,
  col: number,
): Position {
  const [start, end] = node.range!;
  if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') {
    // Block scalar text starts on the line after the `|` / `>` header, at the block's indentation.
    const lines = content.slice(start, end).split('\n').slice(1);
    const target = lines[line - 1];
    if (target === undefined) return at(start);
    const indent = (lines.find((text) => text.trim() !== '') ?? '').search(/\S|$/);
    const offset = start + content.slice(start, end).indexOf('\n') + 1 + lines.slice(0, line - 1).join('\n').length + (line > 1 ? 1 : 0);
    return at(offset + Math.min(indent + col - 1, target.length));
  }
  const quote = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE' ? 1 : 0;
  // Flow scalars fold onto one line, so only the column can be mapped precisely.
  return at(Math.min(start + quote + col - 1, end));
}
