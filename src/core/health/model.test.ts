import { describe, expect, it } from 'vitest';
import { DEFAULT_HEALTH_MODEL, HealthModelSchema } from './model.ts';
import { scoreFromPoints } from './points.ts';
import { tierOf } from './tiers.ts';

const issues = (input: unknown) => {
  const r = HealthModelSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('health model config', () => {
  it('fills every field from the default model, so {} is the default model', () => {
    expect(DEFAULT_HEALTH_MODEL.tiers).toEqual({ atRisk: 40, neutral: 60, healthy: 80 });
    expect(Object.values(DEFAULT_HEALTH_MODEL.components).reduce((s, c) => s + c.weight, 0)).toBe(100);
    const changed = HealthModelSchema.parse({ components: { usage: { weight: 50 } }, tiers: { healthy: 85 } });
    expect(changed.components.usage).toMatchObject({ weight: 50, metric: 'weekly_active_users', windowDays: 28 });
    expect(changed.components.support.priorityWeights).toEqual({ urgent: 4, high: 2, normal: 1, low: 0.5 });
    expect(changed.tiers).toEqual({ atRisk: 40, neutral: 60, healthy: 85 });
  });

  it('names the field at fault', () => {
    expect(issues({ components: { usage: { weight: -5 } } })).toEqual(['components.usage.weight: must be 0 or more']);
    expect(issues({ components: { engagement: { wieght: 5 } } })[0]).toMatch(/^components.engagement: Unrecognized key/);
    expect(issues({ tiers: { atRisk: 50, neutral: 45 } })).toEqual(['tiers.neutral: must be above atRisk (50)']);
    expect(issues({ components: { renewal: { points: [{ raw: 10, score: 5 }, { raw: 5, score: 50 }] } } })).toEqual([
      "components.renewal.points.1.raw: must be greater than the previous point's raw (10)",
    ]);
    expect(issues({ components: { support: { points: [{ raw: 0, score: 120 }, { raw: 1, score: 0 }] } } })[0]).toMatch(/^components.support.points.0.score:/);
    const zero = Object.fromEntries(['usage', 'engagement', 'support', 'sentiment', 'relationship', 'renewal'].map((c) => [c, { weight: 0 }]));
    expect(issues({ components: zero })).toEqual(['components: at least one component needs a weight above 0']);
  });
});

describe('thresholds and tiers', () => {
  const points = [{ raw: -50, score: 0 }, { raw: 0, score: 80 }, { raw: 20, score: 100 }];
  it('interpolates between points and stays flat beyond the ends', () => {
    expect(scoreFromPoints(-100, points)).toBe(0);
    expect(scoreFromPoints(-25, points)).toBe(40);
    expect(scoreFromPoints(0, points)).toBe(80);
    expect(scoreFromPoints(10, points)).toBe(90);
    expect(scoreFromPoints(1e9, points)).toBe(100);
    expect(scoreFromPoints(5, [{ raw: 0, score: 100 }, { raw: 10, score: 0 }])).toBe(50);
  });

  it('cuts tiers at the configured scores, each cut-off belonging to the upper tier', () => {
    const t = DEFAULT_HEALTH_MODEL.tiers;
    expect([0, 39.9, 40, 59.9, 60, 79.9, 80, 100].map((s) => tierOf(s, t))).toEqual([
      'critical', 'critical', 'at-risk', 'at-risk', 'neutral', 'neutral', 'healthy', 'healthy',
    ]);
    expect(tierOf(70, { atRisk: 30, neutral: 50, healthy: 70 })).toBe('healthy');
  });
});
