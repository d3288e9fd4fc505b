import { createRoute, z } from '@hono/zod-openapi';
import { requirePermission } from '../../http/auth-middleware.ts';
import { IdParam, authenticated, commonErrors, jsonContent, notFoundError } from '../../http/openapi.ts';
import { createRouter } from '../../http/router.ts';
import { AccountMetricsSchema } from '../metrics/api-schemas.ts';
import { utcToday } from '../../../core/metrics/days.ts';
import { AccountSchema, ContactSchema, TimelinePage } from './api-schemas.ts';
import { getAccount360 } from './account-360.ts';

const Reason = z.object({ component: z.string(), from: z.number().nullable(), to: z.number().nullable(), delta: z.number().nullable(), impact: z.number().nullable() });
const Components = z.record(z.string(), z.number().nullable());

const Account360Schema = z
  .object({
    account: AccountSchema,
    health: z
      .object({
        score: z.number(),
        tier: z.string(),
        components: Components,
        breakdown: z.record(z.string(), z.unknown()).openapi({
          description: "Each component's raw input, detail, weight and share, and which were missing: worked out for this request from today's inputs with the active model (`day`, `modelId`), so it can be ahead of a score that is waiting for its recompute",
        }),
        modelId: z.number().nullable(),
        computedAt: z.string(),
        history: z.array(z.object({ day: z.string(), score: z.number(), tier: z.string(), components: Components, reasons: z.array(Reason) })),
      })
      .nullable()
      .openapi({ description: 'Null until the account is first scored' }),
    metrics: AccountMetricsSchema.omit({ accountId: true }),
    contacts: z.object({ data: z.array(ContactSchema), total: z.number().int() }).openapi({ description: 'Up to 100 contacts, those with a role first' }),
    timeline: TimelinePage,
  })
  .openapi('Account360');

const Account360Query = z
  .object({
    days: z.coerce.number().int().min(1).max(730).default(90).openapi({ description: 'Days of metrics and health history' }),
    to: z.iso.date().optional().openapi({ description: 'Last day shown; default today (UTC)' }),
    metrics: z.string().max(4_000).optional().openapi({ description: 'Comma-separated metric names; default: daily/weekly/monthly active users and every reported metric' }),
    timelinePage: z.coerce.number().int().min(1).default(1),
    timelinePageSize: z.coerce.number().int().min(1).max(200).default(20),
  })
  .strict();

export function account360Routes() {
  const app = createRouter();
  app.openapi(
    createRoute({
      method: 'get', path: '/accounts/{id}/360', tags: ['Accounts'], security: authenticated, middleware: [requirePermission('read')] as const,
      summary: 'The account with its health, metrics, contacts and timeline, in one call',
      request: { params: IdParam, query: Account360Query },
      responses: { 200: jsonContent(Account360Schema, 'The account overview'), ...commonErrors, ...notFoundError },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const to = q.to ?? utcToday();
      const metrics = q.metrics?.split(',').map((m) => m.trim()).filter(Boolean);
      const body = await getAccount360(c.var.services.database.db, c.req.valid('param').id, {
        to, days: q.days, metrics: metrics?.length ? metrics : undefined, timelinePage: q.timelinePage, timelinePageSize: q.timelinePageSize,
      });
      return c.json(body, 200);
    },
  );
  return app;
}
