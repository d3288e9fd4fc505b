import { describe, expect, it } from 'vitest';
import { parseAnchorOffset, parseDue, parseDuration, parsePercent } from './durations.ts';
import { describeDue } from './timing.ts';

describe('parseDuration', () => {
  it('reads days and weeks', () => {
    expect(parseDuration('14d')).toBe(14);
    expect(parseDuration('2w')).toBe(14);
    expect(parseDuration('0d')).toBe(0);
  });
  it.each(['', '14', 'd', '1.5d', '-3d', '3 d', '3D', '3m', '014d', '123456d', ' 3d'])('rejects %j', (text) => {
    expect(parseDuration(text)).toBeNull();
  });
});

describe('parsePercent', () => {
  it('reads percentages as fractions', () => {
    expect(parsePercent('10%')).toBe(0.1);
    expect(parsePercent('12.5%')).toBe(0.125);
    expect(parsePercent('-30%')).toBe(-0.3);
  });
  it.each(['10', '%', '10 %', 'ten%'])('rejects %j', (text) => expect(parsePercent(text)).toBeNull());
});

describe('parseAnchorOffset', () => {
  it('reads offsets before and after an anchor', () => {
    expect(parseAnchorOffset('renewal_date -120d')).toEqual({ anchor: 'renewal_date', days: -120 });
    expect(parseAnchorOffset('contract_start +2w')).toEqual({ anchor: 'contract_start', days: 14 });
    expect(parseAnchorOffset('renewal_date')).toEqual({ anchor: 'renewal_date', days: 0 });
    expect(Object.is(parseAnchorOffset('renewal_date -0d')!.days, 0)).toBe(true);
  });
  it.each(['renewal_date 90d', 'renewal_date - 90d', 'close_date -90d', 'renewal_date -90', '-90d'])('rejects %j', (text) => {
    expect(parseAnchorOffset(text)).toBeNull();
  });
});

describe('parseDue', () => {
  it('reads the three forms', () => {
    expect(parseDue('3d')).toEqual({ type: 'start', days: 3 });
    expect(parseDue('1w')).toEqual({ type: 'start', days: 7 });
    expect(parseDue('2d after review')).toEqual({ type: 'after', step: 'review', days: 2 });
    expect(parseDue('0d after nudge-sponsor')).toEqual({ type: 'after', step: 'nudge-sponsor', days: 0 });
    expect(parseDue('renewal_date -90d')).toEqual({ type: 'anchor', anchor: 'renewal_date', days: -90 });
    expect(parseDue('contract_start +14d')).toEqual({ type: 'anchor', anchor: 'contract_start', days: 14 });
  });
  it.each(['', 'tomorrow', '2d after', 'after review', '2d before review', '2d after Review', '2d  after review', '2d after review extra', '-3d'])(
    'rejects %j',
    (text) => expect(parseDue(text)).toBeNull(),
  );
});

describe('describeDue', () => {
  it('puts due expressions into words', () => {
    const titles: Record<string, string> = { review: 'Review usage' };
    expect(describeDue('1d')).toBe('1 day after the start');
    expect(describeDue('0d')).toBe('at the start');
    expect(describeDue('2w after review', (id) => titles[id])).toBe('2 weeks after "Review usage"');
    expect(describeDue('0d after review', (id) => titles[id])).toBe('when "Review usage" is done');
    expect(describeDue('renewal_date -90d')).toBe('90 days before renewal date');
    expect(describeDue('contract_start +1d')).toBe('1 day after contract start');
    expect(describeDue('renewal_date')).toBe('on renewal date');
    expect(describeDue('soon')).toBe('soon');
  });
});
