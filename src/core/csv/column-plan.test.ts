import { describe, expect, it } from 'vitest';
import { planColumns } from './column-plan.ts';
import type { ColumnPlan } from './column-plan.ts';
import { ImportFileError } from './errors.ts';
import { parseMapping } from './mapping-file.ts';
import { columnReports } from './report.ts';

const targets = (plan: ColumnPlan) => Object.fromEntries(columnReports(plan).map((c) => [c.column, c.to]));

describe('planColumns: Salesforce', () => {
  it('recognises a Salesforce account report export', () => {
    const plan = planColumns('accounts', ['Account ID', 'Account Name', 'Website', 'Annual Revenue', 'Type', 'Industry', 'Account Owner', 'Billing City', 'Billing State/Province', 'Last Activity']);
    expect(plan.source).toBe('salesforce');
    expect(plan.accountKey).toBe('crmId');
    expect(targets(plan)).toEqual({
      'Account ID': 'crmId',
      'Account Name': 'name',
      Website: 'domain',
      'Annual Revenue': 'traits.annual_revenue (amount)',
      Type: 'traits.account_type',
      Industry: 'traits.industry',
      'Account Owner': 'owner',
      'Billing City': 'traits.billing_city',
      'Billing State/Province': 'traits.billing_state_province',
      'Last Activity': 'traits.last_activity_date (date)',
    });
    expect(plan.byField.get('crmId')!.salesforceIds).toBe(true);
  });

  it('recognises Data Loader API names and keeps custom fields as traits', () => {
    const plan = planColumns('accounts', ['Id', 'Name', 'Website', 'AnnualRevenue', 'OwnerId', 'ParentId', 'Renewal_Date__c', 'Health__c']);
    expect(plan.source).toBe('salesforce');
    expect(targets(plan)).toMatchObject({ Id: 'crmId', Name: 'name', OwnerId: 'traits.crm_owner_id', Renewal_Date__c: 'renewalDate', Health__c: 'traits.health' });
  });

  it('prefers the owner email over the owner name, keeping the name as a trait', () => {
    const plan = planColumns('accounts', ['Account ID', 'Account Name', 'Account Owner', 'Owner Email']);
    expect(plan.byField.get('owner')!.header).toBe('Owner Email');
    expect(columnReports(plan).find((c) => c.column === 'Account Owner')).toEqual({
      column: 'Account Owner', to: 'traits.account_owner', via: 'unrecognised', note: '"Owner Email" is used for owner',
    });
  });

  it('recognises a Salesforce contact export', () => {
    const plan = planColumns('contacts', ['Contact ID', 'Account ID', 'First Name', 'Last Name', 'Title', 'Email', 'Phone', 'Account Name']);
    expect(plan.source).toBe('salesforce');
    expect(plan.accountReference).toBe('account.crmId');
    expect(targets(plan)).toEqual({
      'Contact ID': 'externalId', 'Account ID': 'account.crmId', 'First Name': 'firstName', 'Last Name': 'lastName',
      Title: 'title', Email: 'email', Phone: 'ignored', 'Account Name': 'ignored',
    });
  });
});

describe('planColumns: HubSpot', () => {
  it('recognises a HubSpot company export; its lifecycle stage is the CRM one, kept as a trait', () => {
    const plan = planColumns('accounts', ['Record ID', 'Company name', 'Company Domain Name', 'Annual Revenue', 'Lifecycle Stage', 'Company owner', 'Create Date', 'Number of Employees']);
    expect(plan.source).toBe('hubspot');
    expect(targets(plan)).toEqual({
      'Record ID': 'crmId', 'Company name': 'name', 'Company Domain Name': 'domain', 'Annual Revenue': 'traits.annual_revenue (amount)',
      'Lifecycle Stage': 'traits.crm_lifecycle_stage', 'Company owner': 'owner', 'Create Date': 'traits.crm_created_date (date)',
      'Number of Employees': 'traits.employees (number)',
    });
  });

  it('recognises a HubSpot contact export and attaches by the primary company id', () => {
    const plan = planColumns('contacts', ['Record ID', 'First Name', 'Last Name', 'Email', 'Job Title', 'Associated Company IDs', 'Associated Company IDs (Primary)', 'Company Name']);
    expect(plan.source).toBe('hubspot');
    expect(plan.byField.get('account.crmId')!.header).toBe('Associated Company IDs (Primary)');
    expect(targets(plan)).toMatchObject({ 'Record ID': 'externalId', 'Job Title': 'title', 'Associated Company IDs': 'ignored', 'Company Name': 'ignored' });
  });

  it('matches contacts by company name when the export has no company id', () => {
    const plan = planColumns('contacts', ['Record ID', 'First Name', 'Email', 'Company Name']);
    expect(plan.accountReference).toBe('account.name');
  });
});

