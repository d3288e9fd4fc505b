import { HEALTH_TIERS } from './model.ts';
import type { HealthTier } from './model.ts';

export type TierCounts = Record<HealthTier | 'unscored', number>;

export interface TierComparison {
  accounts: number;
  before: TierCounts;
  after: TierCounts;
  /** Accounts whose tier differs. */
  changed: number;
  /** How many accounts went from each tier to each other tier, largest first. */
  moves: { from: HealthTier | 'unscored'; to: HealthTier | 'unscored'; count: number }[];
}

const emptyCounts = (): TierCounts => ({ critical: 0, 'at-risk': 0, neutral: 0, healthy: 0, unscored: 0 });

/** Tallies tier pairs (current model, candidate model) into before/after distributions. */
export function compareTiers(pairs: Iterable<[HealthTier | null, HealthTier | null]>): TierComparison {
  const result: TierComparison = { accounts: 0, before: emptyCounts(), after: emptyCounts(), changed: 0, moves: [] };
  const moves = new Map<string, number>();
  for (const [b, a] of pairs) {
    const from = b ?? 'unscored';
    const to = a ?? 'unscored';
    result.accounts += 1;
    result.before[from] += 1;
    result.after[to] += 1;
    if (from !== to) {
      result.changed += 1;
      moves.set(`${from}>${to}`, (moves.get(`${from}>${to}`) ?? 0) + 1);
    }
  }
  const order = [...HEALTH_TIERS, 'unscored'];
  result.moves = [...moves].map(([key, count]) => {
    const [from, to] = key.split('>') as [HealthTier | 'unscored', HealthTier | 'unscored'];
    return { from, to, count };
  });
  result.moves.sort((x, y) => y.count - x.count || order.indexOf(x.from) - order.indexOf(y.from) || order.indexOf(x.to) - order.indexOf(y.to));
  return result;
}
