import { createHash } from 'node:crypto';
import type { IngestMessage } from '../../../core/ingest/message.ts';
import { messageFingerprint } from '../../../core/ingest/message-id.ts';
import { mapIdentifyTraits } from '../../../core/ingest/trait-mapping.ts';
import type { ContactColumns } from '../../../core/ingest/trait-mapping.ts';
import type { Db } from '../../db/client.ts';
import { markDirtyDays } from '../metrics/dirty-days.ts';
import { dirtyDaysOf } from './account-days.ts';
import type { StoredGroup } from './account-days.ts';
import { accountsForGroups, applyGroupUpdates, foldGroupCalls } from './account-upserts.ts';
import { applyUserSightings, contactsForUsers } from './contact-upserts.ts';
import type { NewLink, UserSighting } from './contact-upserts.ts';
import { insertEvents } from './event-inserts.ts';
import { lockIngest } from './ingest-lock.ts';
import { storableJson } from './json-param.ts';
import type { EventRow } from './event-inserts.ts';
import { attributeRecentEvents } from './past-attribution.ts';

export interface IngestResult {
  received: number;
  stored: number;
  duplicates: number;
  unattributed: number;
  accountsCreated: number;
  contactsLinked: number;
  /** Earlier events that this request's new accounts and contacts attributed. */
  attributedLater: number;
  /** Accounts whose daily rollups are now stale. */
  dirtyAccountIds: string[];
}

/** The messageId of a message that came without one: a hash of its content (see messageFingerprint). */
export function derivedMessageId(raw: unknown, type: string): string {
  return 'pm-' + createHash('sha256').update(messageFingerprint(raw as Record<string, unknown>, type)).digest('hex').slice(0, 40);
}

function eventRow(message: IngestMessage, raw: unknown): EventRow {
  return {
    m: message.messageId ?? derivedMessageId(raw, message.type),
    t: message.type,
    e: message.event,
    u: message.userId,
    a: message.anonymousId,
    g: message.groupId,
    p: storableJson(message.properties),
    c: storableJson(message.context),
    o: new Date(message.occurredAt).toISOString(),
  };
}

type Sighting = Omit<UserSighting, 'accountId'> & { groupId: string | null };

/** What identify and group calls say about each user, later calls winning. */
function userSightings(messages: IngestMessage[]): Sighting[] {
  const byUser = new Map<string, Sighting>();
  for (const m of messages) {
    if (!m.userId || (m.type !== 'identify' && m.type !== 'group')) continue;
    let sighting = byUser.get(m.userId);
    if (!sighting) byUser.set(m.userId, (sighting = { userId: m.userId, groupId: null, columns: {}, anonymousIds: [] }));
    if (m.groupId) sighting.groupId = m.groupId;
    if (m.anonymousId && !sighting.anonymousIds.includes(m.anonymousId)) sighting.anonymousIds.push(m.anonymousId);
    if (m.type === 'identify') {
      const columns = mapIdentifyTraits(m.properties);
      for (const k of Object.keys(columns) as (keyof ContactColumns)[]) if (columns[k] !== undefined) sighting.columns[k] = columns[k];
    }
  }
  return [...byUser.values()];
}

/**
 * Applies what group and identify calls say about accounts and contacts. Reads first, to learn
 * whether this request links anything new (an account for a group, a contact for a user); then
 * takes the ingest lock in the mode that needs, before writing anything.
 */
async function applyDirectory(tx: Db, directory: IngestMessage[]): Promise<{ created: Map<string, string>; links: NewLink[] }> {
  const groupUpdates = foldGroupCalls(directory.filter((m) => m.type === 'group').map((m) => ({ groupId: m.groupId!, traits: m.properties })));
  const sightings = userSightings(directory);
  const known = await accountsForGroups(tx, [...new Set([...groupUpdates.map((u) => u.groupId), ...sightings.flatMap((s) => (s.groupId ? [s.groupId] : []))])]);
  const existing = await contactsForUsers(tx, sightings.map((s) => s.userId));
  const creating = new Set(groupUpdates.map((u) => u.groupId));
  const linksSomething =
    groupUpdates.some((u) => !known.has(u.groupId)) ||
    sightings.some((s) => !existing.has(s.userId) && s.groupId !== null && (known.has(s.groupId) || creating.has(s.groupId)));
  await lockIngest(tx, linksSomething ? 'exclusive' : 'shared');
  const { accounts, created } = await applyGroupUpdates(tx, groupUpdates, known);
  const links = await applyUserSightings(
    tx,
    sightings.map(({ groupId, ...s }) => ({ ...s, accountId: (groupId && accounts.get(groupId)) || null })),
    existing,
  );
  return { created, links };
}

function sum(groups: StoredGroup[], where: (g: StoredGroup) => boolean = () => true): number {
  return groups.reduce((n, g) => (where(g) ? n + g.n : n), 0);
}

/**
 * Stores one request's messages in one transaction. Group calls are applied first (accounts),
 * then what identify and group calls say about users (contacts), so that the request's own
 * events are attributed with everything it told us, and earlier unattributed events of newly
 * linked groups and users are attributed too; then the events, in one statement; then the dirty
 * days the rollups must recompute. A duplicate messageId is skipped.
 */
export async function ingestMessages(db: Db, messages: IngestMessage[], raws: unknown[], source: 'segment' | 'api' = 'segment'): Promise<IngestResult> {
  const rows = messages.map((m, i) => eventRow(m, raws[i]));
  return db.transaction(async (txn) => {
    const tx = txn as unknown as Db;
    let accountsCreated = 0;
    let contactsLinked = 0;
    let attributed: StoredGroup[] = [];
    const directory = messages.filter((m) => m.type === 'group' || (m.type === 'identify' && m.userId));
    if (directory.length) {
      const { created, links } = await applyDirectory(tx, directory);
      attributed = await attributeRecentEvents(tx, created, links);
      accountsCreated = created.size;
      contactsLinked = links.length;
    } else {
      await lockIngest(tx, 'shared');
    }
    const stored = await insertEvents(tx, rows, source);
    const dirty = [...dirtyDaysOf(stored), ...dirtyDaysOf(attributed)];
    await markDirtyDays(tx, dirty);
    const storedCount = sum(stored);
    return {
      received: messages.length,
      stored: storedCount,
      duplicates: messages.length - storedCount,
      unattributed: sum(stored, (g) => g.account_id === null),
      accountsCreated,
      contactsLinked,
      attributedLater: sum(attributed),
      dirtyAccountIds: [...new Set(dirty.map((d) => d.accountId))],
    };
  });
}
