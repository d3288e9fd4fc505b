import { count, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { timelineEvents } from './schema.ts';

export type TimelineEvent = typeof timelineEvents.$inferSelect;
export type NewTimelineEvent = typeof timelineEvents.$inferInsert;

export async function addTimelineEvents(db: Db, events: NewTimelineEvent[]): Promise<void> {
  if (events.length) await db.insert(timelineEvents).values(events);
}

export async function listTimeline(db: Db, accountId: string, page: number, pageSize: number) {
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(timelineEvents)
      .where(eq(timelineEvents.accountId, accountId))
      .orderBy(desc(timelineEvents.occurredAt), desc(timelineEvents.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: count() }).from(timelineEvents).where(eq(timelineEvents.accountId, accountId)),
  ]);
  return { rows, total: total!.n };
}

export function publicTimelineEvent(e: TimelineEvent) {
  return {
    id: e.id,
    accountId: e.accountId,
    type: e.type,
    occurredAt: e.occurredAt.toISOString(),
    actorId: e.actorId,
    summary: e.summary,
    data: e.data,
  };
}
