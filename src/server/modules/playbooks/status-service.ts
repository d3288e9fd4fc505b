import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { errors } from '../../http/errors.ts';
import { playbookPilots, playbooks } from './schema.ts';
import type { PlaybookStatus } from './schema.ts';
import { getPlaybookRow } from './store.ts';
import { nextStatuses } from './version-resolution.ts';

export interface StatusInput {
  status: PlaybookStatus;
  /** For active: the version put in use (default: the piloted version coming from pilot, else the latest). */
  version?: number;
}

/**
 * Moves a playbook along draft → pilot → active → retired. On an active playbook,
 * `{ status: "active", version }` puts another published version in use (a rollout after a pilot).
 */
export async function changeStatus(db: Db, id: string, input: StatusInput) {
  const playbook = await getPlaybookRow(db, id);
  const rollout = playbook.status === 'active' && input.status === 'active' && input.version !== undefined;
  if (!rollout && !nextStatuses(playbook.status).includes(input.status)) {
    const allowed = nextStatuses(playbook.status);
    throw errors.conflict(
      'illegal_transition',
      `Playbook ${id} is ${playbook.status}; it can move to ${allowed.length ? allowed.join(' or ') : 'no other status'}, not to ${input.status} (statuses go draft → pilot → active → retired)`,
      { from: playbook.status, to: input.status, allowed },
    );
  }
  if (input.status !== 'retired' && playbook.currentVersion === null) {
    throw errors.conflict('not_published', `Playbook ${id} has no published version yet; publish one before moving it to ${input.status}`);
  }
  if (input.version !== undefined && (input.status !== 'active' || input.version > (playbook.currentVersion ?? 0))) {
    throw errors.validation([{ path: 'version', message: input.status !== 'active' ? 'only allowed with status active' : `version ${input.version} does not exist (latest: ${playbook.currentVersion})` }]);
  }
  const [pilot] = await db.select().from(playbookPilots).where(eq(playbookPilots.playbookId, id));
  if (input.status === 'pilot' && !pilot) {
    throw errors.conflict('pilot_not_set', `Set the pilot group and window first (PUT /api/playbooks/${id}/pilot), then move ${id} to pilot`);
  }
  const activeVersion =
    input.status === 'active' ? (input.version ?? (playbook.status === 'pilot' && pilot ? pilot.version : playbook.currentVersion)) : playbook.activeVersion;

  // Conditional on the lock counter: two transitions at once cannot both apply.
  const [updated] = await db
    .update(playbooks)
    .set({ status: input.status, activeVersion, lockVersion: sql`${playbooks.lockVersion} + 1`, updatedAt: new Date() })
    .where(and(eq(playbooks.id, id), eq(playbooks.lockVersion, playbook.lockVersion)))
    .returning();
  if (!updated) throw errors.conflict('concurrent_change', `Playbook ${id} changed while its status was being set; reload it and try again`);
  return updated;
}
