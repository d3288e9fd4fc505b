import type { MessageType } from './limits.ts';

export interface FieldIssue {
  path: string;
  message: string;
}

/** A Tracking API message after validation: what one row of `events` is made from. */
export interface IngestMessage {
  /** The sender's messageId; undefined when it sent none (the server derives one). */
  messageId: string | undefined;
  type: MessageType;
  /** Track event name; null for the other types. */
  event: string | null;
  userId: string | null;
  anonymousId: string | null;
  /** The group the message is about: group's groupId, else context.groupId, else groupId, else (identify) traits.groupId. */
  groupId: string | null;
  /** Track/page/screen properties, identify/group traits, or alias { previousId }. */
  properties: Record<string, unknown>;
  context: Record<string, unknown>;
  /** Epoch milliseconds. */
  occurredAt: number;
}

/** Where a message sits in the request, for error paths: `batch[3]`, or '' for a single-message call. */
export function fieldPath(at: string, field: string): string {
  return at ? `${at}.${field}` : field;
}
