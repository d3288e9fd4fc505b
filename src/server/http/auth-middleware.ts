import { createMiddleware } from 'hono/factory';
import { roleAllows, scopesAllow } from '../../core/auth/permissions.ts';
import type { Permission, Role, TokenScope } from '../../core/auth/permissions.ts';
import { looksLikeToken, verifyToken } from '../modules/users/tokens.ts';
import type { AppEnv, Principal } from './env.ts';
import { errors } from './errors.ts';

/** Resolves who is calling (API token or session cookie) without deciding what they may do. */
export const authenticate = createMiddleware<AppEnv>(async (c, next) => {
  const { database, auth } = c.var.services;
  const authorization = c.req.header('authorization');
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (!match || !looksLikeToken(match[1]!)) throw errors.unauthorized('Malformed Authorization header: expected "Bearer pm_…"');
    const token = await verifyToken(database.db, match[1]!);
    if (!token) throw errors.unauthorized('Invalid, expired or revoked API token');
    c.set('principal', { kind: 'token', id: token.id, name: token.name, scopes: token.scopes as TokenScope[], createdBy: token.createdBy });
  } else if (c.req.header('cookie')?.includes('playmaker.session_token')) {
    const found = await auth.api.getSession({ headers: c.req.raw.headers });
    const user = found?.user as (typeof found extends null ? never : { id: string; email: string; name: string; role: Role; active: boolean }) | undefined;
    if (found && user && user.active !== false) {
      c.set('principal', { kind: 'user', id: user.id, email: user.email, name: user.name, role: user.role, sessionId: found.session.id });
    }
  }
  await next();
});

export function principalAllows(principal: Principal, permission: Permission): boolean {
  return principal.kind === 'user' ? roleAllows(principal.role, permission) : scopesAllow(principal.scopes, permission);
}

export function requirePermission(permission: Permission) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const principal = c.var.principal;
    if (!principal) throw errors.unauthorized();
    if (!principalAllows(principal, permission)) {
      const who = principal.kind === 'user' ? `role ${principal.role}` : `token scopes [${principal.scopes.join(', ')}]`;
      throw errors.forbidden(`This needs the "${permission}" permission, which ${who} does not have`);
    }
    await next();
  });
}

export function requirePrincipal(c: { var: { principal?: Principal } }): Principal {
  if (!c.var.principal) throw errors.unauthorized();
  return c.var.principal;
}
