import { and, asc, eq, inArray } from 'drizzle-orm';
import { resolveOwner } from '../../../core/plays/index.ts';
import type { OwnerFacts, ResolvedOwner } from '../../../core/plays/index.ts';
import type { OwnerRole } from '../../../core/playbook/index.ts';
import type { Db } from '../../db/client.ts';
import { users } from '../users/schema.ts';
import type { PlaySettings } from './settings.ts';

export interface OwnedAccount {
  ownerId: string | null;
  traits: Record<string, unknown>;
}

export type User = typeof users.$inferSelect;

/** The active users behind an account's roles, found in two queries. */
export async function loadOwnerFacts(db: Db, account: OwnedAccount, settings: Pick<PlaySettings, 'roleOwners'>): Promise<OwnerFacts & { people: Map<string, User> }> {
  const executive = typeof account.traits.executive_owner_id === 'string' ? account.traits.executive_owner_id : null;
  const roleUserIds = Object.values(settings.roleOwners).filter((id): id is string => typeof id === 'string');
  const ids = [...new Set([account.ownerId, executive, ...roleUserIds].filter((id): id is string => !!id))];
  const people = new Map<string, User>();
  if (ids.length) for (const user of await db.select().from(users).where(inArray(users.id, ids))) people.set(user.id, user);
  const owner = account.ownerId ? people.get(account.ownerId) : undefined;
  if (owner?.managerId && !people.has(owner.managerId)) {
    const [manager] = await db.select().from(users).where(eq(users.id, owner.managerId));
    if (manager) people.set(manager.id, manager);
  }
  const [admin] = await db.select().from(users).where(and(eq(users.role, 'admin'), eq(users.active, true))).orderBy(asc(users.createdAt), asc(users.id)).limit(1);
  if (admin) people.set(admin.id, admin);
  const active = (id: string | null | undefined) => (id && people.get(id)?.active ? id : null);
  const roleUsers = Object.fromEntries(Object.entries(settings.roleOwners).filter(([, id]) => active(id))) as OwnerFacts['roleUsers'];
  return {
    accountOwnerId: active(account.ownerId),
    ownerManagerId: active(owner?.managerId),
    executiveOwnerId: active(executive),
    roleUsers,
    adminId: admin?.id ?? null,
    people,
  };
}

export type OwnerResolver = (role: OwnerRole) => ResolvedOwner;

export function ownerResolver(facts: OwnerFacts): OwnerResolver {
  return (role) => resolveOwner(role, facts);
}

/** An active user by id, or undefined: the check behind reassigning a step. */
export async function findActiveUser(db: Db, id: string): Promise<User | undefined> {
  const [user] = await db.select().from(users).where(and(eq(users.id, id), eq(users.active, true)));
  return user;
}

/** Each user's manager id, for the users given. */
export async function managersOf(db: Db, userIds: string[]): Promise<Map<string, string | null>> {
  const unique = [...new Set(userIds)];
  if (!unique.length) return new Map();
  const rows = await db.select({ id: users.id, managerId: users.managerId }).from(users).where(inArray(users.id, unique));
  return new Map(rows.map((row) => [row.id, row.managerId]));
}
