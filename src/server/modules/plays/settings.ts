import type { OwnerRole } from '../../../core/playbook/index.ts';
import type { Db } from '../../db/client.ts';
import { getSetting } from '../system/settings.ts';

/** Instance settings the plays engine reads (table settings; admins change them). */
export const PLAY_SETTINGS = {
  /** Send email steps of tech-touch accounts automatically through the outbox. Off by default. */
  autoSend: 'engine.autoSend',
  /** Days a step must be overdue before its owner's manager hears about it. */
  overdueNotifyDays: 'engine.overdueNotifyDays',
  /** { support: userId, sales: userId, solutions: userId, ops: userId }: who owns steps of those roles. */
  roleOwners: 'engine.roleOwners',
  /** How long a webhook action may take, in milliseconds. */
  webhookTimeoutMs: 'engine.webhookTimeoutMs',
} as const;

export interface PlaySettings {
  autoSend: boolean;
  overdueNotifyDays: number;
  roleOwners: Partial<Record<OwnerRole, string>>;
  webhookTimeoutMs: number;
}

export const DEFAULT_PLAY_SETTINGS: PlaySettings = { autoSend: false, overdueNotifyDays: 3, roleOwners: {}, webhookTimeoutMs: 5000 };

export async function readPlaySettings(db: Db): Promise<PlaySettings> {
  // One after the other: inside a transaction they share one connection.
  const autoSend = await getSetting<unknown>(db, PLAY_SETTINGS.autoSend);
  const overdueNotifyDays = await getSetting<unknown>(db, PLAY_SETTINGS.overdueNotifyDays);
  const roleOwners = await getSetting<unknown>(db, PLAY_SETTINGS.roleOwners);
  const webhookTimeoutMs = await getSetting<unknown>(db, PLAY_SETTINGS.webhookTimeoutMs);
  const positive = (value: unknown, fallback: number) => (typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback);
  return {
    autoSend: autoSend === true,
    overdueNotifyDays: positive(overdueNotifyDays, DEFAULT_PLAY_SETTINGS.overdueNotifyDays),
    roleOwners: roleOwners && typeof roleOwners === 'object' ? (roleOwners as PlaySettings['roleOwners']) : {},
    webhookTimeoutMs: positive(webhookTimeoutMs, DEFAULT_PLAY_SETTINGS.webhookTimeoutMs),
  };
}
