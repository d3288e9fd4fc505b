import type { Checked, Scalar } from './ast.ts';
import { EvaluationError } from './errors.ts';
import { evaluateChecked, signalValue } from './evaluate.ts';
import type { AccountFacts, MetricEvaluator } from './facts.ts';
import { signalsOf } from './signals.ts';

/** One node of "why does this account match": the text, what it evaluated to, and its parts. */
export interface ExplainNode {
  text: string;
  /** true, false, or null (unknown: a value was missing), as SQL would have it. */
  result: Scalar;
  /** The value of each signal the node reads, e.g. { "health.score": 55 }. */
  values?: Record<string, unknown>;
  /** A run-time error such as a bad cast, instead of a result. */
  error?: string;
  children?: ExplainNode[];
}

const quote = (v: Scalar) => (typeof v === 'string' ? JSON.stringify(v) : String(v));

/** The condition as text again, with parentheses where they matter; durations as days. */
export function describeChecked(c: Checked): string {
  const inner = (x: Checked) => (x.kind === 'logic' || x.kind === 'arith' ? `(${describeChecked(x)})` : describeChecked(x));
  switch (c.kind) {
    case 'const':
      return quote(c.value);
    case 'list':
      return `[${c.items.map(quote).join(', ')}]`;
    case 'signal':
      return c.text;
    case 'not':
      return c.operand.kind === 'signal' ? `not ${c.operand.text}` : `not (${describeChecked(c.operand)})`;
    case 'neg':
      return `-${inner(c.operand)}`;
    case 'logic':
      return `${inner(c.left)} ${c.op} ${inner(c.right)}`;
    case 'arith':
    case 'compare':
      return `${inner(c.left)} ${c.op} ${inner(c.right)}`;
    case 'in':
      return `${inner(c.left)} ${c.negated ? 'not in' : 'in'} [${c.items.map(quote).join(', ')}]`;
  }
}

/**
 * Evaluates a condition for one account and keeps every step: `and`/`or`/`not` nodes with their
 * parts, and each comparison with the values it read. The root's result is the answer.
 */
export function explainCondition(c: Checked, facts: AccountFacts, metricFn: MetricEvaluator): ExplainNode {
  const node: ExplainNode = { text: describeChecked(c), result: null };
  if (c.kind === 'logic' || c.kind === 'not') {
    node.children = c.kind === 'logic' ? [explainCondition(c.left, facts, metricFn), explainCondition(c.right, facts, metricFn)] : [explainCondition(c.operand, facts, metricFn)];
  } else {
    const signals = signalsOf(c);
    if (signals.length) node.values = Object.fromEntries(signals.map((s) => [s.text, signalValue(s.signal, facts, metricFn) ?? null]));
  }
  try {
    node.result = evaluateChecked(c, facts, metricFn);
  } catch (err) {
    if (!(err instanceof EvaluationError)) throw err;
    node.error = err.message;
  }
  return node;
}
