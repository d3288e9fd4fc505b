/** FNV-1a, 32 bits: tiny, stable across platforms and releases, and well spread for ids. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** A number in [0, 1) fixed for this account and playbook, whoever asks and whenever. */
export function holdoutBucket(accountId: string, playbookId: string): number {
  return fnv1a(`${playbookId}\u0000${accountId}`) / 2 ** 32;
}

/** Whether an eligible account is kept as control for this playbook (share 0–0.5). */
export function isHeldOut(accountId: string, playbookId: string, share: number): boolean {
  return share > 0 && holdoutBucket(accountId, playbookId) < share;
}
