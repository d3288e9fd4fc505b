import { createRoute, z } from '@hono/zod-openapi';
import { requirePermission } from '../../http/auth-middleware.ts';
import { PagingQuery, authenticated, commonErrors, jsonContent, pageOf } from '../../http/openapi.ts';
import { createRouter } from '../../http/router.ts';
import { markDirtyDays } from '../metrics/dirty-days.ts';
import type { Db } from '../../db/client.ts';
import { writeOrIngest } from '../signals/feed-permission.ts';
import { dirtyDaysOf } from './account-days.ts';
import { attributeAllEvents } from './past-attribution.ts';
import { requestRollup } from './rollup-request.ts';
import { listUnattributed } from './unattributed.ts';

const UnattributedSchema = z
  .object({
    userId: z.string().nullable(),
    anonymousId: z.string().nullable(),
    groupId: z.string().nullable(),
    type: z.string(),
    event: z.string().nullable(),
    reason: z.enum(['unknown_group', 'unknown_user', 'anonymous']),
    count: z.number(),
    firstSeen: z.string(),
    lastSeen: z.string(),
  })
  .openapi('UnattributedEvents');

const UnattributedPage = pageOf(UnattributedSchema, 'UnattributedPage').extend({ events: z.number().openapi({ description: 'Unattributed events in all' }) });

const tags = ['Tracking API (Segment-compatible)'];

/** Reports on events kept without an account, under /api. */
export function ingestReportRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({
      method: 'get', path: '/ingest/unattributed', tags, security: authenticated, middleware: [requirePermission('read')] as const,
      summary: 'Events stored without an account, grouped by user, anonymous id, group and event, with first and last seen',
      request: { query: PagingQuery },
      responses: { 200: jsonContent(UnattributedPage, 'A page of unattributed event groups'), ...commonErrors },
    }),
    async (c) => {
      const { page, pageSize } = c.req.valid('query');
      const { rows, total, events } = await listUnattributed(c.var.services.database.db, page, pageSize);
      return c.json({ data: rows, page: { page, pageSize, total }, events }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post', path: '/ingest/unattributed/attribute', tags, security: authenticated, middleware: [writeOrIngest] as const,
      summary: 'Attribute every unattributed event that today\'s accounts (productId, crmId) and contacts (externalId) now explain',
      responses: { 200: jsonContent(z.object({ attributed: z.number() }), 'How many events now have an account'), ...commonErrors },
    }),
    async (c) => {
      const db = c.var.services.database.db;
      const linked = await db.transaction(async (tx) => {
        const groups = await attributeAllEvents(tx as unknown as Db);
        await markDirtyDays(tx as unknown as Db, dirtyDaysOf(groups));
        return groups;
      });
      requestRollup(c.var.services, [...new Set(dirtyDaysOf(linked).map((d) => d.accountId))]);
      return c.json({ attributed: linked.reduce((n, g) => n + g.n, 0) }, 200);
    },
  );

  return app;
}
