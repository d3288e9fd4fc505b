import { z } from '@hono/zod-openapi';

const day = z.iso.date();

export const MetricSeriesWindowSchema = z
  .object({
    metric: z.string().openapi({ example: 'weekly_active_users' }),
    source: z.enum(['rollup', 'reported']),
    values: z.array(z.number().nullable()).openapi({ description: 'One value per day from `from` to `to`; null where there is none' }),
  })
  .openapi('MetricSeriesWindow');

export const AccountMetricsSchema = z
  .object({ accountId: z.uuid(), from: z.string(), to: z.string(), series: z.array(MetricSeriesWindowSchema) })
  .openapi('AccountMetrics');

export const MAX_RANGE_DAYS = 3_660;

export const AccountMetricsQuery = z
  .object({
    names: z.string().max(4_000).optional().openapi({ description: 'Comma-separated metric names; all of the account\'s metrics when left out', example: 'weekly_active_users,events.login' }),
    from: day.optional().openapi({ description: 'First day (YYYY-MM-DD); default 89 days before `to`' }),
    to: day.optional().openapi({ description: 'Last day (YYYY-MM-DD); default today (UTC)' }),
  })
  .strict();
