import { createRoute, z } from '@hono/zod-openapi';
import { requirePermission, requirePrincipal } from '../../http/auth-middleware.ts';
import { errors } from '../../http/errors.ts';
import { IdParam, authenticated, commonErrors, jsonContent, notFoundError } from '../../http/openapi.ts';
import type { createRouter } from '../../http/router.ts';
import { NotificationListSchema, NotificationsQuery } from './api-schemas.ts';
import { listNotifications, markAllNotificationsRead, markNotificationRead } from './notifications.ts';

type Router = ReturnType<typeof createRouter>;
const tags = ['Notifications'];
const read = requirePermission('read');

function userOf(c: Parameters<typeof requirePrincipal>[0]): string {
  const principal = requirePrincipal(c);
  if (principal.kind !== 'user') throw errors.forbidden('Notifications belong to people: sign in to read yours (API tokens have none)');
  return principal.id;
}

export function registerNotificationRoutes(app: Router) {
  app.openapi(
    createRoute({
      method: 'get', path: '/notifications', tags, security: authenticated, middleware: [read] as const,
      summary: 'My notifications, newest first, with the number unread',
      request: { query: NotificationsQuery },
      responses: { 200: jsonContent(NotificationListSchema, 'The notifications'), ...commonErrors },
    }),
    async (c) => {
      const q = c.req.valid('query');
      return c.json(await listNotifications(c.var.services.database.db, userOf(c), { unreadOnly: q.unread ?? false, limit: q.limit }), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post', path: '/notifications/read-all', tags, security: authenticated, middleware: [read] as const,
      summary: 'Mark all my notifications read',
      responses: { 200: jsonContent(z.object({ marked: z.number() }), 'How many were unread'), ...commonErrors },
    }),
    async (c) => c.json({ marked: await markAllNotificationsRead(c.var.services.database.db, userOf(c)) }, 200),
  );

  app.openapi(
    createRoute({
      method: 'post', path: '/notifications/{id}/read', tags, security: authenticated, middleware: [read] as const,
      summary: 'Mark one of my notifications read',
      request: { params: IdParam },
      responses: { 204: { description: 'Marked read' }, ...commonErrors, ...notFoundError },
    }),
    async (c) => {
      await markNotificationRead(c.var.services.database.db, userOf(c), c.req.valid('param').id);
      return c.body(null, 204);
    },
  );
}
