import { and, count, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { errors } from '../../http/errors.ts';
import { addTimelineEvents } from '../accounts/timeline.ts';
import { CLOSED_STATUSES } from './inputs.ts';
import type { TicketPatch } from './inputs.ts';
import { tickets } from './schema.ts';
import { ticketEntries } from './ticket-timeline.ts';
import type { Ticket } from './ticket-timeline.ts';

export type { Ticket };
/** A ticket as sent: fields left undefined keep their stored value (or the default, for a new ticket). */
export type TicketWrite = Omit<typeof tickets.$inferInsert, 'id' | 'updatedAt' | 'openedAt'> & { openedAt?: Date };

const defined = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

export function publicTicket(t: Ticket) {
  return { ...t, openedAt: t.openedAt.toISOString(), closedAt: t.closedAt?.toISOString() ?? null, updatedAt: t.updatedAt.toISOString() };
}

/** Status and closedAt agree: a closed ticket has a closing time, an open one has none. */
function settleClosing<T extends { status?: Ticket['status'] | null; closedAt?: Date | null }>(t: T, before?: Ticket): T {
  const status = t.status ?? (t.closedAt ? 'closed' : (before?.status ?? 'open'));
  const closing = CLOSED_STATUSES.includes(status);
  const closedAt = !closing ? null : (t.closedAt ?? (before && CLOSED_STATUSES.includes(before.status) ? before.closedAt : null) ?? new Date());
  return { ...t, status, closedAt };
}

/**
 * Creates tickets, or updates those whose externalId is already known (a helpdesk sync sends the
 * same ticket again as it changes). An externalId that belongs to another account's ticket is
 * refused. Returns the tickets in input order with whether each was created.
 */
export async function saveTickets(db: Db, writes: TicketWrite[], actorId: string | null): Promise<{ ticket: Ticket; created: boolean }[]> {
  const externalIds = writes.flatMap((w) => (w.externalId ? [w.externalId] : []));
  const existing = new Map(
    (externalIds.length ? await db.select().from(tickets).where(inArray(tickets.externalId, externalIds)).for('update') : []).map((t) => [t.externalId!, t]),
  );
  const foreign = writes.findIndex((w) => w.externalId && existing.has(w.externalId) && existing.get(w.externalId)!.accountId !== w.accountId);
  if (foreign >= 0) {
    throw errors.conflict('duplicate', `externalId ${writes[foreign]!.externalId} belongs to a ticket of another account`, { field: 'externalId', index: foreign });
  }
  const fresh = writes.filter((w) => !w.externalId || !existing.has(w.externalId)).map((w) => settleClosing({ ...defined(w), openedAt: w.openedAt ?? new Date() }));
  const inserted = fresh.length ? await db.insert(tickets).values(fresh).returning() : [];
  const updated: Ticket[] = [];
  for (const w of writes.filter((w) => w.externalId && existing.has(w.externalId))) {
    const before = existing.get(w.externalId!)!;
    const [row] = await db.update(tickets).set({ ...settleClosing(defined(w), before), updatedAt: new Date() }).where(eq(tickets.id, before.id)).returning();
    updated.push(row!);
  }
  await addTimelineEvents(db, [
    ...inserted.flatMap((t) => ticketEntries(undefined, t, actorId)),
    ...updated.flatMap((t) => ticketEntries(existing.get(t.externalId!), t, actorId)),
  ]);
  const byExternal = new Map(updated.map((t) => [t.externalId!, t]));
  let next = 0;
  return writes.map((w) => (w.externalId && byExternal.has(w.externalId) ? { ticket: byExternal.get(w.externalId)!, created: false } : { ticket: inserted[next++]!, created: true }));
}

/** Changes a ticket: priority, status (closing sets closedAt, reopening clears it), CSAT, subject. */
export async function updateTicket(db: Db, id: string, patch: TicketPatch, actorId: string | null): Promise<Ticket> {
  return db.transaction(async (txn) => {
    const tx = txn as unknown as Db;
    const [before] = await tx.select().from(tickets).where(eq(tickets.id, id)).for('update');
    if (!before) throw errors.notFound(`Ticket ${id}`);
    const closedAt = patch.closedAt === undefined ? undefined : patch.closedAt === null ? null : new Date(patch.closedAt);
    if (closedAt && closedAt < before.openedAt) throw errors.validation([{ path: 'closedAt', message: 'is before the ticket was opened' }]);
    const next = settleClosing({ ...patch, closedAt }, before);
    const [row] = await tx.update(tickets).set({ ...next, updatedAt: new Date() }).where(eq(tickets.id, id)).returning();
    await addTimelineEvents(tx, ticketEntries(before, row!, actorId));
    return row!;
  });
}

export async function getTicket(db: Db, id: string): Promise<Ticket> {
  const [row] = await db.select().from(tickets).where(eq(tickets.id, id));
  if (!row) throw errors.notFound(`Ticket ${id}`);
  return row;
}

export async function listTickets(db: Db, accountId: string, filter: { status?: Ticket['status'] }, page: number, pageSize: number) {
  const where = and(eq(tickets.accountId, accountId), filter.status ? eq(tickets.status, filter.status) : undefined);
  const [rows, [total]] = await Promise.all([
    db.select().from(tickets).where(where).orderBy(desc(tickets.openedAt), desc(tickets.id)).limit(pageSize).offset((page - 1) * pageSize),
    db.select({ n: count() }).from(tickets).where(where),
  ]);
  return { rows, total: total!.n };
}
