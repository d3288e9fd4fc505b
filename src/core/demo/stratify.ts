import { Rng } from './random.ts';

/**
 * The category of account `index` when categories are dealt in shuffled blocks with fixed
 * counts: every block of `sum(counts)` accounts holds exactly the quota, so even a 50-account
 * demo has each pattern, while any account's category still depends on its index alone.
 */
export function stratified<T>(seed: number, label: string, index: number, quota: readonly (readonly [T, number])[]): T {
  const slots: T[] = [];
  for (const [value, count] of quota) for (let i = 0; i < count; i++) slots.push(value);
  const block = Math.floor(index / slots.length);
  new Rng(seed, label, block).shuffle(slots);
  return slots[index % slots.length]!;
}
