import { ACCOUNT_FIELDS, HEALTH_COMPONENTS, METRIC_FUNCTIONS } from './ast.ts';
import type { AccountField, CheckOptions, Expr, MetricFunction, PropertyFilter, Scalar, Signal, ValueType } from './ast.ts';
import { ConditionError } from './errors.ts';

type PathExpr = Extract<Expr, { kind: 'path' }>;

const NAME = /^[a-z][a-z0-9_]*$/;
const VOCABULARY =
  'an account field (' + Object.keys(ACCOUNT_FIELDS).join(', ') + '), traits.<key>, health.score, health.tier, health.<component>, ' +
  'metric.<name>.value, metric.<name>.avg(30d), days_until_renewal, days_since_contract_start, champion.present, sponsor.active, ' +
  'event.<name>.count(30d), event.<name>.days_since or in_segment("name")';

function durationArg(p: PathExpr, what: string): number {
  const args = p.call?.args ?? [];
  const first = args[0];
  if (!p.call || !first || first.kind !== 'duration') {
    throw new ConditionError(p.call?.pos ?? p.pos, `${what} needs a window such as (14d)`);
  }
  if (first.days < 1 || first.days > 3650) throw new ConditionError(first.pos, 'a window must be between 1d and 3650d');
  return first.days;
}

function noCall(p: PathExpr, what: string): void {
  if (p.call) throw new ConditionError(p.call.pos, `${what} takes no arguments`);
}

function literal(e: Expr): Scalar | Scalar[] {
  switch (e.kind) {
    case 'number':
      return e.value;
    case 'string':
      return e.value;
    case 'boolean':
      return e.value;
    case 'null':
      return null;
    case 'list':
      return e.items.map((item) => {
        const v = literal(item);
        if (Array.isArray(v)) throw new ConditionError(item.pos, 'lists cannot be nested');
        return v;
      });
    default:
      throw new ConditionError(e.pos, 'expected a literal value (a number, "text", true/false or a list) in a property filter');
  }
}

function propertyFilters(args: Expr[]): PropertyFilter[] {
  const filters: PropertyFilter[] = [];
  const visit = (e: Expr) => {
    if (e.kind === 'binary' && e.op === 'and') {
      visit(e.left);
      visit(e.right);
      return;
    }
    if (e.kind !== 'binary' || ['or', '+', '-', '*', '/'].includes(e.op) || e.left.kind !== 'path' || e.left.call) {
      throw new ConditionError(e.pos, 'expected a property filter such as priority = "urgent"');
    }
    filters.push({ property: e.left.segments.join('.'), op: e.op as PropertyFilter['op'], value: literal(e.right) });
  };
  args.forEach(visit);
  return filters;
}

/** Turns a dotted path into the signal it names, with its type; unknown paths say what exists. */
export function resolvePath(p: PathExpr, options: CheckOptions = {}): { signal: Signal; type: ValueType } {
  const [head, ...rest] = p.segments as [string, ...string[]];
  const text = p.segments.join('.');

  if (rest.length === 0 && head in ACCOUNT_FIELDS) {
    noCall(p, head);
    const field = head as AccountField;
    return { signal: { signal: 'field', field }, type: ACCOUNT_FIELDS[field] };
  }
  if (rest.length === 0 && (head === 'days_until_renewal' || head === 'days_since_contract_start')) {
    noCall(p, head);
    return { signal: { signal: 'date', name: head }, type: 'number' };
  }
  if (head === 'in_segment' && rest.length === 0) {
    const arg = p.call?.args[0];
    if (!arg || arg.kind !== 'string' || p.call!.args.length !== 1) throw new ConditionError(p.call?.pos ?? p.pos, 'in_segment needs one segment name in quotes, e.g. in_segment("enterprise")');
    return { signal: { signal: 'segment', name: arg.value }, type: 'boolean' };
  }
  if (head === 'traits' && rest.length === 1) {
    noCall(p, text);
    return { signal: { signal: 'trait', key: rest[0]! }, type: 'any' };
  }
  if (head === 'properties' && rest.length >= 1) {
    noCall(p, text);
    if (!options.eventProperties) throw new ConditionError(p.pos, `${text} names a property of the triggering event: it only works in an event trigger's "where"`);
    return { signal: { signal: 'property', path: rest.join('.') }, type: 'any' };
  }
  if (head === 'health' && rest.length === 1) {
    noCall(p, text);
    const part = rest[0]!;
    if (part === 'score') return { signal: { signal: 'health', part }, type: 'number' };
    if (part === 'tier') return { signal: { signal: 'health', part }, type: 'string' };
    if ((HEALTH_COMPONENTS as readonly string[]).includes(part)) {
      return { signal: { signal: 'health', part: part as (typeof HEALTH_COMPONENTS)[number] }, type: 'number' };
    }
    throw new ConditionError(p.pos, `unknown health part "${part}": expected score, tier or one of ${HEALTH_COMPONENTS.join(', ')}`);
  }
  if ((head === 'champion' || head === 'sponsor') && rest.length === 1 && (rest[0] === 'present' || rest[0] === 'active')) {
    noCall(p, text);
    return { signal: { signal: 'contact', role: head, prop: rest[0] }, type: 'boolean' };
  }
  if (head === 'metric') {
    const [metric, fn] = rest;
    if (!metric || !fn || rest.length !== 2) throw new ConditionError(p.pos, 'expected metric.<name>.<function>, e.g. metric.weekly_active_users.change(14d)');
    if (!NAME.test(metric) && !/^events\.[a-z][a-z0-9_]*$/.test(metric)) throw new ConditionError(p.pos, `"${metric}" is not a metric name (lowercase letters, digits, _)`);
    if (!(METRIC_FUNCTIONS as readonly string[]).includes(fn)) throw new ConditionError(p.pos, `unknown metric function "${fn}": expected one of ${METRIC_FUNCTIONS.join(', ')}`);
    if (fn === 'value') {
      noCall(p, `metric.${metric}.value`);
      return { signal: { signal: 'metric', metric, fn: 'value', days: 0 }, type: 'number' };
    }
    const days = durationArg(p, `metric.${metric}.${fn}`);
    if (p.call!.args.length > 1) throw new ConditionError(p.call!.args[1]!.pos, `metric.${metric}.${fn} takes one window`);
    return { signal: { signal: 'metric', metric, fn: fn as MetricFunction, days }, type: 'number' };
  }
  if (head === 'event') {
    const [event, fn] = rest;
    if (!event || !fn || rest.length !== 2) throw new ConditionError(p.pos, 'expected event.<name>.count(30d) or event.<name>.days_since');
    if (!NAME.test(event)) throw new ConditionError(p.pos, `"${event}" is not an event name (lowercase letters, digits, _)`);
    if (fn === 'count') {
      const days = durationArg(p, `event.${event}.count`);
      return { signal: { signal: 'event', event, fn: 'count', days, filters: propertyFilters(p.call!.args.slice(1)) }, type: 'number' };
    }
    if (fn === 'days_since') {
      const filters = p.call ? propertyFilters(p.call.args) : [];
      return { signal: { signal: 'event', event, fn: 'days_since', days: 0, filters }, type: 'number' };
    }
    throw new ConditionError(p.pos, `unknown event function "${fn}": expected count(Nd) or days_since`);
  }
  throw new ConditionError(p.pos, `unknown name "${text}": expected ${VOCABULARY}`);
}
