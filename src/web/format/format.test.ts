import { describe, expect, it } from 'vitest';
import { daysUntil, formatDay, formatMoney, relativeDays, titleCase } from './format.ts';

describe('format', () => {
  it('formats money, with a dash for unknown', () => {
    expect(formatMoney(182000)).toBe('$182,000');
    expect(formatMoney(182000, true)).toBe('$182K');
    expect(formatMoney(null)).toBe('—');
  });

  it('formats calendar days without shifting them by time zone', () => {
    expect(formatDay('2027-03-01')).toBe('Mar 1, 2027');
    expect(formatDay(null)).toBe('—');
  });

  it('counts days until a calendar day', () => {
    const now = new Date(2026, 0, 10, 23, 30);
    expect(daysUntil('2026-01-10', now)).toBe(0);
    expect(daysUntil('2026-02-09', now)).toBe(30);
    expect(daysUntil('2026-01-07', now)).toBe(-3);
    expect(relativeDays(30)).toBe('in 30 days');
    expect(relativeDays(-3)).toBe('3 days ago');
  });

  it('turns vocabulary into labels', () => {
    expect(titleCase('at-risk')).toBe('At risk');
    expect(titleCase('executive_sponsor')).toBe('Executive sponsor');
  });
});
