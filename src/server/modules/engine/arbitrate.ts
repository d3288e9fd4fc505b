import { isHeldOut, reentryAllows } from '../../../core/plays/index.ts';
import type { Candidate } from './candidate.ts';

/** A play already on the account (any state), as arbitration needs it. */
export interface PastPlay {
  playbookId: string;
  startedOn: string;
  open: boolean;
  control: boolean;
  exclusiveGroup: string | null;
}

export type Decision =
  | { candidate: Candidate; outcome: 'start'; control: boolean }
  | { candidate: Candidate; outcome: 'skip'; reason: string };

const byPriority = (a: Candidate, b: Candidate) => b.priority - a.priority || (a.playbookId < b.playbookId ? -1 : a.playbookId > b.playbookId ? 1 : 0);
const byTime = (a: Candidate, b: Candidate) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.key < b.key ? -1 : 1);

/**
 * Decides, for one account, which candidates start a play. In order:
 *  - one play per playbook per sweep: the earliest occurrence wins;
 *  - a playbook with an open play on the account does not start again;
 *  - the re-entry policy, against every earlier play of the playbook on the account;
 *  - exclusive groups: none while a treated play of the group is open; among this sweep's
 *    candidates of a group, the highest priority wins (ties: playbook id);
 *  - holdout: the winner may be a control play. Control plays do not occupy their exclusive
 *    group: a held-out account must get what it would have got without the playbook.
 * Pure: the caller loads the account's plays and starts what is decided.
 */
export function arbitrate(candidates: readonly Candidate[], past: readonly PastPlay[], today: string): Decision[] {
  const decisions: Decision[] = [];
  const firstPerPlaybook = new Map<string, Candidate>();
  for (const c of [...candidates].sort(byTime)) {
    const winner = firstPerPlaybook.get(c.playbookId);
    if (winner) decisions.push({ candidate: c, outcome: 'skip', reason: `an earlier ${winner.kind} occurrence (${winner.key}) was chosen in the same sweep` });
    else firstPerPlaybook.set(c.playbookId, c);
  }

  const occupied = new Map(past.filter((p) => p.open && !p.control && p.exclusiveGroup).map((p) => [p.exclusiveGroup!, p.playbookId]));
  for (const c of [...firstPerPlaybook.values()].sort(byPriority)) {
    const own = past.filter((p) => p.playbookId === c.playbookId);
    if (own.some((p) => p.open)) {
      decisions.push({ candidate: c, outcome: 'skip', reason: 'a play of this playbook is already open on the account' });
      continue;
    }
    const reentry = reentryAllows(c.reentry, own.map((p) => p.startedOn), today);
    if (!reentry.allowed) {
      decisions.push({ candidate: c, outcome: 'skip', reason: `re-entry: ${reentry.reason}` });
      continue;
    }
    const holder = c.exclusiveGroup ? occupied.get(c.exclusiveGroup) : undefined;
    if (holder) {
      const why = past.some((p) => p.open && p.playbookId === holder) ? 'is open' : 'won on priority in this sweep';
      decisions.push({ candidate: c, outcome: 'skip', reason: `exclusive group "${c.exclusiveGroup}": ${holder} ${why}` });
      continue;
    }
    const control = isHeldOut(c.accountId, c.playbookId, c.holdout);
    if (c.exclusiveGroup && !control) occupied.set(c.exclusiveGroup, c.playbookId);
    decisions.push({ candidate: c, outcome: 'start', control });
  }
  return decisions;
}
