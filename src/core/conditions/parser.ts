import type { BinaryOp, Expr, Position } from './ast.ts';
import { ConditionError } from './errors.ts';
import { tokenize } from './lexer.ts';
import type { Token } from './lexer.ts';

const COMPARISONS = new Set(['<', '<=', '>', '>=', '=', '!=']);
const KEYWORDS = new Set(['and', 'or', 'not', 'in', 'true', 'false', 'null']);

/**
 * Recursive descent, lowest precedence first: or, and, not, comparison, + -, * /, unary minus,
 * primary. Every error names what was expected and where.
 */
export function parseCondition(source: string): Expr {
  const tokens = tokenize(source);
  let i = 0;
  const peek = (): Token => tokens[i]!;
  const next = (): Token => tokens[i++]!;
  const isWord = (word: string) => peek().kind === 'ident' && peek().text === word;
  const isPunct = (p: string) => peek().kind === 'punct' && peek().text === p;
  const describe = (t: Token) => (t.kind === 'eof' ? 'the end of the condition' : `"${t.text}"`);
  const fail = (expected: string): never => {
    throw new ConditionError(peek().pos, `expected ${expected}, found ${describe(peek())}`);
  };
  const expectPunct = (p: string, what: string) => (isPunct(p) ? next() : fail(what));

  function orExpr(): Expr {
    let left = andExpr();
    while (isWord('or')) {
      const { pos } = next();
      left = { kind: 'binary', op: 'or', left, right: andExpr(), pos };
    }
    return left;
  }

  function andExpr(): Expr {
    let left = notExpr();
    while (isWord('and')) {
      const { pos } = next();
      left = { kind: 'binary', op: 'and', left, right: notExpr(), pos };
    }
    return left;
  }

  function notExpr(): Expr {
    if (isWord('not')) {
      const { pos } = next();
      return { kind: 'unary', op: 'not', operand: notExpr(), pos };
    }
    return comparison();
  }

  function comparison(): Expr {
    const left = additive();
    const t = peek();
    if (t.kind === 'op' && COMPARISONS.has(t.text)) {
      next();
      return { kind: 'binary', op: t.text as BinaryOp, left, right: additive(), pos: t.pos };
    }
    if (isWord('in')) {
      next();
      return { kind: 'binary', op: 'in', left, right: listLiteral(), pos: t.pos };
    }
    if (isWord('not') && tokens[i + 1]?.kind === 'ident' && tokens[i + 1]!.text === 'in') {
      next();
      next();
      return { kind: 'binary', op: 'not in', left, right: listLiteral(), pos: t.pos };
    }
    return left;
  }

  function additive(): Expr {
    let left = multiplicative();
    while (peek().kind === 'op' && (peek().text === '+' || peek().text === '-')) {
      const t = next();
      left = { kind: 'binary', op: t.text as BinaryOp, left, right: multiplicative(), pos: t.pos };
    }
    return left;
  }

  function multiplicative(): Expr {
    let left = unary();
    while (peek().kind === 'op' && (peek().text === '*' || peek().text === '/')) {
      const t = next();
      left = { kind: 'binary', op: t.text as BinaryOp, left, right: unary(), pos: t.pos };
    }
    return left;
  }

  function unary(): Expr {
    if (peek().kind === 'op' && peek().text === '-') {
      const { pos } = next();
      const operand = unary();
      // Fold "-30%" and "-5" into literals so they read back the way they were written.
      if (operand.kind === 'number') return { ...operand, value: -operand.value, pos };
      return { kind: 'unary', op: '-', operand, pos };
    }
    return primary();
  }

  function listLiteral(): Expr {
    const open = expectPunct('[', 'a list like ["a", "b"]');
    const items: Expr[] = [];
    if (!isPunct(']')) {
      do {
        items.push(additive());
      } while (isPunct(',') && next());
    }
    expectPunct(']', '"," or "]" to close the list');
    return { kind: 'list', items, pos: open.pos };
  }

  function primary(): Expr {
    const t = peek();
    switch (t.kind) {
      case 'number':
        next();
        return { kind: 'number', value: t.value as number, unit: 'none', pos: t.pos };
      case 'percent':
        next();
        return { kind: 'number', value: t.value as number, unit: 'percent', pos: t.pos };
      case 'duration':
        next();
        return { kind: 'duration', days: t.value as number, pos: t.pos };
      case 'string':
        next();
        return { kind: 'string', value: t.value as string, pos: t.pos };
      case 'punct':
        if (t.text === '(') {
          next();
          const inner = orExpr();
          expectPunct(')', '")" to close the parenthesis');
          return inner;
        }
        if (t.text === '[') return listLiteral();
        break;
      case 'ident':
        if (t.text === 'true' || t.text === 'false') {
          next();
          return { kind: 'boolean', value: t.text === 'true', pos: t.pos };
        }
        if (t.text === 'null') {
          next();
          return { kind: 'null', pos: t.pos };
        }
        if (!KEYWORDS.has(t.text)) return path();
        break;
    }
    return fail('a value: a number, "text", 14d, 30%, true/false, a field such as health.score, or "("');
  }

  function path(): Expr {
    const first = next();
    const segments = [first.text];
    while (isPunct('.')) {
      next();
      const part = peek();
      if (part.kind !== 'ident') fail('a name after "."');
      segments.push(next().text);
    }
    if (!isPunct('(')) return { kind: 'path', segments, pos: first.pos };
    const open = next();
    const args: Expr[] = [];
    if (!isPunct(')')) {
      do {
        args.push(orExpr());
      } while (isPunct(',') && next());
    }
    expectPunct(')', '"," or ")" to close the arguments');
    return { kind: 'path', segments, call: { args, pos: open.pos }, pos: first.pos };
  }

  const expr = orExpr();
  if (peek().kind !== 'eof') fail('"and", "or" or the end of the condition');
  return expr;
}
