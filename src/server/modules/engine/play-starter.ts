import type { Db } from '../../db/client.ts';
import { startPlay } from '../plays/start-play.ts';

export interface StartPlayInput {
  playbookId: string;
  version: number;
  accountId: string;
  trigger: { kind: string; detail: Record<string, unknown>; key?: string };
  control?: boolean;
  today?: string;
}

/**
 * How a sweep starts a play: the plays module's startPlay, which never duplicates (unique
 * indexes) and says why when it did not start. Tests may hand in another.
 */
export type StartPlay = (db: Db, input: StartPlayInput) => Promise<{ started: boolean; reason?: string; webhookStepIds?: string[] }>;

export const defaultStartPlay: StartPlay = startPlay;
