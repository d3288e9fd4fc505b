import type { PlaybookStatus } from './schema.ts';

export interface PilotSettings {
  version: number;
  userIds: readonly string[];
  /** ISO dates, both inclusive. */
  startsOn: string;
  endsOn: string;
}

export interface ResolvableState {
  status: PlaybookStatus;
  activeVersion: number | null;
  pilot: PilotSettings | null;
}

export type ResolvedVersion = { version: number; reason: 'pilot' | 'active' } | null;

/**
 * Which version of a playbook applies to a user on a date: the pilot version for the pilot's
 * users inside its window (while the playbook is in pilot or active), otherwise the active
 * version of an active playbook, otherwise none (drafts and retired playbooks start no plays).
 */
export function resolveVersion(state: ResolvableState, userId: string | null, date: string): ResolvedVersion {
  const { pilot } = state;
  const inPilot =
    (state.status === 'pilot' || state.status === 'active') &&
    pilot !== null &&
    userId !== null &&
    pilot.userIds.includes(userId) &&
    pilot.startsOn <= date &&
    date <= pilot.endsOn;
  if (inPilot) return { version: pilot.version, reason: 'pilot' };
  if (state.status === 'active' && state.activeVersion !== null) return { version: state.activeVersion, reason: 'active' };
  return null;
}

const NEXT_STATUS: Record<PlaybookStatus, readonly PlaybookStatus[]> = {
  draft: ['pilot', 'active'],
  pilot: ['active'],
  active: ['retired'],
  retired: [],
};

/** Statuses only move forward: draft → pilot → active → retired (a playbook may skip its pilot). */
export function nextStatuses(status: PlaybookStatus): readonly PlaybookStatus[] {
  return NEXT_STATUS[status];
}
