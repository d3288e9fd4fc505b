import { describe, expect, it } from 'vitest';
import { detectDelimiter } from './delimiter.ts';

describe('detectDelimiter', () => {
  it('finds comma, semicolon and tab headers', () => {
    expect(detectDelimiter('Account ID,Account Name,Website')).toBe(',');
    expect(detectDelimiter('Account ID;Account Name;Annual Revenue')).toBe(';');
    expect(detectDelimiter('Record ID\tCompany name\tCompany Domain Name')).toBe('\t');
  });
  it('ignores delimiters inside quoted headers', () => {
    expect(detectDelimiter('"Billing State, Province";"Name";"ARR"')).toBe(';');
    expect(detectDelimiter('"A;B;C",D,E')).toBe(',');
  });
  it('falls back to comma for a single column', () => {
    expect(detectDelimiter('Name')).toBe(',');
  });
});
