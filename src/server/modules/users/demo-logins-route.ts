import { createRoute, z } from '@hono/zod-openapi';
import { ROLES } from '../../../core/auth/permissions.ts';
import { DEMO_LOGIN_EMAILS, DEMO_PASSWORD } from '../../../core/demo/team.ts';
import { createRouter } from '../../http/router.ts';
import { jsonContent } from '../../http/openapi.ts';
import { findUserByEmail } from './service.ts';

const DemoLoginSchema = z
  .object({ email: z.string(), password: z.string(), role: z.enum(ROLES), name: z.string() })
  .openapi('DemoLogin');

/**
 * The demo logins for the sign-in page. Public on purpose, but only when the server runs with
 * --demo: the demo password is printed at start anyway, and outside demo mode this answers an
 * empty list so nothing about real accounts leaks.
 */
export function demoLoginRoutes() {
  const app = createRouter();
  app.openapi(
    createRoute({
      method: 'get', path: '/auth/demo-logins', tags: ['Auth'],
      summary: 'The demo logins (only when the server runs with --demo; otherwise an empty list)',
      responses: { 200: jsonContent(z.object({ data: z.array(DemoLoginSchema) }), 'Demo logins') },
    }),
    async (c) => {
      const { config, database } = c.var.services;
      if (!config.demo) return c.json({ data: [] }, 200);
      const found = await Promise.all(DEMO_LOGIN_EMAILS.map((email) => findUserByEmail(database.db, email)));
      const data = found
        .filter((user) => user !== undefined && user.active)
        .map((user) => ({ email: user!.email, password: DEMO_PASSWORD, role: user!.role, name: user!.name }));
      return c.json({ data }, 200);
    },
  );
  return app;
}
