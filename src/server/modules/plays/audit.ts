import type { Db } from '../../db/client.ts';
import { notifications, stepEvents } from './schema.ts';

export type NewStepEvent = typeof stepEvents.$inferInsert;
export type NewNotification = typeof notifications.$inferInsert;

/** Appends to the audit trail: one row per transition, saying who, from, to and why. */
export async function recordStepEvents(db: Db, events: NewStepEvent[]): Promise<void> {
  if (events.length) await db.insert(stepEvents).values(events);
}

export async function notify(db: Db, rows: NewNotification[]): Promise<void> {
  const addressed = rows.filter((row) => row.userId);
  if (addressed.length) await db.insert(notifications).values(addressed);
}

/** Where the web app shows a play: on its account's page. */
export function playLink(accountId: string, playId: string): string {
  return `/accounts/${accountId}#play-${playId}`;
}
