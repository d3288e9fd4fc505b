import type { CheckOptions, Checked, Expr, Scalar, ValueType } from './ast.ts';
import { ConditionError } from './errors.ts';
import type { ConditionProblem } from './errors.ts';
import { parseCondition } from './parser.ts';
import { resolvePath } from './resolve.ts';

function typeOf(c: Checked): ValueType {
  switch (c.kind) {
    case 'const':
    case 'signal':
      return c.type;
    case 'list':
      return 'any';
    case 'neg':
    case 'arith':
      return 'number';
    default:
      return 'boolean';
  }
}

const compatible = (a: ValueType, b: ValueType) => a === b || a === 'any' || b === 'any' || a === 'null' || b === 'null';

function expectType(c: Checked, expected: ValueType, pos: Expr['pos'], what: string): void {
  const actual = typeOf(c);
  if (!compatible(actual, expected)) throw new ConditionError(pos, `${what} must be ${expected === 'boolean' ? 'a true/false condition' : `a ${expected}`}, not a ${actual}`);
}

function checkExpr(e: Expr, options: CheckOptions): Checked {
  switch (e.kind) {
    case 'number':
      return { kind: 'const', value: e.value, type: 'number' };
    case 'string':
      return { kind: 'const', value: e.value, type: 'string' };
    case 'boolean':
      return { kind: 'const', value: e.value, type: 'boolean' };
    case 'null':
      return { kind: 'const', value: null, type: 'null' };
    case 'duration':
      throw new ConditionError(e.pos, `a duration like ${e.days}d can only be a window argument, e.g. change(${e.days}d); compare with a number of days instead`);
    case 'list':
      throw new ConditionError(e.pos, 'a list can only follow "in" or "not in"');
    case 'path': {
      const { signal, type } = resolvePath(e, options);
      return { kind: 'signal', signal, type, text: e.segments.join('.') };
    }
    case 'unary': {
      const operand = checkExpr(e.operand, options);
      if (e.op === 'not') {
        expectType(operand, 'boolean', e.operand.pos, '"not" needs a condition: its operand');
        return { kind: 'not', operand };
      }
      expectType(operand, 'number', e.operand.pos, 'the operand of "-"');
      return { kind: 'neg', operand };
    }
    case 'binary': {
      if (e.op === 'in' || e.op === 'not in') {
        const left = checkExpr(e.left, options);
        if (e.right.kind !== 'list') throw new ConditionError(e.right.pos, `expected a list after "${e.op}"`);
        const items = e.right.items.map((item): Scalar => {
          if (item.kind === 'string' || item.kind === 'number' || item.kind === 'boolean') {
            expectType({ kind: 'const', value: item.value, type: item.kind }, typeOf(left), item.pos, 'each list item');
            return item.value;
          }
          throw new ConditionError(item.pos, 'list items must be numbers, "text" or true/false');
        });
        return { kind: 'in', negated: e.op === 'not in', left, items };
      }
      const left = checkExpr(e.left, options);
      const right = checkExpr(e.right, options);
      if (e.op === 'and' || e.op === 'or') {
        expectType(left, 'boolean', e.left.pos, `the left side of "${e.op}"`);
        expectType(right, 'boolean', e.right.pos, `the right side of "${e.op}"`);
        return { kind: 'logic', op: e.op, left, right };
      }
      if (e.op === '+' || e.op === '-' || e.op === '*' || e.op === '/') {
        expectType(left, 'number', e.left.pos, `the left side of "${e.op}"`);
        expectType(right, 'number', e.right.pos, `the right side of "${e.op}"`);
        return { kind: 'arith', op: e.op, left, right };
      }
      const lt = typeOf(left);
      const rt = typeOf(right);
      if (!compatible(lt, rt)) throw new ConditionError(e.pos, `cannot compare a ${lt} with a ${rt}`);
      if ((lt === 'null' || rt === 'null') && e.op !== '=' && e.op !== '!=') throw new ConditionError(e.pos, `only = and != work with null, not ${e.op}`);
      const operandType: ValueType = lt === 'any' || lt === 'null' ? (rt === 'any' || rt === 'null' ? 'string' : rt) : lt;
      if ((operandType === 'string' || operandType === 'boolean') && !['=', '!='].includes(e.op)) {
        throw new ConditionError(e.pos, `${e.op} compares numbers; use = or != for ${operandType === 'string' ? 'text' : 'true/false'}`);
      }
      return { kind: 'compare', op: e.op, left, right, operandType };
    }
  }
}

/** Parses and type-checks a condition; it must be a true/false condition. Throws ConditionError. */
export function compileCondition(source: string, options: CheckOptions = {}): Checked {
  const expr = parseCondition(source);
  const checked = checkExpr(expr, options);
  if (typeOf(checked) !== 'boolean') {
    throw new ConditionError(expr.pos, `a condition must be true or false, but this is a ${typeOf(checked)}: add a comparison such as "< 60"`);
  }
  return checked;
}

/** For the playbook linter and the editor: problems with line and column, none when valid. */
export function checkCondition(source: string, options: CheckOptions = {}): ConditionProblem[] {
  try {
    compileCondition(source, options);
    return [];
  } catch (err) {
    if (err instanceof ConditionError) return [err.toProblem()];
    throw err;
  }
}
