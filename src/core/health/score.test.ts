import { describe, expect, it } from 'vitest';
import { emptyInputs, usageStats } from './inputs.ts';
import type { HealthInputs } from './inputs.ts';
import { DEFAULT_HEALTH_MODEL, HealthModelSchema } from './model.ts';
import { explainHealth, scoreHealth } from './score.ts';

const today = '2026-06-30';
// WAU 100 four weeks ago, 80 today: −20%.
const wau = { startDay: '2026-06-02', values: [100, ...Array(27).fill(90), 80] };

function inputs(over: Partial<HealthInputs> = {}): HealthInputs {
  return {
    ...emptyInputs(today),
    usage: usageStats(wau, today, 28),
    activeUsers: 80,
    seatsTrait: 100,
    openTickets: { high: 1, low: 2 },
    nps: { score: 9, day: '2026-05-01' },
    contacts: { count: 4, championPresent: true, championActive: true, sponsorPresent: true, sponsorActive: false },
    renewalDate: '2026-09-28',
    ...over,
  };
}

describe('health scoring', () => {
  it('scores each component from its thresholds and takes the weighted mean', () => {
    const r = explainHealth(DEFAULT_HEALTH_MODEL, inputs());
    // usage −20% → between −25 (35) and −10 (60): 43.3; engagement 80% → 100; support 2 + 2×0.5 = 3 → 70;
    // NPS 9 → 90; relationship champion only → 60; renewal in 90 days → 70.
    expect(r.components).toEqual({ usage: 43.3, engagement: 100, support: 70, sentiment: 90, relationship: 60, renewal: 70 });
    const expected = (43.333 * 25 + 100 * 20 + 70 * 15 + 90 * 15 + 60 * 15 + 70 * 10) / 100;
    expect(r.score).toBeCloseTo(expected, 1);
    expect(r.tier).toBe('neutral');
    expect(r.reweighted).toBe(false);
    expect(scoreHealth(DEFAULT_HEALTH_MODEL, inputs())).toEqual({ score: r.score, tier: r.tier, components: r.components, missing: [], reweighted: false });
    expect(r.breakdown.usage).toMatchObject({ raw: -20, weight: 25, share: 0.25, detail: 'weekly_active_users changed -20% over 28 days' });
    expect(r.breakdown.support.detail).toBe('open tickets: 1 high, 2 low (weighted 3)');
    expect(r.breakdown.relationship.detail).toBe('champion active, executive sponsor left');
  });

  it('re-weights the components that have data when inputs are missing, and says so', () => {
    const r = explainHealth(DEFAULT_HEALTH_MODEL, inputs({ usage: usageStats(undefined, today, 28), nps: null, renewalDate: null }));
    expect(r.components.usage).toBeNull();
    expect(r.missing).toEqual(['usage', 'sentiment', 'renewal']);
    expect(r.reweighted).toBe(true);
    expect(r.breakdown.sentiment).toMatchObject({ score: null, share: 0, detail: 'no NPS or CSAT answer in the last 180 days' });
    expect(r.breakdown.engagement.share).toBe(0.4);
    expect(r.score).toBeCloseTo((100 * 20 + 70 * 15 + 60 * 15) / 50, 1);
  });

  it('has no score when no weighted component has data', () => {
    const model = HealthModelSchema.parse({ components: { support: { weight: 0 }, usage: { weight: 10 }, engagement: { weight: 0 }, sentiment: { weight: 0 }, relationship: { weight: 0 }, renewal: { weight: 0 } } });
    const r = scoreHealth(model, inputs({ usage: usageStats(undefined, today, 28) }));
    expect(r).toMatchObject({ score: null, tier: null, missing: ['usage'], reweighted: false });
    // Zero-weight components are still scored, for conditions such as health.support < 50.
    expect(r.components.support).toBe(70);
  });

  it('reads seats from a numeric-string trait, else from the seats metric', () => {
    expect(explainHealth(DEFAULT_HEALTH_MODEL, inputs({ seatsTrait: ' 160 ' })).breakdown.engagement.raw).toBe(50);
    const fromMetric = explainHealth(DEFAULT_HEALTH_MODEL, inputs({ seatsTrait: 'n/a', seatsMetric: 200 })).breakdown.engagement;
    expect(fromMetric).toMatchObject({ raw: 40, score: 60, detail: '80 weekly_active_users of 200 seats (metric seats)' });
    expect(scoreHealth(DEFAULT_HEALTH_MODEL, inputs({ seatsTrait: 0, seatsMetric: null })).components.engagement).toBeNull();
    expect(scoreHealth(DEFAULT_HEALTH_MODEL, inputs({ activeUsers: null })).components.engagement).toBeNull();
  });

  it('treats usage with a zero base as missing, and scores a trend when asked', () => {
    expect(scoreHealth(DEFAULT_HEALTH_MODEL, inputs({ usage: usageStats({ startDay: '2026-06-02', values: [0, ...Array(28).fill(5)] }, today, 28) })).components.usage).toBeNull();
    const trend = HealthModelSchema.parse({ components: { usage: { measure: 'trend', windowDays: 10 } } });
    const falling = { startDay: '2026-06-21', values: [100, 98, 96, 94, 92, 90, 88, 86, 84, 82] };
    const r = explainHealth(trend, inputs({ usage: usageStats(falling, today, 10) })).breakdown.usage;
    expect(r.raw).toBeCloseTo((-2 * 10 * 100) / 91, 2);
  });

  it('takes NPS within the age limit, else CSAT, else nothing', () => {
    const old = { score: 10, day: '2025-10-01' };
    expect(explainHealth(DEFAULT_HEALTH_MODEL, inputs({ nps: old, csat: { score: 2, day: '2026-06-01' } })).breakdown.sentiment).toMatchObject({ raw: 2, score: 25 });
    expect(scoreHealth(DEFAULT_HEALTH_MODEL, inputs({ nps: { score: 6, day: '2026-01-01' } })).components.sentiment).toBe(35);
    expect(scoreHealth(DEFAULT_HEALTH_MODEL, inputs({ nps: old })).components.sentiment).toBeNull();
  });

  it('scores relationship from active champion and sponsor; no contacts means no data', () => {
    const c = (championActive: boolean, sponsorActive: boolean) =>
      scoreHealth(DEFAULT_HEALTH_MODEL, inputs({ contacts: { count: 3, championPresent: true, championActive, sponsorPresent: true, sponsorActive } })).components.relationship;
    expect([c(true, true), c(true, false), c(false, true), c(false, false)]).toEqual([100, 60, 40, 0]);
    expect(scoreHealth(DEFAULT_HEALTH_MODEL, inputs({ contacts: emptyInputs(today).contacts })).components.relationship).toBeNull();
  });

  it('scores renewal proximity, flat after the date passed', () => {
    const renewal = (date: string) => scoreHealth(DEFAULT_HEALTH_MODEL, inputs({ renewalDate: date })).components.renewal;
    expect([renewal('2026-06-30'), renewal('2026-07-30'), renewal('2027-06-30'), renewal('2026-01-01')]).toEqual([20, 40, 100, 20]);
    expect(explainHealth(DEFAULT_HEALTH_MODEL, inputs({ renewalDate: '2026-01-01' })).breakdown.renewal.detail).toBe('renewal date 2026-01-01 passed 180 days ago');
  });

  it('follows configured tier cut-offs', () => {
    const strict = HealthModelSchema.parse({ tiers: { atRisk: 75, neutral: 85, healthy: 95 } });
    expect(scoreHealth(strict, inputs()).tier).toBe('critical');
  });
});
