import { utcToday } from '../../../core/metrics/days.ts';
import type { Db } from '../../db/client.ts';
import { errors } from '../../http/errors.ts';
import { getAccount } from '../accounts/service.ts';
import { versionFor } from '../playbooks/pilot-service.ts';
import { getPlaybookRow } from '../playbooks/store.ts';
import type { Actor } from './permissions.ts';
import { startPlay } from './start-play.ts';
import type { StartPlayResult } from './start-play.ts';

/**
 * A person starts a playbook on an account: any active playbook, at the version that applies to
 * them (a pilot member gets the pilot version). A deliberate start is never held out, and it
 * does not wait for the trigger's re-entry policy; only one open play per playbook and account.
 */
export async function startManualPlay(db: Db, input: { playbookId: string; accountId: string }, actor: Actor, options: { today?: string } = {}) {
  const today = options.today ?? utcToday();
  const playbook = await getPlaybookRow(db, input.playbookId);
  await getAccount(db, input.accountId);
  const resolved = await versionFor(db, input.playbookId, actor.id, today);
  if (!resolved) {
    throw errors.conflict('playbook_not_active', `Playbook ${input.playbookId} is ${playbook.status}: only an active playbook (or its pilot version, for the pilot group) can be started`, { status: playbook.status });
  }
  const result: StartPlayResult = await startPlay(db, {
    playbookId: input.playbookId,
    version: resolved.version,
    accountId: input.accountId,
    trigger: { kind: 'manual', detail: { startedBy: actor.id, version: resolved.reason } },
    startedBy: actor.id,
    today,
  });
  if (!result.started) {
    throw errors.conflict('play_already_open', `This account already has an open play of ${input.playbookId}`, { playId: result.playId });
  }
  return result;
}
