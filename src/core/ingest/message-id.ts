/** Fields a retry may change without it being another message. */
const VOLATILE_FIELDS = new Set(['sentAt', 'writeKey', 'receivedAt', '_metadata']);

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * The text a messageId is derived from when the sender gave none: the message with sorted keys,
 * without the fields a retry changes. Two sends of the same id-less message hash alike, so a
 * retried batch stores nothing twice even without ids; the price is that two identical id-less
 * messages without a timestamp are one message.
 */
export function messageFingerprint(raw: Record<string, unknown>, type: string): string {
  const kept = Object.fromEntries(Object.entries(raw).filter(([k]) => !VOLATILE_FIELDS.has(k)));
  return canonical({ ...kept, type });
}
