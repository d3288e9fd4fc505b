import { and, asc, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { users } from '../users/schema.ts';
import { playbookFeedback, playbookVersions } from './schema.ts';
import { getPlaybookRow, getVersionRow } from './store.ts';

export interface FeedbackInput {
  rating: number;
  comment?: string | null;
}

/** Records a person's rating of a version; a second rating of the same version replaces the first. */
export async function giveFeedback(db: Db, id: string, version: number, userId: string, input: FeedbackInput) {
  await getVersionRow(db, id, version);
  const values = { rating: input.rating, comment: input.comment?.trim() || null, updatedAt: new Date() };
  const [row] = await db
    .insert(playbookFeedback)
    .values({ playbookId: id, version, userId, ...values })
    .onConflictDoUpdate({ target: [playbookFeedback.playbookId, playbookFeedback.version, playbookFeedback.userId], set: values })
    .returning();
  return row!;
}

export interface VersionFeedback {
  version: number;
  count: number;
  averageRating: number | null;
  entries: { userId: string; userName: string | null; rating: number; comment: string | null; at: string }[];
}

/** Feedback of every version (or one), newest version first, each with its average rating. */
export async function listFeedback(db: Db, id: string, version?: number): Promise<VersionFeedback[]> {
  await getPlaybookRow(db, id);
  if (version !== undefined) await getVersionRow(db, id, version);
  const versions = await db
    .select({ number: playbookVersions.number })
    .from(playbookVersions)
    .where(and(eq(playbookVersions.playbookId, id), version === undefined ? undefined : eq(playbookVersions.number, version)))
    .orderBy(desc(playbookVersions.number));
  const rows = await db
    .select({
      version: playbookFeedback.version,
      userId: playbookFeedback.userId,
      userName: users.name,
      rating: playbookFeedback.rating,
      comment: playbookFeedback.comment,
      at: playbookFeedback.updatedAt,
    })
    .from(playbookFeedback)
    .leftJoin(users, eq(users.id, playbookFeedback.userId))
    .where(and(eq(playbookFeedback.playbookId, id), version === undefined ? undefined : eq(playbookFeedback.version, version)))
    .orderBy(desc(playbookFeedback.updatedAt), asc(playbookFeedback.id));
  return versions.map(({ number }) => {
    const entries = rows.filter((row) => row.version === number);
    const total = entries.reduce((sum, entry) => sum + entry.rating, 0);
    return {
      version: number,
      count: entries.length,
      averageRating: entries.length ? Math.round((total / entries.length) * 100) / 100 : null,
      entries: entries.map(({ version: _version, at, ...entry }) => ({ ...entry, at: at.toISOString() })),
    };
  });
}
