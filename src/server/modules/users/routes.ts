import { createRoute, z } from '@hono/zod-openapi';
import { createRouter } from '../../http/router.ts';
import { getConnInfo } from '@hono/node-server/conninfo';
import { ROLES, TOKEN_SCOPES } from '../../../core/auth/permissions.ts';
import { requirePermission, requirePrincipal } from '../../http/auth-middleware.ts';
import type { AppEnv } from '../../http/env.ts';
import { errors } from '../../http/errors.ts';
import { authenticated, commonErrors, conflictError, jsonBody, jsonContent, notFoundError, tooManyError } from '../../http/openapi.ts';
import { LoginThrottle, createUser, findUserByEmail, findUserById, listUsers, publicUser, setPassword, updateUser } from './service.ts';
import { createToken, listTokens, publicToken, revokeToken } from './tokens.ts';

const UserSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    role: z.enum(ROLES),
    managerId: z.string().nullable(),
    startDate: z.string().nullable(),
    active: z.boolean(),
    createdAt: z.string(),
  })
  .openapi('User');

const LoginSchema = z.object({ email: z.email(), password: z.string().min(1).max(256) }).strict().openapi('Login');
const NewUserSchema = z
  .object({
    email: z.email(),
    name: z.string().trim().min(1).max(200),
    role: z.enum(ROLES),
    password: z.string().min(8).max(256),
    startDate: z.iso.date().nullish(),
    managerId: z.string().nullish(),
  })
  .strict()
  .openapi('NewUser');
const UserPatchSchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    role: z.enum(ROLES),
    active: z.boolean(),
    startDate: z.iso.date().nullable(),
    managerId: z.string().nullable(),
    password: z.string().min(8).max(256),
  })
  .partial()
  .strict()
  .openapi('UserPatch');

const TokenSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    prefix: z.string(),
    scopes: z.array(z.enum(TOKEN_SCOPES)),
    createdBy: z.string().nullable(),
    createdAt: z.string(),
    lastUsedAt: z.string().nullable(),
    expiresAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
  })
  .openapi('ApiToken');
const NewTokenSchema = z
  .object({
    name: z.string().trim().min(1).max(100),
    scopes: z.array(z.enum(TOKEN_SCOPES)).min(1),
    expiresAt: z.iso.datetime({ offset: true }).nullish(),
  })
  .strict()
  .openapi('NewApiToken');

const UserIdParam = z.object({ id: z.string().min(1).openapi({ param: { name: 'id', in: 'path' } }) });
const TokenIdParam = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });

/** Better Auth returns its cookies as headers; the browser must get them on our responses. */
function copySetCookies(from: Headers, to: Headers): void {
  for (const cookie of from.getSetCookie()) to.append('set-cookie', cookie);
}

function clientAddress(c: Parameters<typeof getConnInfo>[0]): string | undefined {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    return undefined; // app.request() in tests has no socket
  }
}

