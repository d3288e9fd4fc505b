export interface UnifiedDiffOptions {
  fromFile?: string;
  toFile?: string;
  /** Unchanged lines shown around each change. Default 3. */
  context?: number;
}

type Op = { type: ' ' | '-' | '+'; line: string };

// Above this many cells the LCS table is skipped and the changed middle is shown as one
// replacement: still a correct diff, just a less minimal one, and never a memory spike.
const MAX_LCS_CELLS = 4_000_000;

/** A unified diff (`diff -u` format) of two texts; empty when they are equal. */
export function unifiedDiff(before: string, after: string, options: UnifiedDiffOptions = {}): string {
  if (before === after) return '';
  const context = options.context ?? 3;
  const a = splitLines(before);
  const b = splitLines(after);
  // A last line without a newline differs from the same text with one; the marker makes the diff
  // see that, and is taken off again when printing.
  const ops = diffLines(comparable(a), comparable(b)).map((op) => ({ ...op, line: op.line.replace(NO_EOL, '') }));
  const hunks = toHunks(ops, context);
  const out = [`--- ${options.fromFile ?? 'a'}`, `+++ ${options.toFile ?? 'b'}`];
  for (const hunk of hunks) {
    out.push(`@@ -${range(hunk.oldStart, hunk.oldCount)} +${range(hunk.newStart, hunk.newCount)} @@`);
    for (const { op, oldIndex, newIndex } of hunk.ops) {
      out.push(`${op.type}${op.line}`);
      // Only the last line of a text can lack a newline; diff marks it right after that line.
      const lastOld = op.type !== '+' && oldIndex === a.lines.length - 1 && !a.endsWithNewline;
      const lastNew = op.type !== '-' && newIndex === b.lines.length - 1 && !b.endsWithNewline;
      if (lastOld || lastNew) out.push('\\ No newline at end of file');
    }
  }
  return `${out.join('\n')}\n`;
}

const NO_EOL = '\u0000no-eol';

function comparable(text: { lines: string[]; endsWithNewline: boolean }): string[] {
  if (text.endsWithNewline) return text.lines;
  return text.lines.map((line, index) => (index === text.lines.length - 1 ? line + NO_EOL : line));
}

function splitLines(text: string): { lines: string[]; endsWithNewline: boolean } {
  if (text === '') return { lines: [], endsWithNewline: true };
  const endsWithNewline = text.endsWith('\n');
  const lines = (endsWithNewline ? text.slice(0, -1) : text).split('\n');
  return { lines, endsWithNewline };
}

/** Longest-common-subsequence line diff, after trimming the common head and tail. */
export function diffLines(a: readonly string[], b: readonly string[]): Op[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  const same = (line: string): Op => ({ type: ' ', line });
  return [...a.slice(0, head).map(same), ...diffMiddle(midA, midB), ...a.slice(a.length - tail).map(same)];
}

function diffMiddle(a: readonly string[], b: readonly string[]): Op[] {
  const removed = a.map((line): Op => ({ type: '-', line }));
  const added = b.map((line): Op => ({ type: '+', line }));
  if (a.length === 0 || b.length === 0 || (a.length + 1) * (b.length + 1) > MAX_LCS_CELLS) return [...removed, ...added];
  const width = b.length + 1;
  // lcs[i * width + j] = length of the LCS of a[i..] and b[j..]
  const lcs = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * width + j] = a[i] === b[j] ? lcs[(i + 1) * width + j + 1] + 1 : Math.max(lcs[(i + 1) * width + j], lcs[i * width + j + 1]);
    }
  }
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      ops.push({ type: ' ', line: a[i++] });
      j++;
    } else if (j >= b.length || (i < a.length && lcs[(i + 1) * width + j] >= lcs[i * width + j + 1])) {
      ops.push({ type: '-', line: a[i++] });
    } else {
      ops.push({ type: '+', line: b[j++] });
    }
  }
  return ops;
}

interface Hunk {
  oldStart: number;
  oldCount: number;
  newStart: number;
  newCount: number;
  ops: { op: Op; oldIndex: number; newIndex: number }[];
}

function toHunks(ops: readonly Op[], context: number): Hunk[] {
  const indexed: Hunk['ops'] = [];
  let oldIndex = 0;
  let newIndex = 0;
  for (const op of ops) {
    indexed.push({ op, oldIndex: op.type === '+' ? oldIndex - 1 : oldIndex, newIndex: op.type === '-' ? newIndex - 1 : newIndex });
    if (op.type !== '+') oldIndex++;
    if (op.type !== '-') newIndex++;
  }
  const changed = indexed.flatMap((entry, index) => (entry.op.type === ' ' ? [] : [index]));
  const hunks: Hunk[] = [];
  let start = -1;
  let end = -1;
  const flush = () => {
    const slice = indexed.slice(start, end + 1);
    const firstOld = slice.find((entry) => entry.op.type !== '+');
    const firstNew = slice.find((entry) => entry.op.type !== '-');
    const oldCount = slice.filter((entry) => entry.op.type !== '+').length;
    const newCount = slice.filter((entry) => entry.op.type !== '-').length;
    hunks.push({
      // A side with no lines in the hunk is numbered by the line before it, as diff does.
      oldStart: firstOld ? firstOld.oldIndex + 1 : slice[0].oldIndex + 1,
      oldCount,
      newStart: firstNew ? firstNew.newIndex + 1 : slice[0].newIndex + 1,
      newCount,
      ops: slice,
    });
  };
  for (const index of changed) {
    const from = Math.max(0, index - context);
    const to = Math.min(indexed.length - 1, index + context);
    if (start !== -1 && from <= end + 1) end = Math.max(end, to);
    else {
      if (start !== -1) flush();
      start = from;
      end = to;
    }
  }
  if (start !== -1) flush();
  return hunks;
}

function range(start: number, count: number): string {
  return count === 1 ? `${start}` : `${start},${count}`;
}
