import { createMiddleware } from 'hono/factory';
import { principalAllows } from '../../http/auth-middleware.ts';
import type { AppEnv } from '../../http/env.ts';
import { errors } from '../../http/errors.ts';

/**
 * Customer signals are written by people (CSMs: "write") and fed by machines (a helpdesk or
 * survey tool's sync with an ingest token). Either permission may write them.
 */
export const writeOrIngest = createMiddleware<AppEnv>(async (c, next) => {
  const principal = c.var.principal;
  if (!principal) throw errors.unauthorized();
  if (!principalAllows(principal, 'write') && !principalAllows(principal, 'ingest')) {
    const who = principal.kind === 'user' ? `role ${principal.role}` : `token scopes [${principal.scopes.join(', ')}]`;
    throw errors.forbidden(`This needs the "write" or the "ingest" permission, which ${who} does not have`);
  }
  await next();
});
