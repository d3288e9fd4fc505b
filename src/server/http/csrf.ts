import { createMiddleware } from 'hono/factory';
import type { AppEnv } from './env.ts';
import { errors } from './errors.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Cookie-authenticated writes must come from our own pages. Browsers send Origin (and
 * Sec-Fetch-Site) on every cross-origin write, so a write that says it comes from elsewhere is
 * refused; a client with no such headers is not a browser and cannot be tricked into sending
 * someone's cookie. Bearer-token requests carry no ambient credentials and are not checked.
 * SameSite=Lax session cookies are the second layer.
 */
export function csrfProtection(allowedOrigins: () => string[]) {
  return createMiddleware<AppEnv>(async (c, next) => {
    if (SAFE_METHODS.has(c.req.method) || c.req.header('authorization')) return next();
    const origin = c.req.header('origin');
    const site = c.req.header('sec-fetch-site');
    const sameOrigin = origin === undefined || origin === new URL(c.req.url).origin || allowedOrigins().includes(origin);
    if (!sameOrigin || site === 'cross-site' || site === 'same-site') {
      throw errors.forbidden(`Cross-site request refused (origin ${origin ?? 'unknown'})`);
    }
    await next();
  });
}
