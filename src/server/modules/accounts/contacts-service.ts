import { and, asc, count, eq, ilike, or, sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { pgErrorCode } from '../../db/client.ts';
import { errors } from '../../http/errors.ts';
import { contacts } from './schema.ts';
import { addTimelineEvents } from './timeline.ts';
import type { NewTimelineEvent } from './timeline.ts';

export type Contact = typeof contacts.$inferSelect;
export type ContactInput = Omit<typeof contacts.$inferInsert, 'id' | 'createdAt' | 'updatedAt' | 'leftAt'>;

export interface ContactFilter {
  accountId?: string;
  role?: string;
  status?: 'active' | 'left';
  q?: string;
}

export function publicContact(c: Contact) {
  return { ...c, leftAt: c.leftAt?.toISOString() ?? null, createdAt: c.createdAt.toISOString(), updatedAt: c.updatedAt.toISOString() };
}

function mapWriteError(err: unknown): never {
  const code = pgErrorCode(err);
  if (code === '23505') {
    const constraint = String((err as { cause?: { constraint?: string } }).cause?.constraint ?? '');
    const field = constraint.includes('external') ? 'externalId' : 'email';
    throw errors.conflict('duplicate', `Another contact ${field === 'email' ? 'on this account ' : ''}already has this ${field}`, { field });
  }
  if (code === '23503') throw errors.validation([{ path: 'accountId', message: 'is not a known account' }]);
  throw err;
}

const ROLE_LABELS: Record<string, string> = { champion: 'champion', executive_sponsor: 'executive sponsor', decision_maker: 'decision maker', user: 'user' };

/** The timeline entries a contact change is worth: champions leaving and new sponsors are signals. */
function contactChangeEvents(before: Contact | undefined, after: Contact, actorId: string | null): NewTimelineEvent[] {
  const events: NewTimelineEvent[] = [];
  const base = { accountId: after.accountId, actorId, data: { contactId: after.id, name: after.name, roles: after.roles } };
  if (!before) events.push({ ...base, type: 'contact.added', summary: `${after.name} added as a contact` });
  if (before && before.status === 'active' && after.status === 'left') {
    const roles = after.roles.map((r) => ROLE_LABELS[r] ?? r).join(', ');
    events.push({ ...base, type: 'contact.left', summary: `${after.name}${roles ? ` (${roles})` : ''} left the company` });
  }
  for (const role of after.roles) {
    if (!before?.roles.includes(role) && role !== 'user') {
      events.push({ ...base, type: 'contact.role_added', summary: `${after.name} is now ${ROLE_LABELS[role] ?? role}`, data: { ...base.data, role } });
    }
  }
  return events;
}

export async function listContacts(db: Db, filter: ContactFilter, page: number, pageSize: number) {
  const conditions: (SQL | undefined)[] = [
    filter.accountId ? eq(contacts.accountId, filter.accountId) : undefined,
    filter.role ? sql`${filter.role} = any(${contacts.roles})` : undefined,
    filter.status ? eq(contacts.status, filter.status) : undefined,
    filter.q ? or(ilike(contacts.name, `%${filter.q}%`), ilike(contacts.email, `%${filter.q}%`)) : undefined,
  ];
  const where = and(...conditions.filter(Boolean));
  const [rows, [total]] = await Promise.all([
    db.select().from(contacts).where(where).orderBy(asc(contacts.name), asc(contacts.id)).limit(pageSize).offset((page - 1) * pageSize),
    db.select({ n: count() }).from(contacts).where(where),
  ]);
  return { rows, total: total!.n };
}

export async function getContact(db: Db, id: string): Promise<Contact> {
  const [row] = await db.select().from(contacts).where(eq(contacts.id, id));
  if (!row) throw errors.notFound(`Contact ${id}`);
  return row;
}

export async function createContact(db: Db, input: ContactInput, actorId: string | null): Promise<Contact> {
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(contacts)
        .values({ ...input, leftAt: input.status === 'left' ? new Date() : null })
        .returning();
      await addTimelineEvents(tx as unknown as Db, contactChangeEvents(undefined, row!, actorId));
      return row!;
    });
  } catch (err) {
    mapWriteError(err);
  }
}

export async function updateContact(db: Db, id: string, patch: Partial<ContactInput>, actorId: string | null): Promise<Contact> {
  try {
    return await db.transaction(async (tx) => {
      const [before] = await tx.select().from(contacts).where(eq(contacts.id, id)).for('update');
      if (!before) throw errors.notFound(`Contact ${id}`);
      const leftAt = patch.status === 'left' && before.status !== 'left' ? new Date() : patch.status === 'active' ? null : before.leftAt;
      const [row] = await tx.update(contacts).set({ ...patch, leftAt, updatedAt: new Date() }).where(eq(contacts.id, id)).returning();
      await addTimelineEvents(tx as unknown as Db, contactChangeEvents(before, row!, actorId));
      return row!;
    });
  } catch (err) {
    mapWriteError(err);
  }
}

export async function deleteContact(db: Db, id: string): Promise<void> {
  const deleted = await db.delete(contacts).where(eq(contacts.id, id)).returning({ id: contacts.id });
  if (!deleted.length) throw errors.notFound(`Contact ${id}`);
}
