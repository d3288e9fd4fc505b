import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import type { Role } from '../../../core/auth/permissions.ts';
import type { Db } from '../../db/client.ts';
import { pgErrorCode } from '../../db/client.ts';
import { errors } from '../../http/errors.ts';
import type { Auth } from './auth.ts';
import { loginFailures, users } from './schema.ts';

export type User = typeof users.$inferSelect;

export interface NewUser {
  email: string;
  name: string;
  role: Role;
  password: string;
  startDate?: string | null;
  managerId?: string | null;
}

export function publicUser(u: User) {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    managerId: u.managerId,
    startDate: u.startDate,
    active: u.active,
    createdAt: u.createdAt.toISOString(),
  };
}

/** Creates a person with a password hashed by Better Auth; a taken email is a 409. */
export async function createUser(db: Db, auth: Auth, input: NewUser): Promise<User> {
  const ctx = await auth.$context;
  const email = input.email.trim().toLowerCase();
  if (input.password.length < 8) throw errors.validation([{ path: 'password', message: 'must be at least 8 characters' }]);
  const existing = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (existing.length) throw errors.conflict('email_taken', `A user with email ${email} already exists`, { field: 'email' });
  const hash = await ctx.password.hash(input.password);
  try {
    const created = await ctx.internalAdapter.createUser({
      email,
      name: input.name,
      emailVerified: true,
      role: input.role,
      active: true,
      startDate: input.startDate ?? null,
      managerId: input.managerId ?? null,
    }, { method: 'admin' });
    await ctx.internalAdapter.linkAccount({ userId: created.id, providerId: 'credential', accountId: created.id, password: hash });
    const [row] = await db.select().from(users).where(eq(users.id, created.id));
    return row!;
  } catch (err) {
    if (pgErrorCode(err) === '23505') throw errors.conflict('email_taken', `A user with email ${email} already exists`, { field: 'email' });
    throw err;
  }
}

export async function setPassword(auth: Auth, userId: string, password: string): Promise<void> {
  const ctx = await auth.$context;
  await ctx.internalAdapter.updatePassword(userId, await ctx.password.hash(password));
}

export async function listUsers(db: Db): Promise<User[]> {
  return db.select().from(users).orderBy(asc(users.name));
}

export async function findUserById(db: Db, id: string): Promise<User | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

export async function findUserByEmail(db: Db, email: string): Promise<User | undefined> {
  const [row] = await db.select().from(users).where(eq(users.email, email.trim().toLowerCase()));
  return row;
}

export async function updateUser(
  db: Db,
  id: string,
  patch: Partial<Pick<User, 'name' | 'role' | 'active' | 'startDate' | 'managerId'>>,
): Promise<User> {
  const [row] = await db.update(users).set({ ...patch, updatedAt: new Date() }).where(eq(users.id, id)).returning();
  if (!row) throw errors.notFound(`User ${id}`);
  return row;
}

export async function countUsers(db: Db, role?: Role): Promise<number> {
  const [row] = await db.select({ n: count() }).from(users).where(role ? and(eq(users.role, role), eq(users.active, true)) : undefined);
  return row!.n;
}

/**
 * Failed sign-ins are counted per email and per client address in a fixed window, in the
 * database, so every API process sees the same count.
 */
export class LoginThrottle {
  private readonly db: Db;
  private readonly maxFailures: number;
  private readonly windowSeconds: number;

  constructor(db: Db, maxFailures: number, windowSeconds: number) {
    this.db = db;
    this.maxFailures = maxFailures;
    this.windowSeconds = windowSeconds;
  }

  static keys(email: string, address: string | undefined): string[] {
    return [`email:${email.trim().toLowerCase()}`, ...(address ? [`ip:${address}`] : [])];
  }

  /** Throws 429 when any key is over the limit. */
  async check(keys: string[]): Promise<void> {
    const rows = await this.db
      .select({
        failures: loginFailures.failures,
        retryAfter: sql<number>`ceil(extract(epoch from (${loginFailures.windowStart} + make_interval(secs => ${this.windowSeconds}) - now())))::int`,
      })
      .from(loginFailures)
      .where(and(inArray(loginFailures.key, keys), sql`${loginFailures.windowStart} > now() - make_interval(secs => ${this.windowSeconds})`));
    const blocked = rows.find((r) => r.failures >= this.maxFailures);
    if (blocked) {
      throw errors.tooManyRequests('Too many failed sign-in attempts; try again later', Math.max(1, blocked.retryAfter));
    }
  }

  async recordFailure(keys: string[]): Promise<void> {
    const expired = sql`${loginFailures.windowStart} <= now() - make_interval(secs => ${this.windowSeconds})`;
    for (const key of keys) {
      await this.db
        .insert(loginFailures)
        .values({ key, failures: 1 })
        .onConflictDoUpdate({
          target: loginFailures.key,
          set: {
            failures: sql`case when ${expired} then 1 else ${loginFailures.failures} + 1 end`,
            windowStart: sql`case when ${expired} then now() else ${loginFailures.windowStart} end`,
          },
        });
    }
  }

  async clear(email: string): Promise<void> {
    await this.db.delete(loginFailures).where(eq(loginFailures.key, LoginThrottle.keys(email, undefined)[0]!));
  }
}
