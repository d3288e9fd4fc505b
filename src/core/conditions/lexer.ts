import type { Position } from './ast.ts';
import { ConditionError } from './errors.ts';

export type TokenKind = 'number' | 'percent' | 'duration' | 'string' | 'ident' | 'op' | 'punct' | 'eof';

export interface Token {
  kind: TokenKind;
  text: string;
  /** Parsed value for number, percent (as a fraction), duration (in days) and string tokens. */
  value?: number | string;
  pos: Position;
}

const OPERATORS = ['<=', '>=', '!=', '==', '<', '>', '=', '+', '-', '*', '/'];
const PUNCTUATION = ['(', ')', '[', ']', ',', '.'];

export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let line = 1;
  let lineStart = 0;
  let i = 0;
  const pos = (offset: number): Position => ({ line, col: offset - lineStart + 1, offset });

  while (i < source.length) {
    const ch = source[i]!;
    if (ch === '\n') {
      line++;
      lineStart = ++i;
      continue;
    }
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    const start = pos(i);
    const number = /^\d+(\.\d+)?/.exec(source.slice(i));
    if (number) {
      i += number[0].length;
      const value = Number(number[0]);
      if (source[i] === '%') {
        i++;
        tokens.push({ kind: 'percent', text: number[0] + '%', value: value / 100, pos: start });
      } else if ((source[i] === 'd' || source[i] === 'w') && !/[A-Za-z0-9_]/.test(source[i + 1] ?? '')) {
        if (!Number.isInteger(value)) throw new ConditionError(start, `a duration must be a whole number of days or weeks, not ${number[0]}${source[i]}`);
        tokens.push({ kind: 'duration', text: number[0] + source[i], value: source[i] === 'w' ? value * 7 : value, pos: start });
        i++;
      } else if (/[A-Za-z_]/.test(source[i] ?? '')) {
        throw new ConditionError(pos(i), `unexpected "${source[i]}" after the number ${number[0]} (durations are written 14d or 2w)`);
      } else {
        tokens.push({ kind: 'number', text: number[0], value, pos: start });
      }
      continue;
    }
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      let text = '';
      while (j < source.length && source[j] !== ch) {
        if (source[j] === '\\' && j + 1 < source.length) j++;
        if (source[j] === '\n') break;
        text += source[j];
        j++;
      }
      if (source[j] !== ch) throw new ConditionError(start, `unterminated string: expected a closing ${ch}`);
      tokens.push({ kind: 'string', text: source.slice(i, j + 1), value: text, pos: start });
      i = j + 1;
      continue;
    }
    const ident = /^[A-Za-z_][A-Za-z0-9_]*/.exec(source.slice(i));
    if (ident) {
      tokens.push({ kind: 'ident', text: ident[0], pos: start });
      i += ident[0].length;
      continue;
    }
    const op = OPERATORS.find((o) => source.startsWith(o, i));
    if (op) {
      tokens.push({ kind: 'op', text: op === '==' ? '=' : op, pos: start });
      i += op.length;
      continue;
    }
    if (PUNCTUATION.includes(ch)) {
      tokens.push({ kind: 'punct', text: ch, pos: start });
      i++;
      continue;
    }
    throw new ConditionError(start, `unexpected character "${ch}"`);
  }
  // The end is reported right after the last token, not after trailing blank lines.
  const last = tokens.at(-1);
  const end = last ? { line: last.pos.line, col: last.pos.col + last.text.length, offset: last.pos.offset + last.text.length } : pos(i);
  tokens.push({ kind: 'eof', text: 'end of condition', pos: end });
  return tokens;
}
