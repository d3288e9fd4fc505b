import { count, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { addTimelineEvents } from '../accounts/timeline.ts';
import { findUserById } from '../users/service.ts';
import { notes } from './schema.ts';

export type Note = typeof notes.$inferSelect;

export interface NoteWrite {
  accountId: string;
  authorId: string | null;
  /** For the timeline summary: the author's name, or the token's. */
  authorName: string | null;
  body: string;
  createdAt?: Date;
}

function excerpt(body: string): string {
  const line = body.replace(/\s+/g, ' ').trim();
  return line.length > 120 ? `${line.slice(0, 117)}…` : line;
}

export async function addNotes(db: Db, writes: NoteWrite[]): Promise<Note[]> {
  if (!writes.length) return [];
  const rows = await db
    .insert(notes)
    .values(writes.map((w) => ({ accountId: w.accountId, authorId: w.authorId, body: w.body, ...(w.createdAt ? { createdAt: w.createdAt } : {}) })))
    .returning();
  await addTimelineEvents(
    db,
    rows.map((note, i) => ({
      accountId: note.accountId,
      type: 'note.added',
      occurredAt: note.createdAt,
      actorId: note.authorId,
      summary: `Note${writes[i]!.authorName ? ` by ${writes[i]!.authorName}` : ''}: ${excerpt(note.body)}`,
      data: { noteId: note.id },
    })),
  );
  return rows;
}

export async function listNotes(db: Db, accountId: string, page: number, pageSize: number) {
  const [rows, [total]] = await Promise.all([
    db.select().from(notes).where(eq(notes.accountId, accountId)).orderBy(desc(notes.createdAt), desc(notes.id)).limit(pageSize).offset((page - 1) * pageSize),
    db.select({ n: count() }).from(notes).where(eq(notes.accountId, accountId)),
  ]);
  const authors = new Map<string, string>();
  for (const id of new Set(rows.flatMap((r) => (r.authorId ? [r.authorId] : [])))) {
    const user = await findUserById(db, id);
    if (user) authors.set(id, user.name);
  }
  return { rows: rows.map((r) => ({ ...r, authorName: r.authorId ? (authors.get(r.authorId) ?? null) : null })), total: total!.n };
}

export function publicNote(n: Note & { authorName?: string | null }) {
  return { id: n.id, accountId: n.accountId, authorId: n.authorId, authorName: n.authorName ?? null, body: n.body, createdAt: n.createdAt.toISOString() };
}
