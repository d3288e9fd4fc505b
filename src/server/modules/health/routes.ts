import { createRoute } from '@hono/zod-openapi';
import { requirePermission } from '../../http/auth-middleware.ts';
import { authenticated, commonErrors, jsonBody, jsonContent } from '../../http/openapi.ts';
import { createRouter } from '../../http/router.ts';
import { actorOf } from '../accounts/routes.ts';
import {
  HealthModelPreviewRequest, HealthModelPreviewSchema, HealthModelUpdateSchema, HealthModelVersionList, HealthModelVersionSchema,
  RecomputeQueuedSchema, RecomputeRequestSchema,
} from './api-schemas.ts';
import { getActiveModel, listModels, saveModel } from './models-service.ts';
import type { StoredHealthModel } from './models-service.ts';
import { previewHealthModel } from './preview.ts';
import { requestHealthRecompute } from './recompute-request.ts';

const tags = ['Health'];
const read = requirePermission('read');
const manage = requirePermission('settings:manage');

const publicModel = (m: StoredHealthModel) => ({ ...m, config: m.config as unknown as Record<string, unknown> });

export function healthRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({
      method: 'get', path: '/health-model', tags, security: authenticated, middleware: [read] as const,
      summary: 'The active health model (the default model until an admin saves one)',
      responses: { 200: jsonContent(HealthModelVersionSchema, 'The active model'), ...commonErrors },
    }),
    async (c) => c.json(publicModel(await getActiveModel(c.var.services.database.db)), 200),
  );

  app.openapi(
    createRoute({
      method: 'get', path: '/health-model/versions', tags, security: authenticated, middleware: [read] as const,
      summary: 'Every saved version of the health model, newest first',
      responses: { 200: jsonContent(HealthModelVersionList, 'Model versions'), ...commonErrors },
    }),
    async (c) => c.json({ data: (await listModels(c.var.services.database.db)).map(publicModel) }, 200),
  );

  app.openapi(
    createRoute({
      method: 'put', path: '/health-model', tags, security: authenticated, middleware: [manage] as const,
      summary: 'Save a new version of the health model and make it active; every account is rescored in the background',
      request: { body: jsonBody(HealthModelUpdateSchema) },
      responses: { 200: jsonContent(HealthModelVersionSchema, 'The new active version'), ...commonErrors },
    }),
    async (c) => {
      const { config, note } = c.req.valid('json');
      const saved = await saveModel(c.var.services.database.db, config, note ?? null, actorOf(c.var.principal));
      await requestHealthRecompute(c.var.services.jobs, 'all');
      return c.json(publicModel(saved), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post', path: '/health-model/preview', tags, security: authenticated, middleware: [manage] as const,
      summary: 'Tier distribution under a candidate model, before vs after, without saving it',
      request: { body: jsonBody(HealthModelPreviewRequest) },
      responses: { 200: jsonContent(HealthModelPreviewSchema, 'Tier counts under the active and the candidate model'), ...commonErrors },
    }),
    async (c) => c.json(await previewHealthModel(c.var.services.database.db, c.req.valid('json').config), 200),
  );

  app.openapi(
    createRoute({
      method: 'post', path: '/health/recompute', tags, security: authenticated, middleware: [manage] as const,
      summary: 'Rescore some accounts, or all, in the background',
      request: { body: { required: false, content: { 'application/json': { schema: RecomputeRequestSchema } } } },
      responses: { 202: jsonContent(RecomputeQueuedSchema, 'Queued'), ...commonErrors },
    }),
    async (c) => {
      const { accountIds } = c.req.valid('json') ?? {};
      await requestHealthRecompute(c.var.services.jobs, accountIds ?? 'all');
      return c.json({ queued: c.var.services.jobs !== null }, 202);
    },
  );

  return app;
}