export function userRoutes() {
  const app = createRouter();
  const manageUsers = requirePermission('users:manage');
  const manageTokens = requirePermission('tokens:manage');

  app.openapi(
    createRoute({
      method: 'post', path: '/auth/login', tags: ['Auth'],
      summary: 'Sign in with email and password; sets the session cookie',
      request: { body: jsonBody(LoginSchema) },
      responses: { 200: jsonContent(z.object({ user: UserSchema }), 'Signed in'), ...commonErrors, ...tooManyError },
    }),
    async (c) => {
      const { database, auth, config } = c.var.services;
      const { email, password } = c.req.valid('json');
      const throttle = new LoginThrottle(database.db, config.login.maxFailures, config.login.windowSeconds);
      const keys = LoginThrottle.keys(email, clientAddress(c));
      await throttle.check(keys);
      const user = await findUserByEmail(database.db, email);
      let result: { headers: Headers } | undefined;
      if (user?.active) {
        try {
          result = await auth.api.signInEmail({ body: { email, password }, headers: c.req.raw.headers, returnHeaders: true });
        } catch (err) {
          if ((err as { statusCode?: number }).statusCode !== 401) throw err;
        }
      }
      if (!result || !user) {
        await throttle.recordFailure(keys);
        throw errors.unauthorized('Wrong email or password');
      }
      await throttle.clear(email);
      copySetCookies(result.headers, c.res.headers);
      return c.json({ user: publicUser(user) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post', path: '/auth/logout', tags: ['Auth'], security: authenticated,
      summary: 'Sign out; ends the session',
      responses: { 204: { description: 'Signed out' }, ...commonErrors },
    }),
    async (c) => {
      const { auth } = c.var.services;
      if (c.var.principal?.kind === 'user') {
        const result = await auth.api.signOut({ headers: c.req.raw.headers, returnHeaders: true });
        copySetCookies(result.headers, c.res.headers);
      }
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'get', path: '/auth/me', tags: ['Auth'], security: authenticated,
      summary: 'Who is calling',
      responses: {
        200: jsonContent(
          z.object({ kind: z.enum(['user', 'token']), user: UserSchema.nullable(), token: z.object({ name: z.string(), scopes: z.array(z.string()) }).nullable() }),
          'The caller',
        ),
        ...commonErrors,
      },
    }),
    async (c) => {
      const principal = requirePrincipal(c);
      if (principal.kind === 'token') return c.json({ kind: 'token' as const, user: null, token: { name: principal.name, scopes: principal.scopes } }, 200);
      const user = await findUserById(c.var.services.database.db, principal.id);
      return c.json({ kind: 'user' as const, user: user ? publicUser(user) : null, token: null }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get', path: '/users', tags: ['Users'], security: authenticated, middleware: [requirePermission('read')] as const,
      summary: 'List people (everyone signed in can see who is on the team)',
      responses: { 200: jsonContent(z.object({ data: z.array(UserSchema) }), 'All users'), ...commonErrors },
    }),
    async (c) => c.json({ data: (await listUsers(c.var.services.database.db)).map(publicUser) }, 200),
  );

  app.openapi(
    createRoute({
      method: 'post', path: '/users', tags: ['Users'], security: authenticated, middleware: [manageUsers] as const,
      summary: 'Create a person with a role (admins only)',
      request: { body: jsonBody(NewUserSchema) },
      responses: { 201: jsonContent(UserSchema, 'The created user'), ...commonErrors, ...conflictError },
    }),
    async (c) => {
      const { database, auth } = c.var.services;
      return c.json(publicUser(await createUser(database.db, auth, c.req.valid('json'))), 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'patch', path: '/users/{id}', tags: ['Users'], security: authenticated, middleware: [manageUsers] as const,
      summary: 'Change a role, deactivate, or reset a password (admins only)',
      request: { params: UserIdParam, body: jsonBody(UserPatchSchema) },
      responses: { 200: jsonContent(UserSchema, 'The updated user'), ...commonErrors, ...notFoundError },
    }),
    async (c) => {
      const { database, auth } = c.var.services;
      const { id } = c.req.valid('param');
      const { password, ...patch } = c.req.valid('json');
      const principal = requirePrincipal(c);
      if (principal.kind === 'user' && principal.id === id && (patch.active === false || (patch.role && patch.role !== 'admin'))) {
        throw errors.badRequest('self_lockout', 'You cannot deactivate yourself or remove your own admin role', { field: patch.active === false ? 'active' : 'role' });
      }
      const user = await updateUser(database.db, id, patch);
      if (password) await setPassword(auth, id, password);
      return c.json(publicUser(user), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get', path: '/tokens', tags: ['API tokens'], security: authenticated, middleware: [manageTokens] as const,
      summary: 'List API tokens (never the tokens themselves)',
      responses: { 200: jsonContent(z.object({ data: z.array(TokenSchema) }), 'Tokens'), ...commonErrors },
    }),
    async (c) => c.json({ data: (await listTokens(c.var.services.database.db)).map(publicToken) }, 200),
  );

  app.openapi(
    createRoute({
      method: 'post', path: '/tokens', tags: ['API tokens'], security: authenticated, middleware: [manageTokens] as const,
      summary: 'Create a scoped API token; the token is in this response only',
      request: { body: jsonBody(NewTokenSchema) },
      responses: { 201: jsonContent(TokenSchema.extend({ token: z.string() }), 'The token, shown once'), ...commonErrors },
    }),
    async (c) => {
      const input = c.req.valid('json');
      const principal = requirePrincipal(c);
      const { token, record } = await createToken(c.var.services.database.db, {
        name: input.name,
        scopes: input.scopes,
        createdBy: principal.kind === 'user' ? principal.id : principal.createdBy,
        expiresAt: input.expiresAt ? new Date(input.expiresAt) : null,
      });
      return c.json({ ...publicToken(record), token }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete', path: '/tokens/{id}', tags: ['API tokens'], security: authenticated, middleware: [manageTokens] as const,
      summary: 'Revoke an API token',
      request: { params: TokenIdParam },
      responses: { 200: jsonContent(TokenSchema, 'The revoked token'), ...commonErrors, ...notFoundError },
    }),
    async (c) => c.json(publicToken(await revokeToken(c.var.services.database.db, c.req.valid('param').id)), 200),
  );

  return app;
}
