import { createRoute } from '@hono/zod-openapi';
import { requirePermission } from '../../http/auth-middleware.ts';
import { IdParam, authenticated, commonErrors, jsonContent, notFoundError } from '../../http/openapi.ts';
import { createRouter } from '../../http/router.ts';
import { getAccount } from '../accounts/service.ts';
import { AccountMetricsQuery, AccountMetricsSchema } from './api-schemas.ts';
import { readAccountSeries } from './series.ts';
import { dayRange, seriesWindow } from './series-window.ts';

export function metricRoutes() {
  const app = createRouter();
  app.openapi(
    createRoute({
      method: 'get', path: '/accounts/{id}/metrics', tags: ['Metrics'], security: authenticated, middleware: [requirePermission('read')] as const,
      summary: "An account's daily metric series over a range of days",
      request: { params: IdParam, query: AccountMetricsQuery },
      responses: { 200: jsonContent(AccountMetricsSchema, 'One value per day for each series'), ...commonErrors, ...notFoundError },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const q = c.req.valid('query');
      const { from, to } = dayRange(q.from, q.to, 90);
      const db = c.var.services.database.db;
      await getAccount(db, id);
      const names = q.names?.split(',').map((n) => n.trim()).filter(Boolean);
      const rows = await readAccountSeries(db, id, names?.length ? names : undefined);
      return c.json({ accountId: id, from, to, series: seriesWindow(rows, from, to) }, 200);
    },
  );
  return app;
}
