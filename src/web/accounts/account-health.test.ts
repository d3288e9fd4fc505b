import { describe, expect, it } from 'vitest';
import { componentRows, describeReason, healthChanges } from './account-health.ts';
import type { AccountHealthData } from './account-health.ts';

const health = (over: Partial<AccountHealthData> = {}): AccountHealthData => ({
  score: 52.5,
  tier: 'at-risk',
  components: { usage: 30, engagement: 60, support: 90, sentiment: null, relationship: 60, renewal: 40 },
  breakdown: { components: { usage: { score: 30, raw: -28, detail: 'weekly_active_users −28% over 28 days', weight: 25, share: 0.294 } }, missing: ['sentiment'] },
  modelId: 1,
  computedAt: '2026-11-20T02:15:00Z',
  history: [],
  ...over,
});

describe('account health', () => {
  it('lists every component in model order, from the breakdown or else the stored score', () => {
    const rows = componentRows(health());
    expect(rows.map((r) => r.component)).toEqual(['usage', 'engagement', 'support', 'sentiment', 'relationship', 'renewal']);
    expect(rows[0]).toEqual({ component: 'usage', score: 30, weight: 25, share: 0.294, detail: 'weekly_active_users −28% over 28 days' });
    expect(rows[1]).toMatchObject({ component: 'engagement', score: 60, weight: 0, share: 0 });
    expect(rows[3]!.score).toBeNull();
  });

  it('says what moved and by how much', () => {
    expect(describeReason({ component: 'usage', from: 75, to: 35, delta: -40, impact: -11.8 })).toBe('Usage −40 (75 → 35), −11.8 to the score');
    expect(describeReason({ component: 'sentiment', from: null, to: 90, delta: null, impact: 4.2 })).toBe('Sentiment: data arrived (now 90), +4.2 to the score');
    expect(describeReason({ component: 'model', from: 1, to: 2, delta: null, impact: null })).toBe('Health model changed (version 1 → 2)');
  });

  it('keeps the days with reasons, newest first, with the score change', () => {
    const changes = healthChanges([
      { day: '2026-11-01', score: 70, tier: 'neutral', components: {}, reasons: [] },
      { day: '2026-11-02', score: 58.2, tier: 'at-risk', components: {}, reasons: [{ component: 'usage', from: 75, to: 35, delta: -40, impact: -11.8 }] },
      { day: '2026-11-03', score: 58.2, tier: 'at-risk', components: {}, reasons: [] },
    ]);
    expect(changes).toEqual([{ day: '2026-11-02', score: 58.2, tier: 'at-risk', delta: -11.8, reasons: [{ component: 'usage', from: 75, to: 35, delta: -40, impact: -11.8 }] }]);
  });
});
