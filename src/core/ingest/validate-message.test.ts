import { describe, expect, it } from 'vitest';
import { validateMessage } from './validate-message.ts';

const receivedAt = Date.parse('2026-03-10T12:00:00.000Z');

describe('validateMessage', () => {
  it('normalises a track message', () => {
    const { message, issues } = validateMessage(
      { type: 'track', event: 'Report Exported', userId: 'u1', messageId: 'm1', properties: { format: 'csv' }, context: { groupId: 'g1' }, timestamp: '2026-03-09T08:30:00Z' },
      'batch[0]',
      { receivedAt },
    );
    expect(issues).toEqual([]);
    expect(message).toEqual({
      messageId: 'm1', type: 'track', event: 'Report Exported', userId: 'u1', anonymousId: null, groupId: 'g1',
      properties: { format: 'csv' }, context: { groupId: 'g1' }, occurredAt: Date.parse('2026-03-09T08:30:00Z'),
    });
  });

  it('names every field at fault with its batch path', () => {
    const { message, issues } = validateMessage(
      { type: 'track', properties: [1], timestamp: 'yesterday', context: 'web', messageId: 7 },
      'batch[3]',
      { receivedAt },
    );
    expect(message).toBeUndefined();
    expect(issues.map((i) => i.path).sort()).toEqual(['batch[3].context', 'batch[3].event', 'batch[3].messageId', 'batch[3].properties', 'batch[3].timestamp', 'batch[3].userId']);
    expect(issues.find((i) => i.path === 'batch[3].userId')!.message).toBe('or anonymousId is required');
  });

  it('requires a known type on /v1/batch and the endpoint type elsewhere', () => {
    expect(validateMessage({ userId: 'u' }, 'batch[0]', { receivedAt }).issues).toEqual([{ path: 'batch[0].type', message: 'is required: one of track, identify, group, page, screen, alias' }]);
    expect(validateMessage({ type: 'purchase', userId: 'u' }, 'batch[1]', { receivedAt }).issues[0]!.path).toBe('batch[1].type');
    expect(validateMessage({ type: 'page', userId: 'u' }, '', { receivedAt, impliedType: 'track' }).issues[0]).toEqual({ path: 'type', message: 'must be "track" on /v1/track (got "page")' });
    expect(validateMessage({ userId: 'u', event: 'x' }, '', { receivedAt, impliedType: 'track' }).message!.type).toBe('track');
  });

  it('needs groupId for group and previousId for alias', () => {
    expect(validateMessage({ type: 'group', userId: 'u' }, '', { receivedAt }).issues).toEqual([{ path: 'groupId', message: 'is required for group' }]);
    expect(validateMessage({ type: 'alias', userId: 'u' }, '', { receivedAt }).issues).toEqual([{ path: 'previousId', message: 'is required for alias' }]);
    expect(validateMessage({ type: 'alias', userId: 'u', previousId: 'anon-1' }, '', { receivedAt }).message!.properties).toEqual({ previousId: 'anon-1' });
  });

  it('accepts numeric ids as Segment libraries send them', () => {
    const { message } = validateMessage({ type: 'group', userId: 42, groupId: 1001, traits: { name: 'Acme' } }, '', { receivedAt });
    expect(message).toMatchObject({ userId: '42', groupId: '1001', properties: { name: 'Acme' } });
  });

  it('finds the group: group id for group calls, else context.groupId, then groupId, then identify traits', () => {
    const at = (raw: Record<string, unknown>) => validateMessage({ userId: 'u', ...raw }, '', { receivedAt }).message!.groupId;
    expect(at({ type: 'group', groupId: 'g', context: { groupId: 'c' } })).toBe('g');
    expect(at({ type: 'track', event: 'e', groupId: 'g', context: { groupId: 'c' } })).toBe('c');
    expect(at({ type: 'track', event: 'e', groupId: 'g' })).toBe('g');
    expect(at({ type: 'identify', traits: { groupId: 't' } })).toBe('t');
    expect(at({ type: 'track', event: 'e', properties: { groupId: 't' } })).toBeNull();
  });

  it('merges the batch context under the message context and uses the batch sentAt', () => {
    const { message } = validateMessage(
      { type: 'track', event: 'e', userId: 'u', context: { ip: '1.2.3.4' }, originalTimestamp: '2026-03-10T11:00:00.000Z' },
      'batch[0]',
      { receivedAt, batchContext: { library: { name: 'x' }, ip: '0.0.0.0' }, batchSentAt: Date.parse('2026-03-10T11:59:00.000Z') },
    );
    expect(message!.context).toEqual({ library: { name: 'x' }, ip: '1.2.3.4' });
    // The sender's clock is a minute slow: the event happened a minute later than it says.
    expect(new Date(message!.occurredAt).toISOString()).toBe('2026-03-10T11:01:00.000Z');
  });

  it('keeps page and screen names in properties', () => {
    const { message } = validateMessage({ type: 'page', anonymousId: 'a', name: 'Pricing', category: 'Docs', properties: { path: '/pricing' } }, '', { receivedAt });
    expect(message).toMatchObject({ event: null, properties: { path: '/pricing', name: 'Pricing', category: 'Docs' } });
  });

  it('refuses ids that are too long or of the wrong kind', () => {
    const { issues } = validateMessage({ type: 'track', event: 'e', userId: 'x'.repeat(300), anonymousId: { id: 1 } }, '', { receivedAt });
    expect(issues.map((i) => i.path).sort()).toEqual(['anonymousId', 'userId']);
  });
});
