import { describe, expect, it } from 'vitest';
import { componentFields } from './health-model-fields.ts';

describe('the health model form', () => {
  it('walks each component: weight first, numbers, nested numbers, texts and score curves, with API paths', () => {
    const [usage, support] = componentFields({
      usage: { metric: 'weekly_active_users', windowDays: 28, weight: 25, points: [{ raw: -50, score: 0 }, { raw: 0, score: 75 }] },
      support: { weight: 15, priorityWeights: { urgent: 4, low: 0.5 }, points: [] },
    });
    expect(usage!.numbers).toEqual([
      { path: 'config.components.usage.weight', label: 'Weight' },
      { path: 'config.components.usage.windowDays', label: 'Window (days)' },
    ]);
    expect(usage!.texts).toEqual([{ path: 'config.components.usage.metric', label: 'Metric' }]);
    expect(usage!.curves).toEqual([{ path: 'config.components.usage.points', label: 'Score by raw value', count: 2 }]);
    expect(support!.numbers.map((f) => f.path)).toEqual(['config.components.support.weight', 'config.components.support.priorityWeights.urgent', 'config.components.support.priorityWeights.low']);
    expect(support!.numbers[1]!.label).toBe('Ticket weight: urgent');
  });
});
