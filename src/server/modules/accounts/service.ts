import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { pgErrorCode } from '../../db/client.ts';
import { errors } from '../../http/errors.ts';
import { accounts } from './schema.ts';
import { addTimelineEvents } from './timeline.ts';

export type Account = typeof accounts.$inferSelect;
export type AccountInput = Omit<typeof accounts.$inferInsert, 'id' | 'createdAt' | 'updatedAt'>;

export function publicAccount(a: Account) {
  return { ...a, createdAt: a.createdAt.toISOString(), updatedAt: a.updatedAt.toISOString() };
}

export async function getAccount(db: Db, id: string): Promise<Account> {
  const [row] = await db.select().from(accounts).where(eq(accounts.id, id));
  if (!row) throw errors.notFound(`Account ${id}`);
  return row;
}

/** Maps constraint violations to errors that name the field at fault. */
function mapWriteError(err: unknown): never {
  const code = pgErrorCode(err);
  const constraint = String((err as { cause?: { constraint?: string }; constraint?: string }).cause?.constraint ?? (err as { constraint?: string }).constraint ?? '');
  if (code === '23505') {
    const field = constraint.includes('crm_id') ? 'crmId' : constraint.includes('product_id') ? 'productId' : 'id';
    throw errors.conflict('duplicate', `Another account already has this ${field}`, { field });
  }
  if (code === '23503') throw errors.validation([{ path: 'ownerId', message: 'is not a known user' }]);
  throw err;
}

export async function createAccount(db: Db, input: AccountInput, actorId: string | null): Promise<Account> {
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx.insert(accounts).values(input).returning();
      await addTimelineEvents(tx as unknown as Db, [
        { accountId: row!.id, type: 'account.created', actorId, summary: `Account ${row!.name} created`, data: {} },
      ]);
      return row!;
    });
  } catch (err) {
    mapWriteError(err);
  }
}

export async function updateAccount(db: Db, id: string, patch: Partial<AccountInput>, actorId: string | null): Promise<Account> {
  try {
    return await db.transaction(async (tx) => {
      const [before] = await tx.select().from(accounts).where(eq(accounts.id, id)).for('update');
      if (!before) throw errors.notFound(`Account ${id}`);
      const [row] = await tx.update(accounts).set({ ...patch, updatedAt: new Date() }).where(eq(accounts.id, id)).returning();
      const changed = Object.keys(patch).filter(
        (k) => JSON.stringify(before[k as keyof Account]) !== JSON.stringify(row![k as keyof Account]),
      );
      if (changed.length) {
        const from = Object.fromEntries(changed.map((k) => [k, before[k as keyof Account]]));
        const to = Object.fromEntries(changed.map((k) => [k, row![k as keyof Account]]));
        await addTimelineEvents(tx as unknown as Db, [
          { accountId: id, type: 'account.updated', actorId, summary: `Changed ${changed.join(', ')}`, data: { from, to } },
        ]);
      }
      return row!;
    });
  } catch (err) {
    mapWriteError(err);
  }
}

export async function deleteAccount(db: Db, id: string): Promise<void> {
  const deleted = await db.delete(accounts).where(eq(accounts.id, id)).returning({ id: accounts.id });
  if (!deleted.length) throw errors.notFound(`Account ${id}`);
}
