import type { AccountField, HealthComponent, MetricFunction } from './ast.ts';

export interface Series {
  /** YYYY-MM-DD of values[0]. */
  startDay: string;
  values: (number | null)[];
}

export interface EventFact {
  event: string;
  /** ISO timestamp. */
  occurredAt: string;
  properties: Record<string, unknown>;
}

/** Everything a condition may ask about one account, as of `today`. */
export interface AccountFacts {
  /** YYYY-MM-DD (UTC). */
  today: string;
  fields: Partial<Record<AccountField, string | number | null>>;
  traits: Record<string, unknown>;
  renewalDate: string | null;
  contractStart: string | null;
  health: { score: number | null; tier: string | null; components: Partial<Record<HealthComponent, number | null>> } | null;
  metrics: Record<string, Series>;
  contacts: Record<'champion' | 'sponsor', { present: boolean; active: boolean }>;
  /** Events recent enough for the windows in use. */
  events: EventFact[];
  segments: string[];
  /** The triggering event's properties, for an event trigger's `where` (`properties.<key>`). */
  eventProperties?: Record<string, unknown>;
}

/** The metric arithmetic, shared with the SQL functions so both agree (see src/core/metrics). */
export type MetricEvaluator = (series: Series | undefined, fn: MetricFunction, days: number, today: string) => number | null;