describe('planColumns: our own names and mappings', () => {
  it('reads Playmaker-style headers in snake or camel case, and plain Lifecycle Stage as ours', () => {
    const plan = planColumns('accounts', ['crm_id', 'name', 'ARR', 'touchModel', 'Lifecycle Stage', 'renewal_date', 'owner_email', 'nps']);
    expect(plan.source).toBe('playmaker');
    expect(targets(plan)).toEqual({
      crm_id: 'crmId', name: 'name', ARR: 'arr', touchModel: 'touchModel', 'Lifecycle Stage': 'lifecycleStage',
      renewal_date: 'renewalDate', owner_email: 'owner', nps: 'traits.nps',
    });
  });

  it('lets a mapping send any header anywhere, before recognition', () => {
    const mapping = parseMapping('accounts', 'columns:\n  Kundennummer: crmId\n  Firma: name\n  MRR: traits.mrr:amount\n  Website: ignore\n');
    expect(() => planColumns('accounts', ['Kundennummer', 'Firma', 'MRR', 'Website', 'Plan'])).toThrow(/no column for the account name/);
    const mapped = planColumns('accounts', ['Kundennummer', 'Firma', 'MRR', 'Website', 'Plan'], mapping);
    expect(targets(mapped)).toEqual({ Kundennummer: 'crmId', Firma: 'name', MRR: 'traits.mrr (amount)', Website: 'ignored', Plan: 'plan' });
    expect(mapped.source).toBe('playmaker');
  });

  it('refuses a mapping that names a column the file does not have', () => {
    const mapping = parseMapping('accounts', '{"columns": {"Customer No": "crmId"}}');
    expect(() => planColumns('accounts', ['Id', 'Name'], mapping)).toThrow(/names column "Customer No", which the file does not have/);
  });

  it('does not take a hand-made file for a CRM export, but still knows CRM headers in it', () => {
    const plan = planColumns('contacts', ['external_id', 'account_name', 'title', 'Associated Company ID', 'email']);
    expect(plan.source).toBe('playmaker');
    expect(plan.accountReference).toBe('account.crmId');
    expect(plan.byField.get('account.crmId')!.via).toBe('hubspot');
  });

  it('gives duplicate trait names a suffix', () => {
    const plan = planColumns('accounts', ['crm_id', 'name', 'Region', 'region']);
    expect(targets(plan)).toMatchObject({ Region: 'traits.region' });
    expect(columnReports(plan)[3]!.to).toBe('traits.region_2');
  });
});

describe('planColumns: required columns', () => {
  it('names the expected headers when the account name column is missing', () => {
    let error: ImportFileError | undefined;
    try {
      planColumns('accounts', ['Account ID', 'Website', 'Industry']);
    } catch (err) {
      error = err as ImportFileError;
    }
    expect(error).toBeInstanceOf(ImportFileError);
    expect(error!.code).toBe('missing_column');
    expect(error!.message).toMatch(/^The file has no column for the account name\. Expected one of: "Account Name" \(Salesforce\), "Name" \(Salesforce\), "Company name" \(HubSpot\), "name"/);
    expect(error!.message).toMatch(/The file's columns are: Account ID, Website, Industry$/);
  });

  it('needs an id to match accounts on', () => {
    expect(() => planColumns('accounts', ['Account Name', 'Website'])).toThrow(/no column for the account's id in your CRM or product/);
  });

  it('needs the account of each contact, and an id or email', () => {
    expect(() => planColumns('contacts', ['Contact ID', 'First Name', 'Email'])).toThrow(/no column for the account each contact belongs to/);
    expect(() => planColumns('contacts', ['Account ID', 'First Name'])).toThrow(/no column for the contact's id or email/);
  });
});
