import { describe, expect, it } from 'vitest';
import { parseDate } from './dates.ts';

const ok = (value: string) => ({ ok: true, value });

describe('parseDate', () => {
  it('reads ISO dates with or without a time, in any order setting', () => {
    for (const order of ['mdy', 'dmy', 'auto'] as const) {
      expect(parseDate('2026-01-31', order)).toEqual(ok('2026-01-31'));
      expect(parseDate('2026-01-31 00:00', order)).toEqual(ok('2026-01-31'));
      expect(parseDate('2026-01-31T23:30:00-05:00', order)).toEqual(ok('2026-01-31'));
      expect(parseDate('2026-1-5', order)).toEqual(ok('2026-01-05'));
    }
  });

  it('reads Salesforce US dates month first', () => {
    expect(parseDate('1/31/2026', 'mdy')).toEqual(ok('2026-01-31'));
    expect(parseDate('01/02/2026', 'mdy')).toEqual(ok('2026-01-02'));
    expect(parseDate('1/31/2026 3:45 PM', 'mdy')).toEqual(ok('2026-01-31'));
    expect(parseDate('31/01/2026', 'mdy')).toEqual({ ok: false, message: '"31/01/2026" is not a valid MM/DD/YYYY date' });
  });

  it('reads day-first dates when told, and dotted dates always day first', () => {
    expect(parseDate('01/02/2026', 'dmy')).toEqual(ok('2026-02-01'));
    expect(parseDate('31.01.2026', 'auto')).toEqual(ok('2026-01-31'));
    expect(parseDate('31.01.2026 10:00', 'mdy')).toEqual(ok('2026-01-31'));
    expect(parseDate('31-01-2026', 'dmy')).toEqual(ok('2026-01-31'));
  });

  it('reads unambiguous slashed dates without being told, and refuses to guess the rest', () => {
    expect(parseDate('31/01/2026', 'auto')).toEqual(ok('2026-01-31'));
    expect(parseDate('01/31/2026', 'auto')).toEqual(ok('2026-01-31'));
    expect(parseDate('05/05/2026', 'auto')).toEqual(ok('2026-05-05'));
    const ambiguous = parseDate('03/04/2026', 'auto');
    expect(ambiguous.ok).toBe(false);
    expect(!ambiguous.ok && ambiguous.message).toMatch(/ambiguous.*DD\/MM\/YYYY or MM\/DD\/YYYY/);
  });

  it('reads month names', () => {
    expect(parseDate('31 Jan 2026', 'auto')).toEqual(ok('2026-01-31'));
    expect(parseDate('January 31, 2026', 'auto')).toEqual(ok('2026-01-31'));
    expect(parseDate('Sept 3, 2026', 'auto')).toEqual(ok('2026-09-03'));
  });

  it.each(['2026-02-30', '13/13/2026', 'tomorrow', '2026', '31 Foo 2026', '1/2/26'])('rejects %j', (text) => {
    expect(parseDate(text, 'mdy').ok).toBe(false);
  });

  it('says why a two-digit year is refused', () => {
    expect(parseDate('1/2/26', 'mdy')).toEqual({ ok: false, message: '"1/2/26" has a two-digit year; write the year with four digits' });
  });
});
