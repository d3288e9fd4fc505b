import { and, count, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { errors } from '../../http/errors.ts';
import { notifications } from './schema.ts';

export async function listNotifications(db: Db, userId: string, options: { unreadOnly: boolean; limit: number }) {
  const mine = eq(notifications.userId, userId);
  const [rows, [unread]] = await Promise.all([
    db.select().from(notifications).where(options.unreadOnly ? and(mine, isNull(notifications.readAt)) : mine).orderBy(desc(notifications.createdAt), desc(notifications.id)).limit(options.limit),
    db.select({ n: count() }).from(notifications).where(and(mine, isNull(notifications.readAt))),
  ]);
  return {
    unread: unread!.n,
    data: rows.map((row) => ({ id: row.id, kind: row.kind, title: row.title, link: row.link, createdAt: row.createdAt.toISOString(), readAt: row.readAt?.toISOString() ?? null })),
  };
}

/** Marks one of the caller's notifications read; someone else's reads as not found. */
export async function markNotificationRead(db: Db, userId: string, id: string): Promise<void> {
  const [row] = await db.update(notifications).set({ readAt: sql`coalesce(${notifications.readAt}, now())` }).where(and(eq(notifications.id, id), eq(notifications.userId, userId))).returning({ id: notifications.id });
  if (!row) throw errors.notFound(`Notification ${id}`);
}

export async function markAllNotificationsRead(db: Db, userId: string): Promise<number> {
  const rows = await db.update(notifications).set({ readAt: new Date() }).where(and(eq(notifications.userId, userId), isNull(notifications.readAt))).returning({ id: notifications.id });
  return rows.length;
}
