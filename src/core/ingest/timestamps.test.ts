import { describe, expect, it } from 'vitest';
import { occurredAt, parseIsoTimestamp, utcDay } from './timestamps.ts';

describe('timestamps', () => {
  it('reads ISO 8601 dates and timestamps, zone-less ones as UTC', () => {
    expect(parseIsoTimestamp('2026-03-10T12:00:00.123Z')).toBe(Date.parse('2026-03-10T12:00:00.123Z'));
    expect(parseIsoTimestamp('2026-03-10T12:00:00')).toBe(Date.parse('2026-03-10T12:00:00Z'));
    expect(parseIsoTimestamp('2026-03-10 12:00:00+02:00')).toBe(Date.parse('2026-03-10T10:00:00Z'));
    expect(parseIsoTimestamp('2026-03-10')).toBe(Date.parse('2026-03-10T00:00:00Z'));
    for (const bad of ['yesterday', '10/03/2026', '2026-13-45T00:00:00Z', 1_700_000_000_000, '']) expect(parseIsoTimestamp(bad)).toBeUndefined();
  });

  it('prefers timestamp, then corrects originalTimestamp for clock skew, then uses the receive time', () => {
    expect(occurredAt({ timestamp: 5, originalTimestamp: 1 }, 100)).toBe(5);
    expect(occurredAt({ originalTimestamp: 10, sentAt: 20 }, 100)).toBe(90);
    expect(occurredAt({ originalTimestamp: 10 }, 100)).toBe(10);
    expect(occurredAt({}, 100)).toBe(100);
  });

  it('counts an event on its UTC day', () => {
    expect(utcDay(Date.parse('2026-03-10T23:30:00-02:00'))).toBe('2026-03-11');
  });
});
