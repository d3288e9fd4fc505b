import { MAX_EVENT_NAME_LENGTH, MAX_ID_LENGTH, MESSAGE_TYPES } from './limits.ts';
import type { MessageType } from './limits.ts';
import { fieldPath } from './message.ts';
import type { FieldIssue, IngestMessage } from './message.ts';
import { occurredAt, parseIsoTimestamp } from './timestamps.ts';

export interface MessageDefaults {
  /** The type the endpoint implies (/v1/track → track); undefined on /v1/batch. */
  impliedType?: MessageType;
  /** A batch's own context, under each message's. */
  batchContext?: Record<string, unknown>;
  /** A batch's sentAt, used when the message has none. */
  batchSentAt?: number;
  receivedAt: number;
}

export type Json = Record<string, unknown>;

export function isPlainObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Segment libraries send ids as strings, some as numbers; both mean the same id. */
function idValue(value: unknown): string | null | false {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value === 'string') return value.length <= MAX_ID_LENGTH ? value : false;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return false;
}

class Checker {
  readonly issues: FieldIssue[] = [];
  private readonly at: string;
  private readonly raw: Json;
  constructor(at: string, raw: Json) {
    this.at = at;
    this.raw = raw;
  }
  fail(field: string, message: string): void {
    this.issues.push({ path: fieldPath(this.at, field), message });
  }
  id(field: string, value: unknown = this.raw[field]): string | null {
    const id = idValue(value);
    if (id === false) {
      this.fail(field, `must be a string of at most ${MAX_ID_LENGTH} characters`);
      return null;
    }
    return id;
  }
  object(field: string, value: unknown = this.raw[field]): Json | undefined {
    if (value === undefined || value === null) return undefined;
    if (!isPlainObject(value)) {
      this.fail(field, 'must be an object');
      return undefined;
    }
    return value;
  }
  timestamp(field: string): number | undefined {
    const value = this.raw[field];
    if (value === undefined || value === null || value === '') return undefined;
    const ms = parseIsoTimestamp(value);
    if (ms === undefined) this.fail(field, 'must be an ISO 8601 timestamp, like 2026-03-01T12:00:00.000Z');
    return ms;
  }
}

function typeOf(raw: Json, check: Checker, implied: MessageType | undefined): MessageType | undefined {
  const given = raw.type;
  if (given === undefined || given === null) {
    if (!implied) check.fail('type', `is required: one of ${MESSAGE_TYPES.join(', ')}`);
    return implied;
  }
  if (typeof given !== 'string' || !(MESSAGE_TYPES as readonly string[]).includes(given)) {
    check.fail('type', `must be one of ${MESSAGE_TYPES.join(', ')}`);
    return undefined;
  }
  if (implied && given !== implied) {
    check.fail('type', `must be "${implied}" on /v1/${implied} (got "${given}")`);
    return undefined;
  }
  return given as MessageType;
}

/** What events.properties holds for each type; page and screen keep their name as Segment does. */
function propertiesOf(type: MessageType, raw: Json, check: Checker, traits: Json | undefined, previousId: string | null): Json {
  switch (type) {
    case 'identify':
    case 'group':
      return traits ?? {};
    case 'alias':
      return previousId === null ? {} : { previousId };
    case 'page':
    case 'screen': {
      const properties = { ...check.object('properties') };
      for (const key of ['name', 'category'] as const) {
        const value = raw[key];
        if (value === undefined || value === null) continue;
        if (typeof value !== 'string') check.fail(key, 'must be a string');
        else if (properties[key] === undefined) properties[key] = value;
      }
      return properties;
    }
    case 'track':
      return check.object('properties') ?? {};
  }
}

/**
 * Checks one Tracking API message and turns it into an IngestMessage. Every problem is reported
 * with its path (`batch[3].event`), so a sender can fix all of them in one go.
 */
export function validateMessage(raw: unknown, at: string, defaults: MessageDefaults): { message?: IngestMessage; issues: FieldIssue[] } {
  if (!isPlainObject(raw)) return { issues: [{ path: at || '(body)', message: 'must be a JSON object' }] };
  const check = new Checker(at, raw);
  const type = typeOf(raw, check, defaults.impliedType);

  const messageId = typeof raw.messageId === 'number' ? (check.fail('messageId', 'must be a string'), null) : check.id('messageId');
  const userId = check.id('userId');
  const anonymousId = check.id('anonymousId');
  if (idValue(raw.userId) === null && idValue(raw.anonymousId) === null) check.fail('userId', 'or anonymousId is required');

  const ownContext = check.object('context');
  const context = defaults.batchContext ? { ...defaults.batchContext, ...ownContext } : (ownContext ?? {});
  const traits = check.object('traits') ?? (type === 'identify' && isPlainObject(context.traits) ? context.traits : undefined);

  let event: string | null = null;
  if (type === 'track') {
    if (typeof raw.event !== 'string' || raw.event.trim() === '') check.fail('event', 'is required for track: the name of the action, like "Report Exported"');
    else if (raw.event.length > MAX_EVENT_NAME_LENGTH) check.fail('event', `must be at most ${MAX_EVENT_NAME_LENGTH} characters`);
    else event = raw.event;
  }

  const ownGroupId = check.id('groupId');
  if (type === 'group' && ownGroupId === null && raw.groupId === undefined) check.fail('groupId', 'is required for group');
  const contextGroupId = ownContext ? check.id('context.groupId', ownContext.groupId) : idValue(defaults.batchContext?.groupId) || null;
  const traitsGroupId = type === 'identify' && traits ? idValue(traits.groupId) || null : null;
  const groupId = type === 'group' ? ownGroupId : (contextGroupId ?? ownGroupId ?? traitsGroupId);

  let previousId: string | null = null;
  if (type === 'alias') {
    previousId = check.id('previousId');
    if (previousId === null && raw.previousId === undefined) check.fail('previousId', 'is required for alias');
  }

  const timestamp = check.timestamp('timestamp');
  const originalTimestamp = check.timestamp('originalTimestamp');
  const sentAt = check.timestamp('sentAt') ?? defaults.batchSentAt;

  const properties = type ? propertiesOf(type, raw, check, traits, previousId) : {};
  if (check.issues.length || !type) return { issues: check.issues };
  return {
    issues: [],
    message: {
      messageId: messageId ?? undefined,
      type,
      event,
      userId,
      anonymousId,
      groupId,
      properties,
      context,
      occurredAt: occurredAt({ timestamp, originalTimestamp, sentAt }, defaults.receivedAt),
    },
  };
}
