import { HTTPException } from 'hono/http-exception';
import { bodyLimit } from 'hono/body-limit';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import { isDatabaseUnavailable } from '../db/client.ts';
import { account360Routes } from '../modules/accounts/account-360-routes.ts';
import { engineRoutes } from '../modules/engine/engine-routes.ts';
import { segmentRoutes } from '../modules/engine/segment-routes.ts';
import { accountRoutes } from '../modules/accounts/routes.ts';
import { healthRoutes } from '../modules/health/routes.ts';
import { metricRoutes } from '../modules/metrics/routes.ts';
import { CSV_UPLOAD_PATHS, CSV_UPLOAD_TYPE, importRoutes } from '../modules/imports/routes.ts';
import { ingestReportRoutes } from '../modules/ingest/report-routes.ts';
import { trackingApiRoutes } from '../modules/ingest/routes.ts';
import { SIGNAL_UPLOAD_PATHS, signalImportRoutes } from '../modules/signals/import-routes.ts';
import { signalRoutes } from '../modules/signals/routes.ts';
import { IMPORT_PATH as PLAYBOOK_IMPORT_PATH, playbookRoutes } from '../modules/playbooks/routes.ts';
import { playRoutes } from '../modules/plays/routes.ts';
import { systemRoutes } from '../modules/system/routes.ts';
import { userRoutes } from '../modules/users/routes.ts';
import { demoLoginRoutes } from '../modules/users/demo-logins-route.ts';
import { apiReference } from './api-reference.ts';
import { authenticate } from './auth-middleware.ts';
import { csrfProtection } from './csrf.ts';
import type { Services } from './env.ts';
import { AppError } from './errors.ts';
import { createRouter } from './router.ts';
import { serveWebApp } from './static.ts';
import { VERSION } from '../version.ts';

const UPLOAD_PATHS = [...CSV_UPLOAD_PATHS, ...SIGNAL_UPLOAD_PATHS];
const JSON_TYPE = /^application\/([\w.-]+\+)?json\b/i;

export function createApp(services: Services) {
  const app = createRouter();
  const { config, logger } = services;

  app.use('*', requestId({ headerName: 'X-Request-Id' }));
  app.use('*', async (c, next) => {
    c.set('services', services);
    const started = performance.now();
    await next();
    const principal = c.var.principal;
    // One line per request: what was asked, what came back, for whom, and how long it took.
    logger.info(
      {
        reqId: c.var.requestId,
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: Math.round((performance.now() - started) * 100) / 100,
        ...(principal ? { principal: principal.kind === 'user' ? principal.id : `token:${principal.id}` } : {}),
      },
      'request',
    );
  });
  app.use('*', secureHeaders({ contentSecurityPolicy: undefined }));
  const apiBodyLimit = bodyLimit({
    maxSize: config.bodyLimitBytes,
    onError: () => {
      throw new AppError(413, 'payload_too_large', `Request body is larger than ${Math.round(config.bodyLimitBytes / 1024)} KB`);
    },
  });
  // A playbook import carries a whole library (1 MB per file) and sets its own limit; CSV uploads
  // stream through theirs (PLAYMAKER_IMPORT_LIMIT_MB), which apiBodyLimit would buffer.
  app.use('/api/*', (c, next) => (c.req.path === PLAYBOOK_IMPORT_PATH || UPLOAD_PATHS.includes(c.req.path) ? next() : apiBodyLimit(c, next)));
  app.use('/api/*', csrfProtection(() => [new URL(config.publicUrl).origin]));
  app.use('/api/*', async (c, next) => {
    const hasBody = c.req.header('content-length') !== undefined && c.req.header('content-length') !== '0';
    if (['POST', 'PUT', 'PATCH'].includes(c.req.method) && (hasBody || c.req.header('transfer-encoding'))) {
      const type = c.req.header('content-type') ?? '';
      const upload = UPLOAD_PATHS.includes(c.req.path);
      if (!(upload ? CSV_UPLOAD_TYPE : JSON_TYPE).test(type)) {
        const expected = upload ? 'text/csv or multipart/form-data' : 'application/json';
        throw new AppError(415, 'unsupported_media_type', `Send the body as ${expected} (got ${type || 'no Content-Type'})`);
      }
    }
    await next();
  });
  app.use('/api/*', authenticate);

  app.route('/api', systemRoutes(VERSION));
  app.route('/api', userRoutes());
  app.route('/api', demoLoginRoutes());
  app.route('/api', accountRoutes());
  app.route('/api', account360Routes());
  app.route('/api', metricRoutes());
  app.route('/api', healthRoutes());
  app.route('/api', importRoutes());
  app.route('/api', ingestReportRoutes());
  app.route('/api', signalRoutes());
  app.route('/api', signalImportRoutes());
  // Segment's libraries post to <host>/v1/…: the Tracking API lives outside /api, with its own auth and limits.
  app.route('/v1', trackingApiRoutes());
  app.route('/api', playbookRoutes());
  app.route('/api', segmentRoutes());
  app.route('/api', engineRoutes());
  app.route('/api', playRoutes());

  app.openAPIRegistry.registerComponent('securitySchemes', 'cookieAuth', {
    type: 'apiKey',
    in: 'cookie',
    name: 'playmaker.session_token',
    description: 'Session cookie set by POST /api/auth/login',
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', {
    type: 'http',
    scheme: 'bearer',
    description: 'API token (pm_…) with scopes read, ingest or admin',
  });
  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Playmaker API',
      version: VERSION,
      description: 'Customer-success playbooks as code. Every error has the shape { "error": { "code", "message", "details" } }.',
    },
  });
  app.route('/api/docs', apiReference());
  // After every API route: the web app answers the remaining GETs; /api and /v1 fall through to the JSON 404.
  app.use('*', serveWebApp());

  app.notFound((c) => c.json({ error: { code: 'not_found', message: `No route for ${c.req.method} ${c.req.path}` } }, 404));

  app.onError((err, c) => {
    if (err instanceof AppError) {
      for (const [name, value] of Object.entries(err.headers ?? {})) c.header(name, value);
      return c.json(err.toBody(), err.status);
    }
    if (err instanceof HTTPException) {
      const code = err.status === 400 && /json/i.test(err.message) ? 'malformed_json' : `http_${err.status}`;
      return c.json({ error: { code, message: err.message } }, err.status);
    }
    if (isDatabaseUnavailable(err)) {
      logger.error({ reqId: c.var.requestId, err: (err as Error).message }, 'database unavailable');
      c.header('Retry-After', '5');
      return c.json({ error: { code: 'database_unavailable', message: 'The database cannot be reached; try again shortly' } }, 503);
    }
    logger.error({ reqId: c.var.requestId, err }, 'unhandled error');
    return c.json({ error: { code: 'internal_error', message: 'Something went wrong on our side', details: { requestId: c.var.requestId } } }, 500);
  });

  return app;
}

export type App = ReturnType<typeof createApp>;
