import { describe, expect, it } from 'vitest';
import { parseAmount } from './amounts.ts';

describe('parseAmount', () => {
  it.each([
    ['1234', 1234],
    ['$1,234.56', 1234.56],
    ['1.234,56 €', 1234.56],
    ['€1.234.567', 1234567],
    ['USD 1,234', 1234],
    ['1,234 USD', 1234],
    ['EUR 48.000,00', 48000],
    ['1 234,56', 1234.56],
    ['1\u202f234,56 €', 1234.56],
    ["CHF 1'234.50", 1234.5],
    ['£12,50', 12.5],
    ['1234.5', 1234.5],
    ['0.125', 0.125],
    ['1,234,567', 1234567],
    ['2500000.000', 2500000],
    ['1.5E6', 1_500_000],
    ['(1,234.00)', -1234],
    ['-$99', -99],
    ['$ 0', 0],
  ])('reads %j as %d', (text, expected) => {
    expect(parseAmount(text)).toEqual({ ok: true, value: expected });
  });

  it.each(['abc', '$', '12a', '1.2.3,4,5', '--5', '1,2,3.4.5'])('rejects %j naming the value', (text) => {
    expect(parseAmount(text)).toEqual({ ok: false, message: `"${text}" is not an amount` });
  });
});

describe('parseAmount grouping', () => {
  it('accepts Indian lakh grouping and refuses broken groups', () => {
    expect(parseAmount('₹12,34,567')).toEqual({ ok: true, value: 1234567 });
    expect(parseAmount('1,2,3').ok).toBe(false);
    expect(parseAmount('12345,678.9').ok).toBe(false);
  });
});
