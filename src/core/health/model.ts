import { z } from 'zod';

export const HEALTH_COMPONENTS = ['usage', 'engagement', 'support', 'sentiment', 'relationship', 'renewal'] as const;
export type HealthComponent = (typeof HEALTH_COMPONENTS)[number];

export const HEALTH_TIERS = ['critical', 'at-risk', 'neutral', 'healthy'] as const;
export type HealthTier = (typeof HEALTH_TIERS)[number];

export const TICKET_PRIORITIES = ['urgent', 'high', 'normal', 'low'] as const;
export type TicketPriority = (typeof TICKET_PRIORITIES)[number];

const METRIC_NAME = /^[a-z][a-z0-9_]*(\.[a-z0-9_]+)?$/;

/**
 * Piecewise-linear thresholds: `raw` values in increasing order and the 0–100 score at each;
 * between two points the score is interpolated, outside them it stays at the nearest end.
 */
const points = (defaults: { raw: number; score: number }[]) =>
  z
    .array(z.object({ raw: z.number(), score: z.number().min(0).max(100) }).strict())
    .min(2, 'needs at least two points')
    .max(50)
    .superRefine((ps, ctx) => {
      ps.forEach((p, i) => {
        if (i > 0 && p.raw <= ps[i - 1]!.raw) ctx.addIssue({ code: 'custom', path: [i, 'raw'], message: `must be greater than the previous point's raw (${ps[i - 1]!.raw})` });
      });
    })
    .default(defaults);

const weight = (value: number) => z.number().min(0, 'must be 0 or more').max(1000).default(value);
const metricName = (value: string) => z.string().regex(METRIC_NAME, 'is not a metric name').default(value);

const usage = z
  .object({
    weight: weight(25),
    metric: metricName('weekly_active_users'),
    /** change: value today vs `windowDays` ago; trend: the fitted slope over the window, as % of the window's mean. */
    measure: z.enum(['change', 'trend']).default('change'),
    windowDays: z.int().min(2).max(365).default(28),
    /** raw: percent change (−25 = a quarter fewer). */
    points: points([
      { raw: -50, score: 0 }, { raw: -25, score: 35 }, { raw: -10, score: 60 }, { raw: 0, score: 75 }, { raw: 10, score: 90 }, { raw: 25, score: 100 },
    ]),
  })
  .strict();

const engagement = z
  .object({
    weight: weight(20),
    activeMetric: metricName('weekly_active_users'),
    /** Seats come from this account trait, or else from the last reported value of seatsMetric. */
    seatsTrait: z.string().min(1).max(100).default('seats'),
    seatsMetric: metricName('seats'),
    /** raw: active users as a percent of seats. */
    points: points([{ raw: 0, score: 0 }, { raw: 20, score: 30 }, { raw: 40, score: 60 }, { raw: 60, score: 85 }, { raw: 80, score: 100 }]),
  })
  .strict();

const support = z
  .object({
    weight: weight(15),
    priorityWeights: z
      .object({ urgent: z.number().min(0).default(4), high: z.number().min(0).default(2), normal: z.number().min(0).default(1), low: z.number().min(0).default(0.5) })
      .strict()
      .prefault({}),
    /** raw: open tickets, each counted by its priority weight. */
    points: points([{ raw: 0, score: 100 }, { raw: 1, score: 90 }, { raw: 3, score: 70 }, { raw: 6, score: 40 }, { raw: 10, score: 10 }, { raw: 15, score: 0 }]),
  })
  .strict();

const sentiment = z
  .object({
    weight: weight(15),
    /** Responses older than this are ignored. */
    maxAgeDays: z.int().min(1).max(3650).default(180),
    /** raw: the latest NPS answer, 0–10. Used when there is one. */
    nps: points([{ raw: 0, score: 0 }, { raw: 6, score: 35 }, { raw: 7, score: 60 }, { raw: 8, score: 70 }, { raw: 9, score: 90 }, { raw: 10, score: 100 }]),
    /** raw: the latest CSAT answer, 1–5. Used when there is no recent NPS answer. */
    csat: points([{ raw: 1, score: 0 }, { raw: 2, score: 25 }, { raw: 3, score: 50 }, { raw: 4, score: 80 }, { raw: 5, score: 100 }]),
  })
  .strict();

const relationship = z
  .object({
    weight: weight(15),
    /** Points when a champion is on record and active; the sum is capped at 100. */
    champion: z.number().min(0).max(100).default(60),
    /** Points when an executive sponsor is on record and active. */
    sponsor: z.number().min(0).max(100).default(40),
  })
  .strict();

const renewal = z
  .object({
    weight: weight(10),
    /** raw: days until the renewal date (negative once it has passed). */
    points: points([{ raw: 0, score: 20 }, { raw: 30, score: 40 }, { raw: 90, score: 70 }, { raw: 180, score: 100 }]),
  })
  .strict();

const tiers = z
  .object({
    /** Scores below atRisk are critical; from atRisk, at-risk; from neutral, neutral; from healthy, healthy. */
    atRisk: z.number().min(0).max(100).default(40),
    neutral: z.number().min(0).max(100).default(60),
    healthy: z.number().min(0).max(100).default(80),
  })
  .strict()
  .superRefine((t, ctx) => {
    if (t.neutral <= t.atRisk) ctx.addIssue({ code: 'custom', path: ['neutral'], message: `must be above atRisk (${t.atRisk})` });
    if (t.healthy <= t.neutral) ctx.addIssue({ code: 'custom', path: ['healthy'], message: `must be above neutral (${t.neutral})` });
  });

/**
 * The health model as admins write it. Every field has a default (the default model is `{}`),
 * so a change names only what differs; what is stored is the full, parsed model.
 */
export const HealthModelSchema = z
  .object({
    components: z
      .object({
        usage: usage.prefault({}),
        engagement: engagement.prefault({}),
        support: support.prefault({}),
        sentiment: sentiment.prefault({}),
        relationship: relationship.prefault({}),
        renewal: renewal.prefault({}),
      })
      .strict()
      .prefault({})
      .superRefine((c, ctx) => {
        if (HEALTH_COMPONENTS.every((name) => c[name].weight === 0)) {
          ctx.addIssue({ code: 'custom', path: [], message: 'at least one component needs a weight above 0' });
        }
      }),
    tiers: tiers.prefault({}),
    /** A component must move at least this many points to be named as a reason in the history. */
    reasonThreshold: z.number().min(0).max(100).default(1),
  })
  .strict();

export type HealthModel = z.output<typeof HealthModelSchema>;
export type HealthModelInput = z.input<typeof HealthModelSchema>;

export const DEFAULT_HEALTH_MODEL: HealthModel = HealthModelSchema.parse({});

export function parseHealthModel(input: unknown): HealthModel {
  return HealthModelSchema.parse(input);
}
