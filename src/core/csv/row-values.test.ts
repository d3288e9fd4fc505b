import { describe, expect, it } from 'vitest';
import { planColumns } from './column-plan.ts';
import { mapRow } from './row-values.ts';

describe('mapRow', () => {
  const accounts = planColumns('accounts', ['Account ID', 'Account Name', 'Website', 'ARR', 'Renewal Date', 'Touch Model', 'Industry', 'Annual Revenue']);

  it('parses amounts, dates, domains and touch models, and keeps unknown columns as traits', () => {
    const row = mapRow(accounts, ['001Wj00000tQWvr', 'Acme', 'https://www.acme.com/', '$48,000.00', '3/31/2027', 'High Touch', 'Logistics', '1.234.567 €'], 'mdy');
    expect(row.problems).toEqual([]);
    expect(row.fields).toEqual({
      crmId: expect.stringMatching(/^001Wj00000tQWvr...$/), name: 'Acme', domain: 'acme.com', arr: 48000, renewalDate: '2027-03-31', touchModel: 'high',
    });
    expect(row.traits).toEqual({ industry: 'Logistics', annual_revenue: 1234567 });
  });

  it('turns empty cells into nulls', () => {
    const row = mapRow(accounts, ['1', 'Acme', '', '', '', '', '', ''], 'mdy');
    expect(row.fields).toMatchObject({ domain: null, arr: null, renewalDate: null, touchModel: null });
    expect(row.traits).toEqual({ industry: null, annual_revenue: null });
  });

  it('names the column of every cell it cannot read', () => {
    const row = mapRow(accounts, ['1', 'Acme', '', 'lots', '31/02/2027', '', '', 'n/a'], 'dmy');
    expect(row.problems).toEqual(['ARR: "lots" is not an amount', 'Renewal Date: "31/02/2027" is not a valid DD/MM/YYYY date', 'Annual Revenue: "n/a" is not an amount']);
  });

  it('names contacts from first and last name, or from their email', () => {
    const contacts = planColumns('contacts', ['Record ID', 'First Name', 'Last Name', 'Email', 'Associated Company IDs']);
    expect(mapRow(contacts, ['1', 'Ada', 'Lovelace', 'ada@example.com', '77;78'], 'auto').fields).toEqual({
      externalId: '1', name: 'Ada Lovelace', email: 'ada@example.com', 'account.crmId': '77',
    });
    expect(mapRow(contacts, ['2', '', '', 'bob@example.com', '77'], 'auto').fields.name).toBe('bob@example.com');
    expect(mapRow(contacts, ['3', '', '', '', '77'], 'auto').problems).toEqual(['First Name, Last Name, Email: the contact has no name (and no email to use instead)']);
  });

  it('reads roles as a list', () => {
    const contacts = planColumns('contacts', ['external_id', 'name', 'account_crm_id', 'roles']);
    expect(mapRow(contacts, ['c1', 'Ada', 'A1', 'Champion; Executive Sponsor'], 'auto').fields.roles).toEqual(['champion', 'executive_sponsor']);
    expect(mapRow(contacts, ['c1', 'Ada', 'A1', ''], 'auto').fields.roles).toEqual([]);
  });
});
