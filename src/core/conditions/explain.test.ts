import { describe, expect, it } from 'vitest';
import { compileCondition } from './check.ts';
import { explainCondition } from './explain.ts';
import type { AccountFacts, MetricEvaluator } from './facts.ts';

const metricFn: MetricEvaluator = () => null;
const facts: AccountFacts = {
  today: '2026-11-23',
  fields: { lifecycle: 'adoption', arr: 50_000 },
  traits: { employees: 'lots' },
  renewalDate: null,
  contractStart: null,
  health: { score: 55, tier: 'at-risk', components: {} },
  metrics: {},
  contacts: { champion: { present: false, active: false }, sponsor: { present: true, active: true } },
  events: [],
  segments: [],
};

describe('explain', () => {
  it('keeps each comparison with the values it read, under and/or/not', () => {
    const tree = explainCondition(compileCondition('health.score < 60 and not (lifecycle in ["onboarding", "churned"]) or arr > 1000000'), facts, metricFn);
    expect(tree.result).toBe(true);
    expect(tree.text).toBe('(health.score < 60 and not (lifecycle in ["onboarding", "churned"])) or arr > 1000000');
    const [and, arr] = tree.children!;
    expect(arr).toEqual({ text: 'arr > 1000000', result: false, values: { arr: 50_000 } });
    expect(and!.children![0]).toEqual({ text: 'health.score < 60', result: true, values: { 'health.score': 55 } });
    expect(and!.children![1]!.children![0]).toMatchObject({ text: 'lifecycle in ["onboarding", "churned"]', result: false, values: { lifecycle: 'adoption' } });
  });

  it('shows unknown values as null and bad casts as errors', () => {
    const tree = explainCondition(compileCondition('days_until_renewal < 30 or traits.employees > 10'), facts, metricFn);
    expect(tree.children![0]).toEqual({ text: 'days_until_renewal < 30', result: null, values: { days_until_renewal: null } });
    expect(tree.children![1]!.error).toMatch(/not a number/);
    expect(tree.error).toMatch(/not a number/);
  });
});
