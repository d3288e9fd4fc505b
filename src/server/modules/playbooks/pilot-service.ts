import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { errors } from '../../http/errors.ts';
import { users } from '../users/schema.ts';
import { playbookPilots, playbooks } from './schema.ts';
import { getPlaybookRow, getVersionRow } from './store.ts';
import { resolveVersion } from './version-resolution.ts';
import type { ResolvedVersion } from './version-resolution.ts';

export interface PilotInput {
  version: number;
  userIds: string[];
  startsOn: string;
  endsOn: string;
}

export type PilotRow = typeof playbookPilots.$inferSelect;

export function publicPilot(row: PilotRow) {
  return {
    version: row.version,
    userIds: row.userIds,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    updatedBy: row.updatedBy,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Sets (or replaces) who pilots which version of a playbook, and when. */
export async function setPilot(db: Db, id: string, input: PilotInput, actorId: string | null): Promise<PilotRow> {
  const playbook = await getPlaybookRow(db, id);
  if (playbook.status === 'retired') throw errors.conflict('retired', `Playbook ${id} is retired; it cannot be piloted`);
  const issues = [];
  if (input.endsOn < input.startsOn) issues.push({ path: 'endsOn', message: `must be on or after startsOn (${input.startsOn})` });
  if (input.version > (playbook.currentVersion ?? 0)) {
    issues.push({ path: 'version', message: `version ${input.version} does not exist (latest: ${playbook.currentVersion ?? 'none'})` });
  }
  const found = new Set(
    (await db.select({ id: users.id }).from(users).where(inArray(users.id, input.userIds))).map((row) => row.id),
  );
  input.userIds.forEach((userId, index) => {
    if (!found.has(userId)) issues.push({ path: `userIds.${index}`, message: `no user has id "${userId}"` });
  });
  if (issues.length > 0) throw errors.validation(issues);
  await getVersionRow(db, id, input.version);

  const values = { ...input, userIds: [...new Set(input.userIds)], updatedBy: actorId, updatedAt: new Date() };
  const [row] = await db
    .insert(playbookPilots)
    .values({ playbookId: id, ...values })
    .onConflictDoUpdate({ target: playbookPilots.playbookId, set: values })
    .returning();
  return row!;
}

export async function getPilot(db: Db, id: string): Promise<PilotRow> {
  await getPlaybookRow(db, id);
  const [row] = await db.select().from(playbookPilots).where(eq(playbookPilots.playbookId, id));
  if (!row) throw errors.notFound(`Pilot of playbook ${id}`);
  return row;
}

export async function removePilot(db: Db, id: string): Promise<void> {
  const playbook = await getPlaybookRow(db, id);
  if (playbook.status === 'pilot') {
    throw errors.conflict('in_pilot', `Playbook ${id} is in pilot; move it to active before removing its pilot`);
  }
  const deleted = await db.delete(playbookPilots).where(eq(playbookPilots.playbookId, id)).returning({ id: playbookPilots.playbookId });
  if (deleted.length === 0) throw errors.notFound(`Pilot of playbook ${id}`);
}

/**
 * The version of a playbook that applies to `userId` on `date` (YYYY-MM-DD): the pilot version
 * for a pilot user inside the window, else the active version, else null. The engine calls this
 * when it starts a play; one query.
 */
export async function versionFor(db: Db, playbookId: string, userId: string | null, date: string): Promise<ResolvedVersion> {
  const [row] = await db
    .select({ status: playbooks.status, activeVersion: playbooks.activeVersion, pilot: playbookPilots })
    .from(playbooks)
    .leftJoin(playbookPilots, eq(playbookPilots.playbookId, playbooks.id))
    .where(eq(playbooks.id, playbookId));
  if (!row) return null;
  return resolveVersion({ status: row.status, activeVersion: row.activeVersion, pilot: row.pilot }, userId, date);
}
