import { describe, expect, it } from 'vitest';
import type { MetricEvaluator } from '../conditions/facts.ts';
import { average, change, changeAbs, countInWindow, daysSinceLast, evaluateMetric, slope, sum } from './functions.ts';
import { lastNonZeroDay, lastValue, valueOn, valuesBetween, windowOf } from './series.ts';
import type { Series } from './series.ts';

// 2026-03-01 … 2026-03-10
const s: Series = { startDay: '2026-03-01', values: [10, 12, null, 14, 0, 0, 20, null, 30, 0] };

describe('series access', () => {
  it('reads a day, and null outside the series or on a gap', () => {
    expect(valueOn(s, '2026-03-01')).toBe(10);
    expect(valueOn(s, '2026-03-03')).toBeNull();
    expect(valueOn(s, '2026-02-28')).toBeNull();
    expect(valueOn(s, '2026-03-11')).toBeNull();
    expect(valueOn(undefined, '2026-03-01')).toBeNull();
  });

  it('cuts windows ending on the reference day, clipped to the series', () => {
    expect(windowOf(s, '2026-03-04', 3)).toEqual([12, null, 14]);
    expect(windowOf(s, '2026-03-02', 7)).toEqual([10, 12]);
    expect(windowOf(s, '2026-03-12', 4)).toEqual([30, 0]);
    expect(windowOf(s, '2026-02-20', 5)).toEqual([]);
    expect(windowOf(s, '2026-03-20', 5)).toEqual([]);
  });

  it('pads a chart range with nulls on both sides', () => {
    expect(valuesBetween(s, '2026-02-27', '2026-03-02')).toEqual([null, null, 10, 12]);
    expect(valuesBetween(s, '2026-03-09', '2026-03-12')).toEqual([30, 0, null, null]);
    expect(valuesBetween(undefined, '2026-03-01', '2026-03-02')).toEqual([null, null]);
    expect(valuesBetween(s, '2026-03-02', '2026-03-01')).toEqual([]);
  });

  it('finds the last value and the last non-zero day on or before a day', () => {
    expect(lastValue(s, '2026-03-08')).toBe(20);
    expect(lastValue(s, '2026-04-30')).toBe(0);
    expect(lastValue(s, '2026-02-01')).toBeNull();
    expect(lastNonZeroDay(s, '2026-03-06')).toBe('2026-03-04');
    expect(lastNonZeroDay(s, '2026-06-01')).toBe('2026-03-09');
    expect(lastNonZeroDay({ startDay: '2026-03-01', values: [0, null, 0] }, '2026-03-03')).toBeNull();
  });
});

describe('metric functions', () => {
  it('averages and sums the values present in the window', () => {
    expect(average(s, '2026-03-04', 4)).toBe(12);
    expect(sum(s, '2026-03-04', 4)).toBe(36);
    expect(average(s, '2026-03-08', 1)).toBeNull();
    expect(sum(s, '2026-02-01', 10)).toBeNull();
    expect(countInWindow(s, '2026-02-01', 10)).toBe(0);
    expect(countInWindow(undefined, '2026-03-01', 10)).toBe(0);
    expect(countInWindow(s, '2026-03-10', 3)).toBe(30);
  });

  it('measures change against the value `days` earlier', () => {
    expect(changeAbs(s, '2026-03-04', 3)).toBe(4);
    expect(change(s, '2026-03-04', 3)).toBeCloseTo(0.4);
    expect(change(s, '2026-03-09', 2)).toBeCloseTo(0.5);
    expect(change(s, '2026-03-07', 1)).toBeNull(); // base 0
    expect(changeAbs(s, '2026-03-07', 1)).toBe(20);
    expect(change(s, '2026-03-08', 1)).toBeNull(); // no value today
    expect(change(s, '2026-03-03', 1)).toBeNull();
    expect(change({ startDay: '2026-03-01', values: [-10, -5] }, '2026-03-02', 1)).toBeCloseTo(0.5);
  });

  it('fits a least-squares slope per day, skipping gaps', () => {
    expect(slope({ startDay: '2026-03-01', values: [1, 3, 5, 7] }, '2026-03-04', 4)).toBeCloseTo(2);
    expect(slope({ startDay: '2026-03-01', values: [1, null, 5, 7] }, '2026-03-04', 4)).toBeCloseTo(2);
    expect(slope({ startDay: '2026-03-01', values: [10, 10, 10] }, '2026-03-03', 3)).toBe(0);
    expect(slope({ startDay: '2026-03-01', values: [4, 2, 0, 2, 4] }, '2026-03-05', 5)).toBeCloseTo(0);
    expect(slope({ startDay: '2026-03-01', values: [1, null] }, '2026-03-02', 2)).toBeNull();
    expect(slope(s, '2026-03-10', 1)).toBeNull();
  });

  it('counts days since the last non-zero value', () => {
    expect(daysSinceLast(s, '2026-03-10')).toBe(1);
    expect(daysSinceLast(s, '2026-03-09')).toBe(0);
    expect(daysSinceLast(s, '2026-04-09')).toBe(31);
    expect(daysSinceLast(s, '2026-02-28')).toBeNull();
  });

  it('plugs into the condition language as its metric evaluator', () => {
    const evaluator: MetricEvaluator = evaluateMetric;
    expect(evaluator(s, 'value', 0, '2026-03-09')).toBe(30);
    expect(evaluator(s, 'avg', 4, '2026-03-04')).toBe(12);
    expect(evaluator(s, 'sum', 4, '2026-03-04')).toBe(36);
    expect(evaluator(s, 'change', 3, '2026-03-04')).toBeCloseTo(0.4);
    expect(evaluator(s, 'change_abs', 3, '2026-03-04')).toBe(4);
    expect(evaluator({ startDay: '2026-03-01', values: [1, 3, 5] }, 'trend', 3, '2026-03-03')).toBeCloseTo(2);
    expect(evaluator(undefined, 'avg', 4, '2026-03-04')).toBeNull();
  });
});
