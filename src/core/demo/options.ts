import { dayOf, isoDay } from './days.ts';
import type { DemoOptions } from './types.ts';

/**
 * The metric series, in the order `--metrics N` takes them. The first four are the names the
 * starter playbooks' triggers read (playbooks/README.md), so a benchmark with 5 metrics still
 * exercises every starter trigger.
 */
export const DEMO_METRICS = [
  'weekly_active_users',
  'seats_used',
  'feature_adoption',
  'logins',
  'daily_active_users',
  'monthly_active_users',
  // The rollups' name for login counts (src/core/metrics/event-names.ts), beside the `logins`
  // the starter library reads: both hold the same counts.
  'events.login',
] as const;

/** Counts of product events, for benchmarks that ask for more series than DEMO_METRICS holds. */
export const EXTRA_EVENT_METRICS = [
  'reports_viewed',
  'dashboards_created',
  'exports_created',
  'workflows_run',
  'integrations_synced',
  'comments_added',
  'searches_run',
  'api_calls',
] as const;

/** The six series above `events.login`, which repeats `logins` under the rollups' name. */
export const DEFAULT_METRICS = 6;

export const MAX_METRICS = DEMO_METRICS.length + EXTRA_EVENT_METRICS.length;

export const DEFAULT_SEED = 20_240_601;

export function metricNames(count: number): string[] {
  return [...DEMO_METRICS, ...EXTRA_EVENT_METRICS].slice(0, count);
}

export function demoOptions(overrides: Partial<DemoOptions> & { referenceDay: string }): DemoOptions {
  const options: DemoOptions = {
    seed: DEFAULT_SEED,
    accounts: 1000,
    days: 365,
    metrics: DEFAULT_METRICS,
    rawEventDays: 14,
    rawEventShare: 0.05,
    ...overrides,
  };
  dayOf(options.referenceDay);
  if (!Number.isInteger(options.seed)) throw new Error('seed must be an integer');
  if (!Number.isInteger(options.accounts) || options.accounts < 1) throw new Error('accounts must be a positive integer');
  if (!Number.isInteger(options.days) || options.days < 30 || options.days > 3650) throw new Error('days must be an integer from 30 to 3650');
  if (!Number.isInteger(options.metrics) || options.metrics < 1 || options.metrics > MAX_METRICS) throw new Error(`metrics must be an integer from 1 to ${MAX_METRICS}`);
  if (options.rawEventDays < 0 || options.rawEventDays > options.days) throw new Error('rawEventDays must be within days');
  if (options.rawEventShare < 0 || options.rawEventShare > 1) throw new Error('rawEventShare must be between 0 and 1');
  if (options.asOf !== undefined && Number.isNaN(Date.parse(options.asOf))) throw new Error('asOf must be an ISO timestamp');
  return options;
}

/** The UTC day of an instant: what the loader uses as the reference day for "now". */
export function utcDayOf(ms: number): string {
  return isoDay(Math.floor(ms / 86_400_000));
}
