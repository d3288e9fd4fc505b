import type { Checked, PropertyFilter, Scalar, Signal, ValueType } from './ast.ts';
import { addDays, dayNumber, daysBetween } from './dates.ts';
import { EvaluationError } from './errors.ts';
import type { AccountFacts, MetricEvaluator } from './facts.ts';

type Value = Scalar;

/** SQL-style cast: a value that does not read as the type is a run-time error, not a silent miss. */
function cast(value: unknown, type: ValueType, what: string): Value {
  if (value === null || value === undefined) return null;
  if (type === 'number') {
    if (typeof value === 'number') return value;
    const text = String(value).trim();
    const n = Number(text);
    if (text === '' || !Number.isFinite(n)) throw new EvaluationError(`${what} is ${JSON.stringify(value)}, which is not a number`);
    return n;
  }
  if (type === 'boolean') {
    if (typeof value === 'boolean') return value;
    const text = String(value).trim().toLowerCase();
    if (['true', 't', 'yes', 'y', 'on', '1'].includes(text)) return true;
    if (['false', 'f', 'no', 'n', 'off', '0'].includes(text)) return false;
    throw new EvaluationError(`${what} is ${JSON.stringify(value)}, which is not true or false`);
  }
  return typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);
}

function propertyAt(properties: Record<string, unknown> | undefined, path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), properties);
}

function matchesFilter(properties: Record<string, unknown>, f: PropertyFilter): boolean | null {
  const raw = propertyAt(properties, f.property);
  const sample = Array.isArray(f.value) ? f.value[0] : f.value;
  const type: ValueType = typeof sample === 'number' ? 'number' : typeof sample === 'boolean' ? 'boolean' : 'string';
  const v = cast(raw, type, `event property ${f.property}`);
  if (f.value === null) return f.op === '=' ? v === null : f.op === '!=' ? v !== null : null;
  if (v === null) return null;
  if (Array.isArray(f.value)) return (f.op === 'in') === f.value.includes(v);
  return compareValues(f.op as '=', v, f.value);
}

function compareValues(op: '<' | '<=' | '>' | '>=' | '=' | '!=', a: Value, b: Value): boolean {
  switch (op) {
    case '=':
      return a === b;
    case '!=':
      return a !== b;
    case '<':
      return (a as number) < (b as number);
    case '<=':
      return (a as number) <= (b as number);
    case '>':
      return (a as number) > (b as number);
    case '>=':
      return (a as number) >= (b as number);
  }
}

export function signalValue(signal: Signal, facts: AccountFacts, metricFn: MetricEvaluator): unknown {
  switch (signal.signal) {
    case 'field':
      return signal.field === 'seats' ? (facts.fields.seats ?? facts.traits.seats ?? null) : (facts.fields[signal.field] ?? null);
    case 'trait':
      return facts.traits[signal.key] ?? null;
    case 'health':
      if (!facts.health) return null;
      if (signal.part === 'score') return facts.health.score;
      if (signal.part === 'tier') return facts.health.tier;
      return facts.health.components[signal.part] ?? null;
    case 'metric':
      return metricFn(facts.metrics[signal.metric], signal.fn, signal.days, facts.today);
    case 'date': {
      const date = signal.name === 'days_until_renewal' ? facts.renewalDate : facts.contractStart;
      if (!date) return null;
      return signal.name === 'days_until_renewal' ? daysBetween(facts.today, date) : daysBetween(date, facts.today);
    }
    case 'contact':
      return facts.contacts[signal.role][signal.prop];
    case 'segment':
      return facts.segments.includes(signal.name);
    case 'property':
      return propertyAt(facts.eventProperties, signal.path) ?? null;
    case 'event': {
      // N days, today included: the same window as the metric functions' count over an events.X series.
      const since = signal.fn === 'count' ? `${addDays(facts.today, 1 - signal.days)}T00:00:00.000Z` : '';
      const matching = facts.events.filter((e) => {
        if (e.event !== signal.event || e.occurredAt < since) return false;
        return signal.filters.every((f) => matchesFilter(e.properties, f) === true);
      });
      if (signal.fn === 'count') return matching.length;
      if (!matching.length) return null;
      const last = matching.reduce((a, b) => (a.occurredAt > b.occurredAt ? a : b));
      return dayNumber(facts.today) - dayNumber(last.occurredAt);
    }
  }
}

/** Kleene three-valued logic, as SQL does it: null means "unknown". */
export function evaluateChecked(c: Checked, facts: AccountFacts, metricFn: MetricEvaluator): Value {
  const ev = (x: Checked) => evaluateChecked(x, facts, metricFn);
  switch (c.kind) {
    case 'const':
      return c.value;
    case 'list':
      throw new EvaluationError('a list is not a value');
    case 'signal':
      return cast(signalValue(c.signal, facts, metricFn), c.type === 'any' ? 'string' : c.type, c.text);
    case 'not': {
      const v = ev(c.operand);
      return v === null ? null : !v;
    }
    case 'neg': {
      const v = ev(c.operand) as number | null;
      return v === null ? null : -v;
    }
    case 'logic': {
      const l = ev(c.left);
      const r = ev(c.right);
      if (c.op === 'and') return l === false || r === false ? false : l === null || r === null ? null : true;
      return l === true || r === true ? true : l === null || r === null ? null : false;
    }
    case 'arith': {
      const l = ev(c.left) as number | null;
      const r = ev(c.right) as number | null;
      if (l === null || r === null) return null;
      if (c.op === '/') return r === 0 ? null : l / r;
      return c.op === '+' ? l + r : c.op === '-' ? l - r : l * r;
    }
    case 'compare': {
      const l = operand(c.left, c.operandType, facts, metricFn);
      const r = operand(c.right, c.operandType, facts, metricFn);
      if (c.left.kind === 'const' && c.left.value === null) return c.op === '=' ? r === null : r !== null;
      if (c.right.kind === 'const' && c.right.value === null) return c.op === '=' ? l === null : l !== null;
      if (l === null || r === null) return null;
      return compareValues(c.op, l, r);
    }
    case 'in': {
      const type: ValueType = typeof c.items[0] === 'number' ? 'number' : typeof c.items[0] === 'boolean' ? 'boolean' : 'string';
      const v = operand(c.left, type, facts, metricFn);
      if (v === null) return null;
      return c.negated !== c.items.includes(v);
    }
  }
}

function operand(c: Checked, type: ValueType, facts: AccountFacts, metricFn: MetricEvaluator): Value {
  if (c.kind === 'signal' && c.type === 'any') return cast(signalValue(c.signal, facts, metricFn), type, c.text);
  return evaluateChecked(c, facts, metricFn);
}

/** True only when the condition is definitely true; unknown (null) does not match, as in SQL WHERE. */
export function matches(c: Checked, facts: AccountFacts, metricFn: MetricEvaluator): boolean {
  return evaluateChecked(c, facts, metricFn) === true;
}
