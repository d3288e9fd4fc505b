import { sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import type { Checked, MetricFunction, PropertyFilter, Scalar, Signal, ValueType } from '../../../core/conditions/index.ts';
import { signalsOf } from '../../../core/conditions/index.ts';

/**
 * Compiles a checked condition to one SQL boolean expression over `accounts a` (with
 * `health_scores h` left-joined), so one query finds every matching account at once. Semantics
 * match src/core/conditions/evaluate.ts: three-valued logic, x / 0 is null, bad casts are errors.
 */
export interface SqlContext {
  /** YYYY-MM-DD the condition is evaluated for (UTC). */
  today: string;
  metric: (fn: MetricFunction, days: number, series: { startDay: SQL; values: SQL }, today: SQL) => SQL;
  /** The triggering event's properties (jsonb), for `properties.<key>` in an event trigger's `where`. */
  eventProperties?: SQL;
  /** Metric name → alias of a joined metric_series row (see withMetricJoins); else a subquery per account. */
  metricAliases?: Map<string, string>;
}

const FIELD_COLUMNS: Record<string, SQL> = {
  name: sql`a.name`,
  domain: sql`a.domain`,
  plan: sql`a.plan`,
  tier: sql`a.tier`,
  touch_model: sql`a.touch_model`,
  lifecycle: sql`a.lifecycle_stage`,
  arr: sql`a.arr::float8`,
  seats: sql`(a.traits->>'seats')::float8`,
};

const CONTACT_ROLES = { champion: 'champion', sponsor: 'executive_sponsor' } as const;

function castTo(expr: SQL, type: ValueType): SQL {
  if (type === 'number') return sql`(${expr})::float8`;
  if (type === 'boolean') return sql`(${expr})::boolean`;
  return expr;
}

function literal(value: Scalar, type: ValueType): SQL {
  if (value === null) return sql`null`;
  if (type === 'number' || typeof value === 'number') return sql`${value}::float8`;
  if (typeof value === 'boolean') return sql`${value}::boolean`;
  return sql`${value}::text`;
}

function propertyRef(property: string, properties: SQL = sql`e.properties`): SQL {
  return sql`(${properties} #>> ${`{${property.split('.').join(',')}}`}::text[])`;
}

function filterSql(f: PropertyFilter): SQL {
  const sample = Array.isArray(f.value) ? f.value[0] : f.value;
  const type: ValueType = typeof sample === 'number' ? 'number' : typeof sample === 'boolean' ? 'boolean' : 'string';
  const prop = castTo(propertyRef(f.property), type);
  if (f.value === null) return f.op === '=' ? sql`${prop} is null` : sql`${prop} is not null`;
  if (Array.isArray(f.value)) {
    const list = sql.join(f.value.map((v) => literal(v, type)), sql`, `);
    return f.op === 'in' ? sql`${prop} in (${list})` : sql`${prop} not in (${list})`;
  }
  return sql`${prop} ${sql.raw(f.op)} ${literal(f.value, type)}`;
}

const utcDay = (today: string) => sql`${today}::date`;
const sinceTimestamp = (today: string, days: number) => sql`((${today}::date - ${days}::int)::timestamp at time zone 'UTC')`;

export function signalSql(signal: Signal, ctx: SqlContext): SQL {
  switch (signal.signal) {
    case 'field':
      return FIELD_COLUMNS[signal.field]!;
    case 'trait':
      return sql`(a.traits->>${signal.key})`;
    case 'health':
      if (signal.part === 'score') return sql`h.score`;
      if (signal.part === 'tier') return sql`h.tier`;
      return sql`(h.components->>${signal.part})::float8`;
    case 'date':
      return signal.name === 'days_until_renewal' ? sql`(a.renewal_date - ${utcDay(ctx.today)})` : sql`(${utcDay(ctx.today)} - a.contract_start)`;
    case 'contact':
      // `present`: someone holds the role and has not left; `active` additionally used the product in the last 30 days.
      return signal.prop === 'present'
        ? sql`exists (select 1 from contacts c where c.account_id = a.id and ${CONTACT_ROLES[signal.role]} = any(c.roles) and c.status = 'active')`
        : sql`exists (select 1 from contacts c where c.account_id = a.id and ${CONTACT_ROLES[signal.role]} = any(c.roles) and c.status = 'active'
            and exists (select 1 from events e where e.account_id = a.id and e.user_id = c.external_id and e.occurred_at >= ${sinceTimestamp(ctx.today, 30)}))`;
    case 'segment':
      return sql`exists (select 1 from segment_members sm where sm.account_id = a.id and sm.segment_id = ${signal.name})`;
    case 'property':
      if (!ctx.eventProperties) throw new Error(`properties.${signal.path} needs a triggering event`);
      return propertyRef(signal.path, ctx.eventProperties);
    case 'metric': {
      const alias = ctx.metricAliases?.get(signal.metric);
      if (alias) {
        const joined = { startDay: sql`${sql.identifier(alias)}.start_day`, values: sql`${sql.identifier(alias)}.values` };
        return ctx.metric(signal.fn, signal.days, joined, utcDay(ctx.today));
      }
      const series = { startDay: sql`ms.start_day`, values: sql`ms.values` };
      return sql`(select ${ctx.metric(signal.fn, signal.days, series, utcDay(ctx.today))} from metric_series ms where ms.account_id = a.id and ms.metric = ${signal.metric})`;
    }
    case 'event': {
      const filters = signal.filters.map((f) => sql` and ${filterSql(f)}`);
      if (signal.fn === 'count') {
        return sql`(select count(*)::float8 from events e where e.account_id = a.id and e.event = ${signal.event} and e.occurred_at >= ${sinceTimestamp(ctx.today, signal.days - 1)}${sql.join(filters, sql``)})`;
      }
      return sql`(${utcDay(ctx.today)} - (select (max(e.occurred_at) at time zone 'UTC')::date from events e where e.account_id = a.id and e.event = ${signal.event}${sql.join(filters, sql``)}))::float8`;
    }
  }
}

/**
 * The condition as a boolean expression, null when unknown. Used bare in a WHERE clause (unknown
 * already leaves the row out): wrapped in coalesce(…, false), PostgreSQL could no longer split its
 * top-level `and`s and run the cheap ones (plain columns, indexes) before the costly subqueries,
 * which made the sweep about 15% slower.
 */
export function conditionSql(c: Checked, ctx: SqlContext): SQL {
  const rec = (x: Checked) => conditionSql(x, ctx);
  switch (c.kind) {
    case 'const':
      return literal(c.value, c.type);
    case 'list':
      throw new Error('a list is not a value');
    case 'signal':
      return castTo(signalSql(c.signal, ctx), c.type === 'any' ? 'string' : c.type);
    case 'not':
      return sql`(not ${rec(c.operand)})`;
    case 'neg':
      return sql`(- ${rec(c.operand)})`;
    case 'logic':
      return sql`(${sql.join(cheapestFirst(c).map(rec), sql.raw(` ${c.op} `))})`;
    case 'arith':
      return c.op === '/' ? sql`(${rec(c.left)} / nullif(${rec(c.right)}, 0))` : sql`(${rec(c.left)} ${sql.raw(c.op)} ${rec(c.right)})`;
    case 'compare': {
      if (c.left.kind === 'const' && c.left.value === null) return sql`(${operand(c.right, c.operandType, ctx)} ${sql.raw(c.op === '=' ? 'is null' : 'is not null')})`;
      if (c.right.kind === 'const' && c.right.value === null) return sql`(${operand(c.left, c.operandType, ctx)} ${sql.raw(c.op === '=' ? 'is null' : 'is not null')})`;
      return sql`(${operand(c.left, c.operandType, ctx)} ${sql.raw(c.op === '!=' ? '<>' : c.op)} ${operand(c.right, c.operandType, ctx)})`;
    }
    case 'in': {
      const type: ValueType = typeof c.items[0] === 'number' ? 'number' : typeof c.items[0] === 'boolean' ? 'boolean' : 'string';
      const list = sql.join(c.items.map((v) => literal(v, type)), sql`, `);
      return sql`(${operand(c.left, type, ctx)} ${sql.raw(c.negated ? 'not in' : 'in')} (${list}))`;
    }
  }
}

/** What a signal costs per account: a column, an index probe, or reading a whole metric series. */
const SIGNAL_COST: Record<Signal['signal'], number> = { field: 1, trait: 1, date: 1, health: 1, property: 1, segment: 2, contact: 3, event: 4, metric: 5 };

function cost(c: Checked): number {
  switch (c.kind) {
    case 'const':
    case 'list':
      return 0;
    case 'signal':
      return SIGNAL_COST[c.signal.signal];
    case 'not':
    case 'neg':
      return cost(c.operand);
    case 'in':
      return cost(c.left);
    default:
      return cost(c.left) + cost(c.right);
  }
}

/**
 * The operands of a chain of `and` (or of `or`), cheapest first. Both are commutative in SQL's
 * three-valued logic, and PostgreSQL stops at the first false (true) operand, so a lifecycle test
 * written after a metric spares most accounts the reading of their metric series.
 */
function cheapestFirst(c: Extract<Checked, { kind: 'logic' }>): Checked[] {
  const operands: Checked[] = [];
  const flatten = (x: Checked): void => {
    if (x.kind === 'logic' && x.op === c.op) {
      flatten(x.left);
      flatten(x.right);
    } else operands.push(x);
  };
  flatten(c);
  return operands.map((x, i) => ({ x, i, cost: cost(x) })).sort((a, b) => a.cost - b.cost || a.i - b.i).map((o) => o.x);
}

function operand(c: Checked, type: ValueType, ctx: SqlContext): SQL {
  if (c.kind === 'signal' && c.type === 'any') return castTo(signalSql(c.signal, ctx), type);
  if (c.kind === 'const') return literal(c.value, type);
  return conditionSql(c, ctx);
}

/**
 * One query: every account for which the condition is true, with the value of each signal it
 * read (what "explain" and the dry run show).
 */
export function matchingAccountsQuery(
  c: Checked,
  ctx: SqlContext,
  options: { accountIds?: string[]; limit?: number; offset?: number; where?: SQL } = {},
): { query: SQL; signals: string[] } {
  const signals = signalsOf(c);
  const scope = options.accountIds ? sql` and a.id = any(${`{${options.accountIds.join(',')}}`}::uuid[])` : sql``;
  const extra = options.where ? sql` and ${options.where}` : sql``;
  const limit = options.limit ? sql` limit ${options.limit}` : sql``;
  const offset = options.offset ? sql` offset ${options.offset}` : sql``;
  const joined = withMetricJoins(c, ctx);
  const query = sql`select a.id, a.name${signalColumns(c, joined.ctx)}
    from accounts a left join health_scores h on h.account_id = a.id${joined.joins}
    where (${conditionSql(c, joined.ctx)})${scope}${extra}
    order by a.name, a.id${limit}${offset}`;
  return { query, signals: signals.map((s) => s.text) };
}

/**
 * One `left join metric_series` per series the condition reads (after `accounts a`), and the
 * context that compiles the condition against them: over all accounts a hash join reads each
 * series table once, where a subquery per account would probe the index 100,000 times.
 */
export function withMetricJoins(c: Checked | null, ctx: SqlContext): { joins: SQL; ctx: SqlContext } {
  const names = c ? [...new Set(signalsOf(c).flatMap((s) => (s.signal.signal === 'metric' ? [s.signal.metric] : [])))] : [];
  const aliases = new Map(names.map((name, i) => [name, `pm_series_${i}`]));
  const joins = names.map((name) => {
    const alias = sql.identifier(aliases.get(name)!);
    return sql` left join metric_series ${alias} on ${alias}.account_id = a.id and ${alias}.metric = ${name}`;
  });
  return { joins: sql.join(joins, sql``), ctx: { ...ctx, metricAliases: aliases } };
}

/** `, <value of signal 0> as s0, …`: the values that made an account match, as text. */
export function signalColumns(c: Checked, ctx: SqlContext): SQL {
  const columns = signalsOf(c).map((s, i) => sql`${castTo(signalSql(s.signal, ctx), 'string')}::text as ${sql.identifier(`s${i}`)}`);
  return columns.length ? sql`, ${sql.join(columns, sql`, `)}` : sql``;
}
