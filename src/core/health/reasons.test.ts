import { describe, expect, it } from 'vitest';
import { compareTiers } from './distribution.ts';
import { DEFAULT_HEALTH_MODEL, HealthModelSchema } from './model.ts';
import { healthReasons } from './reasons.ts';
import type { HealthScore } from './score.ts';

function result(components: HealthScore['components'], score: number): HealthScore {
  return { score, tier: null, components, missing: [], reweighted: false };
}
const base = { usage: 70, engagement: 80, support: 100, sentiment: 90, relationship: 60, renewal: 70 };

describe('reasons for a change', () => {
  it('names the components that moved, with their share of the score change, biggest first', () => {
    const next = result({ ...base, usage: 30, support: 90, renewal: 70.4 }, 0);
    const reasons = healthReasons(DEFAULT_HEALTH_MODEL, 1, { components: base, modelId: 1 }, next);
    expect(reasons).toEqual([
      { component: 'usage', from: 70, to: 30, delta: -40, impact: -10 },
      { component: 'support', from: 100, to: 90, delta: -10, impact: -1.5 },
    ]);
  });

  it('reports data that appeared or disappeared, with re-weighting in the impact', () => {
    const reasons = healthReasons(DEFAULT_HEALTH_MODEL, 1, { components: base, modelId: 1 }, result({ ...base, sentiment: null }, 0));
    expect(reasons).toHaveLength(1);
    expect(reasons[0]).toMatchObject({ component: 'sentiment', from: 90, to: null, delta: null });
    // Before 78.0 (sentiment 90 at 15%); after, the other five alone: 6450 / 85 = 75.9.
    expect(reasons[0]!.impact).toBe(-2.1);
  });

  it('adds up to the score change when the model is unchanged', () => {
    const next = { ...base, usage: 10, engagement: 95, sentiment: null, relationship: 100 };
    const mean = (c: Record<string, number | null>) => {
      const w = DEFAULT_HEALTH_MODEL.components;
      const keys = Object.keys(c).filter((k) => c[k] !== null) as (keyof typeof w)[];
      return keys.reduce((s, k) => s + c[k]! * w[k].weight, 0) / keys.reduce((s, k) => s + w[k].weight, 0);
    };
    const reasons = healthReasons(DEFAULT_HEALTH_MODEL, 1, { components: base, modelId: 1 }, result(next, 0));
    const total = reasons.reduce((s, r) => s + r.impact!, 0);
    // Each impact is rounded to one decimal.
    expect(Math.abs(total - (mean(next) - mean(base)))).toBeLessThanOrEqual(0.05 * reasons.length + 1e-9);
  });

  it('respects the threshold, says when the model changed, and has nothing to say on the first day', () => {
    const model = HealthModelSchema.parse({ reasonThreshold: 5 });
    expect(healthReasons(model, 1, { components: base, modelId: 1 }, result({ ...base, usage: 74 }, 0))).toEqual([]);
    expect(healthReasons(model, 2, { components: base, modelId: 1 }, result(base, 0))).toEqual([{ component: 'model', from: 1, to: 2, delta: null, impact: null }]);
    expect(healthReasons(model, 1, null, result(base, 0))).toEqual([]);
  });
});

describe('tier distribution', () => {
  it('counts before and after, and the moves between tiers', () => {
    const c = compareTiers([['healthy', 'neutral'], ['healthy', 'neutral'], ['critical', 'critical'], [null, 'at-risk'], ['neutral', 'healthy']]);
    expect(c).toEqual({
      accounts: 5,
      before: { critical: 1, 'at-risk': 0, neutral: 1, healthy: 2, unscored: 1 },
      after: { critical: 1, 'at-risk': 1, neutral: 2, healthy: 1, unscored: 0 },
      changed: 4,
      moves: [
        { from: 'healthy', to: 'neutral', count: 2 },
        { from: 'neutral', to: 'healthy', count: 1 },
        { from: 'unscored', to: 'at-risk', count: 1 },
      ],
    });
  });
});
