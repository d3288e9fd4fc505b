import { createRoute } from '@hono/zod-openapi';
import { requirePermission } from '../../http/auth-middleware.ts';
import { authenticated, commonErrors, jsonBody, jsonContent, notFoundError } from '../../http/openapi.ts';
import { createRouter } from '../../http/router.ts';
import { ExplainBodySchema, ExplainQuery, ExplanationSchema, PreviewBodySchema, PreviewSchema, SweepBodySchema, SweepResultSchema, TriggerErrorPage, TriggerErrorQuery } from './api-schemas.ts';
import { explainAccount, previewCondition, previewPlaybook, previewSource } from './preview.ts';
import { sweep } from './sweep.ts';
import { listTriggerErrors } from './trigger-errors.ts';

const tags = ['Engine'];
const read = requirePermission('read');
const admin = requirePermission('settings:manage');

export function engineRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({
      method: 'post', path: '/engine/preview', tags, security: authenticated, middleware: [read] as const,
      summary: 'Which accounts match now: a condition, a playbook version\'s trigger (with a dry run of the next sweep), or the trigger of a playbook being edited',
      description: 'Each account comes with the values that made it match. Errors in the condition are 400 `invalid_condition` with line and column.',
      request: { body: jsonBody(PreviewBodySchema) },
      responses: { 200: jsonContent(PreviewSchema, 'Matching accounts'), ...commonErrors, ...notFoundError },
    }),
    async (c) => {
      const body = c.req.valid('json');
      const db = c.var.services.database.db;
      const paging = { limit: body.limit, offset: body.offset };
      if (body.condition !== undefined) return c.json(await previewCondition(db, body.condition, paging), 200);
      if (body.source !== undefined) return c.json(await previewSource(db, body.source, paging), 200);
      return c.json(await previewPlaybook(db, body.playbookId!, body.version, paging), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get', path: '/engine/explain', tags, security: authenticated, middleware: [read] as const,
      summary: 'Why one account does or does not match a condition',
      description: 'A tree of the condition: each comparison with the values it read and its result (true, false, or null when a value is missing).',
      request: { query: ExplainQuery },
      responses: { 200: jsonContent(ExplanationSchema, 'The explanation'), ...commonErrors, ...notFoundError },
    }),
    async (c) => {
      const { condition, accountId } = c.req.valid('query');
      return c.json(await explainAccount(c.var.services.database.db, condition, accountId), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post', path: '/engine/explain', tags, security: authenticated, middleware: [read] as const,
      summary: 'Why one account does or does not match a condition (long conditions, event properties)',
      request: { body: jsonBody(ExplainBodySchema) },
      responses: { 200: jsonContent(ExplanationSchema, 'The explanation'), ...commonErrors, ...notFoundError },
    }),
    async (c) => {
      const { condition, accountId, eventProperties } = c.req.valid('json');
      return c.json(await explainAccount(c.var.services.database.db, condition, accountId, { eventProperties }), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get', path: '/engine/trigger-errors', tags, security: authenticated, middleware: [admin] as const,
      summary: 'Triggers that failed at run time (a bad cast, a missing metric), newest first',
      request: { query: TriggerErrorQuery },
      responses: { 200: jsonContent(TriggerErrorPage, 'Trigger errors'), ...commonErrors },
    }),
    async (c) => {
      const { page, pageSize, includeResolved } = c.req.valid('query');
      const { rows, total } = await listTriggerErrors(c.var.services.database.db, { includeResolved, page, pageSize });
      return c.json({ data: rows, page: { page, pageSize, total } }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post', path: '/engine/sweep', tags, security: authenticated, middleware: [admin] as const,
      summary: 'Run a trigger sweep now (or a dry run), instead of waiting for the schedule',
      request: { body: { required: false, content: { 'application/json': { schema: SweepBodySchema } } } },
      responses: { 200: jsonContent(SweepResultSchema, 'What the sweep did'), ...commonErrors },
    }),
    async (c) => {
      const body = c.req.valid('json') ?? { dryRun: false };
      const { services } = c.var;
      const result = await sweep(services.database.db, { ...body, logger: services.logger });
      const { segments: _segments, ...summary } = result;
      return c.json({ ...summary, decisions: result.decisions.slice(0, 200) }, 200);
    },
  );

  return app;
}
