import { describe, expect, it } from 'vitest';
import { MAX_BATCH_EVENTS } from './limits.ts';
import { messageFingerprint } from './message-id.ts';
import { parseTrackingRequest, utf8Length } from './parse-request.ts';

const now = Date.now();
const track = (i: number) => ({ type: 'track', event: 'e', userId: `u${i}`, messageId: `m${i}` });

describe('parseTrackingRequest', () => {
  it('reads a batch and the write key in the body', () => {
    const body = { batch: [track(1), track(2)], writeKey: 'pm_x' };
    const parsed = parseTrackingRequest(body, 'batch', JSON.stringify(body).length, now);
    expect(parsed.ok && parsed.messages.map((m) => m.messageId)).toEqual(['m1', 'm2']);
    expect(parsed.writeKey).toBe('pm_x');
  });

  it('rejects the whole batch when one message is bad, naming it', () => {
    const body = { batch: [track(1), { type: 'track', userId: 'u' }, track(3)] };
    const parsed = parseTrackingRequest(body, 'batch', 100, now);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.rejection.kind).toBe('validation_failed');
    expect(parsed.rejection.issues).toEqual([{ path: 'batch[1].event', message: expect.stringMatching(/^is required for track/) }]);
  });

  it('counts messages against the batch limit, naming the first one over', () => {
    const body = { batch: Array.from({ length: MAX_BATCH_EVENTS + 1 }, (_, i) => track(i)) };
    const parsed = parseTrackingRequest(body, 'batch', 1000, now);
    expect(!parsed.ok && parsed.rejection).toMatchObject({ kind: 'too_many_events', issues: [{ path: 'batch[2500]' }] });
  });

  it('measures each message against 32 KB in UTF-8 bytes', () => {
    const big = { ...track(1), properties: { text: 'é'.repeat(17_000) } };
    const body = { batch: [track(0), big] };
    const parsed = parseTrackingRequest(body, 'batch', 40_000, now);
    expect(!parsed.ok && parsed.rejection).toMatchObject({ kind: 'message_too_large', issues: [{ path: 'batch[1]', message: 'is 34 KB; a message may be at most 32 KB' }] });
    const single = parseTrackingRequest(big, 'track', 40_000, now);
    expect(!single.ok && single.rejection.issues[0]!.path).toBe('(body)');
  });

  it('needs batch to be an array and the body an object', () => {
    expect(parseTrackingRequest({ batch: {} }, 'batch', 10, now)).toMatchObject({ ok: false, rejection: { issues: [{ path: 'batch' }] } });
    expect(parseTrackingRequest([track(1)], 'batch', 10, now)).toMatchObject({ ok: false, rejection: { issues: [{ path: '(body)' }] } });
  });

  it('counts UTF-8 bytes like Buffer does', () => {
    for (const s of ['abc', 'é', '€', '😀', JSON.stringify('a\ud800b')]) expect(utf8Length(s)).toBe(Buffer.byteLength(s));
  });
});

describe('messageFingerprint', () => {
  it('ignores key order and the fields a retry changes', () => {
    const a = messageFingerprint({ event: 'e', userId: 'u', sentAt: '2026-01-01T00:00:00Z' }, 'track');
    const b = messageFingerprint({ userId: 'u', event: 'e', sentAt: '2026-01-02T00:00:00Z' }, 'track');
    expect(a).toBe(b);
    expect(messageFingerprint({ event: 'e', userId: 'u' }, 'page')).not.toBe(a);
  });
});
