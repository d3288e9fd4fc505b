import { describe, expect, it } from 'vitest';
import { headerKey, salesforceId18, snakeCase } from './names.ts';

describe('headerKey', () => {
  it('lets labels, API names and snake_case meet', () => {
    expect(headerKey('Annual Revenue')).toBe('annualrevenue');
    expect(headerKey('AnnualRevenue')).toBe('annualrevenue');
    expect(headerKey(' annual_revenue ')).toBe('annualrevenue');
    expect(headerKey('Renewal_Date__c')).toBe('renewaldate');
    expect(headerKey('Billing State/Province')).toBe('billingstateprovince');
  });
});

describe('snakeCase', () => {
  it.each([
    ['Billing City', 'billing_city'],
    ['Billing State/Province', 'billing_state_province'],
    ['NumberOfEmployees', 'number_of_employees'],
    ['Renewal_Date__c', 'renewal_date'],
    ['NPS Score (Q3)', 'nps_score_q3'],
    ['SLAExpirationDate', 'sla_expiration_date'],
    ['  Région ', 'région'],
  ])('%j → %j', (header, expected) => expect(snakeCase(header)).toBe(expected));
});

describe('salesforceId18', () => {
  it('adds the case-checksum suffix to 15-character ids', () => {
    // Each suffix letter encodes which of five characters are upper case: 00AAA → bits 2,3,4 → 28 → '2'.
    expect(salesforceId18('001000000000000')).toBe('001000000000000AAA');
    expect(salesforceId18('00AAAAA00000000')).toBe('00AAAAA00000000' + '2DA');
    expect(salesforceId18('001Wj00000tQWvr')).toMatch(/^001Wj00000tQWvr[A-Z0-5]{3}$/);
  });
  it('leaves other ids alone', () => {
    expect(salesforceId18('001Wj00000tQWvrIAG')).toBe('001Wj00000tQWvrIAG');
    expect(salesforceId18('12345')).toBe('12345');
    expect(salesforceId18('0011-0000000000')).toBe('0011-0000000000');
  });
});
