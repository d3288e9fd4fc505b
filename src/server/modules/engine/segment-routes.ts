import { createRoute } from '@hono/zod-openapi';
import { requirePermission } from '../../http/auth-middleware.ts';
import { PagingQuery, authenticated, commonErrors, conflictError, jsonBody, jsonContent, notFoundError } from '../../http/openapi.ts';
import { createRouter } from '../../http/router.ts';
import { actorOf } from '../accounts/routes.ts';
import { utcToday } from '../../../core/metrics/days.ts';
import { RecomputedSchema, SegmentCreateSchema, SegmentIdParam, SegmentList, SegmentMemberPage, SegmentSavedSchema, SegmentSchema, SegmentUpdateSchema } from './api-schemas.ts';
import { recomputeSegments } from './segment-membership.ts';
import { createSegment, deleteSegment, getSegment, listMembers, listSegments, updateSegment } from './segments-service.ts';

const tags = ['Segments'];
const read = requirePermission('read');
// Segments steer which plays start: the people who manage playbooks manage them.
const manage = requirePermission('playbooks:manage');

export function segmentRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({
      method: 'get', path: '/segments', tags, security: authenticated, middleware: [read] as const,
      summary: 'Every segment with its member count',
      responses: { 200: jsonContent(SegmentList, 'Segments'), ...commonErrors },
    }),
    async (c) => c.json({ data: await listSegments(c.var.services.database.db) }, 200),
  );

  app.openapi(
    createRoute({
      method: 'post', path: '/segments', tags, security: authenticated, middleware: [manage] as const,
      summary: 'Create a segment; its members are computed at once',
      description: 'A condition with a syntax or type error is refused with 400 `invalid_condition`, naming the line and column.',
      request: { body: jsonBody(SegmentCreateSchema) },
      responses: { 201: jsonContent(SegmentSavedSchema, 'Created'), ...commonErrors, ...conflictError },
    }),
    async (c) => c.json(await createSegment(c.var.services.database.db, c.req.valid('json'), actorOf(c.var.principal)), 201),
  );

  app.openapi(
    createRoute({
      method: 'get', path: '/segments/{id}', tags, security: authenticated, middleware: [read] as const,
      summary: 'One segment',
      request: { params: SegmentIdParam },
      responses: { 200: jsonContent(SegmentSchema, 'The segment'), ...commonErrors, ...notFoundError },
    }),
    async (c) => c.json(await getSegment(c.var.services.database.db, c.req.valid('param').id), 200),
  );

  app.openapi(
    createRoute({
      method: 'patch', path: '/segments/{id}', tags, security: authenticated, middleware: [manage] as const,
      summary: 'Change a segment; a new condition recomputes its members',
      request: { params: SegmentIdParam, body: jsonBody(SegmentUpdateSchema) },
      responses: { 200: jsonContent(SegmentSavedSchema, 'Saved'), ...commonErrors, ...notFoundError },
    }),
    async (c) => c.json(await updateSegment(c.var.services.database.db, c.req.valid('param').id, c.req.valid('json')), 200),
  );

  app.openapi(
    createRoute({
      method: 'delete', path: '/segments/{id}', tags, security: authenticated, middleware: [manage] as const,
      summary: 'Delete a segment no trigger or segment uses',
      request: { params: SegmentIdParam },
      responses: { 204: { description: 'Deleted' }, ...commonErrors, ...notFoundError, ...conflictError },
    }),
    async (c) => {
      await deleteSegment(c.var.services.database.db, c.req.valid('param').id, utcToday());
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'get', path: '/segments/{id}/members', tags, security: authenticated, middleware: [read] as const,
      summary: 'The accounts in a segment, as of its last recompute',
      request: { params: SegmentIdParam, query: PagingQuery },
      responses: { 200: jsonContent(SegmentMemberPage, 'Members'), ...commonErrors, ...notFoundError },
    }),
    async (c) => {
      const { page, pageSize } = c.req.valid('query');
      const { rows, total } = await listMembers(c.var.services.database.db, c.req.valid('param').id, page, pageSize);
      return c.json({ data: rows, page: { page, pageSize, total } }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post', path: '/segments/{id}/recompute', tags, security: authenticated, middleware: [manage] as const,
      summary: 'Recompute a segment now (sweeps also do it before evaluating triggers)',
      request: { params: SegmentIdParam },
      responses: { 200: jsonContent(RecomputedSchema, 'Recomputed'), ...commonErrors, ...notFoundError },
    }),
    async (c) => {
      const db = c.var.services.database.db;
      const { id } = c.req.valid('param');
      await getSegment(db, id);
      const [outcome] = await recomputeSegments(db, { ids: [id] });
      return c.json({ added: outcome!.added, removed: outcome!.removed, ...(outcome!.error ? { error: outcome!.error } : {}), segment: await getSegment(db, id) }, 200);
    },
  );

  return app;
}
