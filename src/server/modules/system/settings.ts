import { randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { settings } from './schema.ts';

export async function getSetting<T>(db: Db, key: string): Promise<T | undefined> {
  const [row] = await db.select().from(settings).where(eq(settings.key, key));
  return row?.value as T | undefined;
}

/** Stores value unless the key exists, and returns whichever value won; safe when processes race. */
export async function getOrInitSetting<T>(db: Db, key: string, init: () => T): Promise<T> {
  await db.insert(settings).values({ key, value: init() }).onConflictDoNothing();
  return (await getSetting<T>(db, key))!;
}

export async function setSetting(db: Db, key: string, value: unknown): Promise<void> {
  await db
    .insert(settings)
    .values({ key, value })
    .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: sql`now()` } });
}

/** The secret Better Auth signs cookies with: from PLAYMAKER_SECRET, or generated once and shared by every process. */
export async function authSecret(db: Db, configured: string | undefined): Promise<string> {
  if (configured) return configured;
  return getOrInitSetting(db, 'auth.secret', () => randomBytes(32).toString('base64url'));
}
