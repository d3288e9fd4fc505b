import type { AccountProfile } from './account-profile.ts';
import type { DemoEvent, DemoTimelineEntry } from './types.ts';

/** A Segment-shaped track event. Message ids are deterministic per seed, so a reload is idempotent. */
export function trackEvent(p: AccountProfile, key: string, event: string, userId: string | null, occurredMs: number, properties: Record<string, unknown> = {}): DemoEvent {
  const receivedMs = Math.min(p.asOfMs, occurredMs + 1_000 + (occurredMs % 29_000));
  return {
    messageId: `demo-${p.seed}-${p.account.index}-${key}`,
    accountId: p.account.id,
    event,
    userId,
    groupId: p.account.productId,
    properties,
    occurredAt: new Date(occurredMs).toISOString(),
    receivedAt: new Date(Math.max(occurredMs, receivedMs)).toISOString(),
  };
}

/** The product's user id for seat `seat`: the `userId` of its events and the contact's externalId. */
export function productUserId(p: AccountProfile, seat: number): string {
  return `usr_${p.account.productId.slice(5)}_${seat}`;
}

export function timelineEntry(p: AccountProfile, type: string, occurredAt: string, summary: string, data: Record<string, unknown> = {}, actorEmail: string | null = null): DemoTimelineEntry {
  return { accountId: p.account.id, type, occurredAt, actorEmail, summary, data };
}

export function quote(text: string, max = 90): string {
  return `"${text.length > max ? `${text.slice(0, max - 1)}…` : text}"`;
}
