export interface Position {
  line: number;
  col: number;
  /** Offset into the source, for carets in error messages. */
  offset: number;
}

export type BinaryOp = 'and' | 'or' | '+' | '-' | '*' | '/' | '<' | '<=' | '>' | '>=' | '=' | '!=' | 'in' | 'not in';

/** What the parser produces: syntax only, nothing resolved. */
export type Expr =
  | { kind: 'number'; value: number; unit: 'none' | 'percent'; pos: Position }
  | { kind: 'duration'; days: number; pos: Position }
  | { kind: 'string'; value: string; pos: Position }
  | { kind: 'boolean'; value: boolean; pos: Position }
  | { kind: 'null'; pos: Position }
  | { kind: 'list'; items: Expr[]; pos: Position }
  /** A dotted path, optionally ending in a call: `health.score`, `metric.wau.change(14d)`, `in_segment("x")`. */
  | { kind: 'path'; segments: string[]; call?: { args: Expr[]; pos: Position }; pos: Position }
  | { kind: 'unary'; op: '-' | 'not'; operand: Expr; pos: Position }
  | { kind: 'binary'; op: BinaryOp; left: Expr; right: Expr; pos: Position };

export const HEALTH_COMPONENTS = ['usage', 'engagement', 'support', 'sentiment', 'relationship', 'renewal'] as const;
export type HealthComponent = (typeof HEALTH_COMPONENTS)[number];

export const METRIC_FUNCTIONS = ['value', 'avg', 'sum', 'change', 'change_abs', 'trend'] as const;
export type MetricFunction = (typeof METRIC_FUNCTIONS)[number];

export type Scalar = number | string | boolean | null;

export interface PropertyFilter {
  property: string;
  op: '=' | '!=' | '<' | '<=' | '>' | '>=' | 'in' | 'not in';
  value: Scalar | Scalar[];
}

/** A fact about an account that the engine can look up: every leaf of a checked condition. */
export type Signal =
  | { signal: 'field'; field: AccountField }
  | { signal: 'trait'; key: string }
  | { signal: 'health'; part: 'score' | 'tier' | HealthComponent }
  | { signal: 'metric'; metric: string; fn: MetricFunction; days: number }
  | { signal: 'date'; name: 'days_until_renewal' | 'days_since_contract_start' }
  | { signal: 'contact'; role: 'champion' | 'sponsor'; prop: 'present' | 'active' }
  | { signal: 'event'; event: string; fn: 'count' | 'days_since'; days: number; filters: PropertyFilter[] }
  | { signal: 'segment'; name: string }
  /** A property of the event that fired an event trigger: only in that trigger's `where`. */
  | { signal: 'property'; path: string };

export interface CheckOptions {
  /** Allows `properties.<key>`: the condition is an event trigger's `where`. */
  eventProperties?: boolean;
}

export const ACCOUNT_FIELDS = {
  name: 'string',
  domain: 'string',
  plan: 'string',
  tier: 'string',
  touch_model: 'string',
  lifecycle: 'string',
  arr: 'number',
  seats: 'number',
} as const;
export type AccountField = keyof typeof ACCOUNT_FIELDS;

export type ValueType = 'number' | 'string' | 'boolean' | 'any' | 'null';

/** What the checker produces: every leaf resolved and typed; the evaluator and SQL compiler read this. */
export type Checked =
  | { kind: 'const'; value: Scalar; type: ValueType }
  | { kind: 'list'; items: Scalar[] }
  | { kind: 'signal'; signal: Signal; type: ValueType; text: string }
  | { kind: 'not'; operand: Checked }
  | { kind: 'neg'; operand: Checked }
  | { kind: 'logic'; op: 'and' | 'or'; left: Checked; right: Checked }
  | { kind: 'arith'; op: '+' | '-' | '*' | '/'; left: Checked; right: Checked }
  | { kind: 'compare'; op: '<' | '<=' | '>' | '>=' | '=' | '!='; left: Checked; right: Checked; operandType: ValueType }
  | { kind: 'in'; negated: boolean; left: Checked; items: Scalar[] };
