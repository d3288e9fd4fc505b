import { describe, expect, it } from 'vitest';
import { eventMetricName } from './event-names.ts';

describe('event metric names', () => {
  it('folds track event names into condition-language names', () => {
    expect(eventMetricName('track', 'login')).toBe('events.login');
    expect(eventMetricName('track', 'Report Exported')).toBe('events.report_exported');
    expect(eventMetricName('track', '  Order  Completed!! ')).toBe('events.order_completed');
    expect(eventMetricName('track', 'signup-v2.step_1')).toBe('events.signup_v2_step_1');
    expect(eventMetricName('track', 'Café ouvert')).toBe('events.caf_ouvert');
  });

  it('counts page and screen calls under one name each', () => {
    expect(eventMetricName('page', 'Pricing')).toBe('events.page');
    expect(eventMetricName('screen', null)).toBe('events.screen');
  });

  it('skips profile calls and names with nothing left', () => {
    expect(eventMetricName('identify', 'x')).toBeNull();
    expect(eventMetricName('group', null)).toBeNull();
    expect(eventMetricName('track', null)).toBeNull();
    expect(eventMetricName('track', '!!!')).toBeNull();
  });
});
