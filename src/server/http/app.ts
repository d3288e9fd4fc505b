import { HTTPException } from 'hono/http-exception';
import { bodyLimit } from 'hono/body-limit';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import { isDatabaseUnavailable } from '../db/client.ts';
import { accountRoutes } from '../modules/accounts/routes.ts';
import { systemRoutes } from '../modules/system/routes.ts';
import { userRoutes } from '../modules/users/routes.ts';
import { apiReference } from './api-reference.ts';
import { authenticate } from './auth-middleware.ts';
import { csrfProtection } from './csrf.ts';
import type { Services } from './env.ts';
import { AppError } from './errors.ts';
import { createRouter } from './router.ts';
import { VERSION } from '../version.ts';

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
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: config.bodyLimitBytes,
      onError: () => {
        throw new AppError(413, 'payload_too_large', `Request body is larger than ${Math.round(config.bodyLimitBytes / 1024)} KB`);
      },
    }),
  );
  app.use('/api/*', csrfProtection(() => [new URL(config.publicUrl).origin]));
  app.use('/api/*', async (c, next) => {
    const hasBody = c.req.header('content-length') !== undefined && c.req.header('content-length') !== '0';
    if (['POST', 'PUT', 'PATCH'].includes(c.req.method) && (hasBody || c.req.header('transfer-encoding'))) {
      const type = c.req.header('content-type') ?? '';
      if (!JSON_TYPE.test(type)) {
        throw new AppError(415, 'unsupported_media_type', `Send the body as application/json (got ${type || 'no Content-Type'})`);
      }
    }
    await next();
  });
  app.use('/api/*', authenticate);

  app.route('/api', systemRoutes(VERSION));
  app.route('/api', userRoutes());
  app.route('/api', accountRoutes());

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
