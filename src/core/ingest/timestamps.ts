const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

/**
 * Parses an ISO 8601 date or timestamp into epoch milliseconds, or undefined when it is not one.
 * A timestamp without a zone is read as UTC: the server's own zone must not change what a
 * message means.
 */
export function parseIsoTimestamp(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const match = ISO_TIMESTAMP.exec(value);
  if (!match) return undefined;
  const hasTime = value.length > 10;
  const text = hasTime && !match[1] ? `${value}Z` : value;
  const ms = Date.parse(text.replace(' ', 'T').replace(',', '.'));
  return Number.isNaN(ms) ? undefined : ms;
}

/**
 * When the event happened, following Segment: `timestamp` when the sender set it; otherwise
 * `originalTimestamp` corrected for the sender's clock skew (receivedAt − sentAt); otherwise
 * the time we received it.
 */
export function occurredAt(times: { timestamp?: number; originalTimestamp?: number; sentAt?: number }, receivedAt: number): number {
  if (times.timestamp !== undefined) return times.timestamp;
  if (times.originalTimestamp !== undefined) {
    return times.sentAt !== undefined ? times.originalTimestamp + (receivedAt - times.sentAt) : times.originalTimestamp;
  }
  return receivedAt;
}

/** The UTC calendar day of an instant, YYYY-MM-DD: the day the rollups count it on. */
export function utcDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
