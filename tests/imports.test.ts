import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportFileError } from '../src/core/csv/errors.ts';
import { parseMapping } from '../src/core/csv/mapping-file.ts';
import type { Database } from '../src/server/db/client.ts';
import { queryRows } from '../src/server/db/client.ts';
import { createUser } from '../src/server/modules/users/service.ts';
import { startTestApp } from './support/app.ts';
import type { TestApp } from './support/app.ts';
import { describeBackends } from './support/backends.ts';
import { accountsWhere, count, importFixture, importText } from './support/csv-import.ts';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CSV_FIXTURES } from './support/csv-import.ts';

async function refusal(promise: Promise<unknown>): Promise<ImportFileError> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof ImportFileError) return err;
    throw err;
  }
  throw new Error('expected the import to be refused');
}

describeBackends('CSV import', (backend) => {
  let app: TestApp;
  let database: Database;
  const people: Record<string, string> = {};

  // Starting PGlite (WASM compile, initdb, migrations) can take a minute on a busy machine.
  beforeAll(async () => {
    app = await startTestApp(await backend.freshDatabase());
    database = app.running.services.database;
    for (const [name, email] of [['Jordan Lee', 'jordan.lee@example.com'], ['Sam Rivera', 'sam.rivera@example.com']]) {
      const user = await createUser(database.db, app.running.services.auth, { email: email!, name: name!, role: 'csm', password: 'long-enough-pw' });
      people[name!] = user.id;
    }
  }, 180_000);
  afterAll(() => app.stop());

  describe('exports recognised without a mapping', () => {
    it('imports a Salesforce account report: owners by name, US dates, dollar amounts, the footer skipped', async () => {
      const report = await importFixture(database, 'salesforce-accounts.csv', { entity: 'accounts' });
      expect(report).toMatchObject({ rows: 3, created: 3, updated: 0, unchanged: 0, rejected: 0, committed: true });
      expect(report.format).toEqual({ source: 'salesforce', delimiter: '","', encoding: 'UTF-8', dateFormat: 'MM/DD/YYYY' });
      const rows = await accountsWhere(database, '001Wj');
      // 15-character report ids are stored in their 18-character form.
      expect(rows.map((r) => r.crm_id)).toEqual([expect.stringMatching(/^001Wj00000tQWvr\w{3}$/), expect.stringMatching(/^001Wj00000tiSsB\w{3}$/), expect.stringMatching(/^001Wj00000uABCD\w{3}$/)]);
      expect(rows[0]).toMatchObject({
        name: 'Acme Logistics', domain: 'acme-logistics.example', arr: '48000.00', renewal_date: '2027-03-31', owner_id: people['Jordan Lee'],
        traits: { annual_revenue: 125_000_000, account_type: 'Customer', industry: 'Transportation', billing_city: 'Chicago', last_activity_date: '2026-01-12' },
      });
      // Empty cells store no trait.
      expect(rows[2]!.traits).toEqual({ account_type: 'Customer - Direct', industry: 'Healthcare', billing_city: 'Boston' });
      // Creating an account by import is not a timeline event (see docs/decisions/007-csv-import.md).
      const events = await queryRows(database.db, sql`select e.type from timeline_events e join accounts a on a.id = e.account_id where a.name = 'Birch & Co'`);
      expect(events).toEqual([]);
    });

    it('imports a Salesforce contact report, attaching contacts by the account id column', async () => {
      const report = await importFixture(database, 'salesforce-contacts.csv', { entity: 'contacts' });
      expect(report).toMatchObject({ rows: 3, created: 3, rejected: 0 });
      expect(report.columns.find((c) => c.column === 'Account ID')).toMatchObject({ to: 'account.crmId', via: 'salesforce' });
      const contacts = await queryRows<{ name: string; title: string; account: string; external_id: string }>(database.db, sql`
        select c.name, c.title, a.name as account, c.external_id from contacts c join accounts a on a.id = c.account_id
        where c.external_id like '003Wj%' order by c.external_id`);
      expect(contacts.map((c) => [c.name, c.title, c.account])).toEqual([
        ['Dana Whitfield', 'VP Operations', 'Acme Logistics'],
        ['Marcus Oyelaran', 'Logistics Analyst', 'Acme Logistics'],
        ['Ingrid Sørensen', 'Head of E-commerce', 'Birch & Co'],
      ]);
    });

    it('imports a HubSpot company export, keeping its funnel lifecycle stage as a trait', async () => {
      const report = await importFixture(database, 'hubspot-companies.csv', { entity: 'accounts' });
      expect(report).toMatchObject({ rows: 3, created: 3, rejected: 0 });
      expect(report.format.source).toBe('hubspot');
      const rows = await accountsWhere(database, '88112233');
      expect(rows.map((r) => [r.name, r.domain, r.arr, r.owner_id])).toEqual([
        ['Northwind Analytics', 'northwind.example', '36000.00', people['Jordan Lee']],
        ['Orbit Labs', 'orbitlabs.example', null, people['Sam Rivera']],
        ['Pine & Partners, LLP', 'pinepartners.example', '9000.00', null],
      ]);
      expect(rows[0]!.traits).toEqual({
        annual_revenue: 25_000_000, crm_lifecycle_stage: 'customer', crm_created_date: '2024-03-18', employees: 250, industry: 'COMPUTER_SOFTWARE', country_region: 'United States',
      });
    });

    it('imports a HubSpot contact export by the primary company id, naming email-only contacts by their email', async () => {
      const report = await importFixture(database, 'hubspot-contacts.csv', { entity: 'contacts' });
      expect(report).toMatchObject({ rows: 3, created: 3, rejected: 0 });
      const contacts = await queryRows<{ name: string; email: string; account: string }>(database.db, sql`
        select c.name, c.email, a.name as account from contacts c join accounts a on a.id = c.account_id where c.external_id in ('5501', '5502', '5503') order by c.external_id`);
      expect(contacts).toEqual([
        { name: 'Priya Raman', email: 'priya@northwind.example', account: 'Northwind Analytics' },
        { name: 'Tom Becker', email: 'tom@orbitlabs.example', account: 'Orbit Labs' },
        { name: 'ops@pinepartners.example', email: 'ops@pinepartners.example', account: 'Pine & Partners, LLP' },
      ]);
    });
  });

  it('maps any header anywhere with a mapping file', async () => {
    const mapping = parseMapping('accounts', readFileSync(path.join(CSV_FIXTURES, 'accounts-custom.mapping.yaml'), 'utf8'));
    const report = await importFixture(database, 'accounts-custom.csv', { entity: 'accounts', mapping });
    expect(report).toMatchObject({ created: 2, rejected: 0 });
    expect(report.columns.map((c) => `${c.column}→${c.to}`)).toEqual(['Kundennummer→crmId', 'Firma→name', 'Jahresumsatz→arr', 'Vertragsende→renewalDate', 'Betreuer→owner', 'Segment→tier']);
    const rows = await accountsWhere(database, 'K-');
    expect(rows.map((r) => [r.name, r.arr, r.renewal_date, r.owner_id, r.tier])).toEqual([
      ['Alpha GmbH', '60000.00', '2027-06-30', people['Jordan Lee'], 'Mid-Market'],
      ['Beta AG', '24000.00', '2026-12-01', people['Sam Rivera'], 'SMB'],
    ]);
  });

  it('reads a BOM, semicolons, DD.MM.YYYY dates and euro amounts', async () => {
    const report = await importFixture(database, 'accounts-semicolon-bom.csv', { entity: 'accounts' });
    expect(report).toMatchObject({ created: 3, rejected: 0, format: { delimiter: '";"', encoding: 'UTF-8' } });
    expect(report.columns[0]!.column).toBe('crm_id');
    const rows = await accountsWhere(database, 'DE-');
    expect(rows.map((r) => [r.name, r.arr, r.renewal_date, r.touch_model])).toEqual([
      ['Müller Maschinenbau GmbH', '48000.00', '2027-03-31', 'high'],
      ['Schäfer & Söhne KG', '12500.00', '2026-11-15', 'low'],
      ['Zürich "Alpen" AG', '1234.56', '2027-02-01', 'tech'],
    ]);
  });

  it('reads dates and amounts as exports write them, and says which cell it cannot read', async () => {
    const csv = [
      'crm_id,name,arr,renewal_date,contract_start',
      'DT-1,Iso,"$1,234.56",2026-01-31,2025-02-01 00:00',
      'DT-2,Unambiguous,"1.234,56 €",31/01/2026,01/31/2025',
      'DT-3,Codes,"USD 1,234",2026-01-31T10:00:00Z,',
      'DT-4,Plain,1234,,',
      'DT-5,Ambiguous,1,03/04/2026,',
      'DT-6,Broken,"12 apples",2026-02-30,',
    ].join('\n');
    const report = await importText(database, csv, { entity: 'accounts', mode: 'skip-invalid' });
    expect(report).toMatchObject({ created: 4, rejected: 2 });
    expect(report.rejects).toEqual([
      { line: 6, reason: expect.stringMatching(/^renewal_date: "03\/04\/2026" is ambiguous/) },
      { line: 7, reason: 'arr: "12 apples" is not an amount; renewal_date: "2026-02-30" is not a valid YYYY-MM-DD date' },
    ]);
    const rows = await accountsWhere(database, 'DT-');
    expect(rows.map((r) => [r.arr, r.renewal_date])).toEqual([['1234.56', '2026-01-31'], ['1234.56', '2026-01-31'], ['1234.00', '2026-01-31'], ['1234.00', null]]);
    const fixed = await importText(database, 'crm_id,name,renewal_date\nDT-5,Ambiguous,03/04/2026\n', { entity: 'accounts', dateFormat: 'DD/MM/YYYY' });
    expect(fixed.created).toBe(1);
    expect((await accountsWhere(database, 'DT-5'))[0]!.renewal_date).toBe('2026-04-03');
  });

  describe('modes', () => {
    const good = (prefix: string) => [`crm_id,name,arr`, `${prefix}-1,One,100`, `${prefix}-2,Two,200`, `${prefix}-3,Three,300`].join('\n');

    it('all-or-nothing: one bad row and nothing is written, with the line and the reason', async () => {
      const before = await count(database, 'accounts');
      const report = await importText(database, `${good('AON')}\nAON-4,,400\nAON-5,Five,-5\n`, { entity: 'accounts' });
      expect(report).toMatchObject({ rows: 5, created: 3, rejected: 2, committed: false });
      expect(report.rejects).toEqual([{ line: 5, reason: 'name: is empty' }, { line: 6, reason: 'arr: -5 must not be negative' }]);
      expect(await count(database, 'accounts')).toBe(before);
    });

    it('skip-invalid: the good rows are written, the bad ones reported with their cells', async () => {
      const rejected: { line: number; cells: string[] }[] = [];
      const report = await importText(database, `${good('SKIP')}\nSKIP-4,,400\n`, {
        entity: 'accounts', mode: 'skip-invalid', batchSize: 2, onReject: (r) => void rejected.push({ line: r.line, cells: r.cells }),
      });
      expect(report).toMatchObject({ created: 3, rejected: 1, committed: true });
      expect(rejected).toEqual([{ line: 5, cells: ['SKIP-4', '', '400'] }]);
      expect((await accountsWhere(database, 'SKIP-')).map((r) => r.name)).toEqual(['One', 'Two', 'Three']);
    });

    it('dry run: counts what would be created, updated and left alone, and writes nothing', async () => {
      await importText(database, good('DRY'), { entity: 'accounts' });
      const timeline = await count(database, 'timeline_events');
      const report = await importText(database, `crm_id,name,arr\nDRY-1,One,100\nDRY-2,Two,250\nDRY-9,Nine,900\nDRY-10,,1\n`, { entity: 'accounts', dryRun: true });
      expect(report).toMatchObject({ dryRun: true, committed: false, created: 1, updated: 1, unchanged: 1, rejected: 1 });
      expect((await accountsWhere(database, 'DRY-')).map((r) => r.arr)).toEqual(['100.00', '200.00', '300.00']);
      expect(await count(database, 'timeline_events')).toBe(timeline);
    });

    it('updates only what changed, and records what changed on the timeline', async () => {
      await importText(database, 'crm_id,name,arr,plan\nUPD-1,One,100,basic\nUPD-2,Two,200,basic\n', { entity: 'accounts' });
      const [, untouched] = await accountsWhere(database, 'UPD-');
      const report = await importText(database, 'crm_id,name,arr,plan\nUPD-1,One,150,pro\nUPD-2,Two,200,basic\n', { entity: 'accounts' });
      expect(report).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
      const [changed, same] = await accountsWhere(database, 'UPD-');
      expect([changed!.arr, changed!.plan]).toEqual(['150.00', 'pro']);
      expect(same!.updated_at).toEqual(untouched!.updated_at);
      const [event] = await queryRows<{ type: string; summary: string; data: Record<string, unknown> }>(database.db, sql`
        select e.type, e.summary, e.data from timeline_events e join accounts a on a.id = e.account_id where a.crm_id = 'UPD-1' order by e.id desc limit 1`);
      expect(event).toEqual({
        type: 'account.updated', summary: 'Import from test.csv changed arr, plan',
        data: { source: 'csv', file: 'test.csv', changed: ['arr', 'plan'], from: { arr: 100, plan: 'basic' }, to: { arr: 150, plan: 'pro' } },
      });
    });

    it('leaves fields the file has no column for alone, merges traits, and drops a trait whose cell is empty', async () => {
      await importText(database, 'crm_id,name,plan,region,tag\nKEEP-1,Keep,pro,emea,vip\n', { entity: 'accounts' });
      const report = await importText(database, 'crm_id,name,segment,tag,nps\nKEEP-1,Keep,smb,,\n', { entity: 'accounts' });
      expect(report).toMatchObject({ updated: 1 });
      const [row] = await accountsWhere(database, 'KEEP-');
      expect(row).toMatchObject({ plan: 'pro', traits: { region: 'emea', segment: 'smb' } });
      expect(row!.traits).not.toHaveProperty('tag');
      expect(await importText(database, 'crm_id,name,segment,tag,nps\nKEEP-1,Keep,smb,,\n', { entity: 'accounts' })).toMatchObject({ unchanged: 1 });
    });
  });

  describe('duplicates', () => {
    it('reports both lines of a duplicated id, and refuses the import in all-or-nothing mode', async () => {
      const csv = 'crm_id,name\nDUP-1,First\nDUP-2,Second\nDUP-1,Again\n';
      const report = await importText(database, csv, { entity: 'accounts' });
      expect(report).toMatchObject({ committed: false, rejected: 1 });
      expect(report.rejects).toEqual([{ line: 4, reason: 'crm_id: "DUP-1" is also on line 2; each crmId may appear once' }]);
      expect(await accountsWhere(database, 'DUP-')).toEqual([]);
    });

    it('finds duplicates across batches, and keeps the first in skip-invalid mode', async () => {
      const lines = ['crm_id,name'];
      for (let i = 1; i <= 25; i++) lines.push(`DUPB-${i},Account ${i}`);
      lines.push('DUPB-3,Late copy');
      const report = await importText(database, lines.join('\n'), { entity: 'accounts', mode: 'skip-invalid', batchSize: 10 });
      expect(report).toMatchObject({ created: 25, rejected: 1, rejects: [{ line: 27, reason: 'crm_id: "DUPB-3" is also on line 4; each crmId may appear once' }] });
      expect((await accountsWhere(database, 'DUPB-3'))[0]!.name).toBe('Account 3');
    });

    it('refuses a product id that belongs to another account', async () => {
      await importText(database, 'crm_id,product_id,name\nPID-1,prod-1,One\n', { entity: 'accounts' });
      const report = await importText(database, 'crm_id,product_id,name\nPID-2,prod-1,Two\nPID-3,prod-3,Three\nPID-4,prod-3,Four\n', { entity: 'accounts', mode: 'skip-invalid' });
      expect(report.rejects).toEqual([
        { line: 2, reason: 'product_id: "prod-1" already belongs to account One (crmId PID-1)' },
        { line: 4, reason: 'product_id: "prod-3" is also on line 3; each productId may appear once' },
      ]);
    });
  });

  it('numbers lines by where a record starts, across quoted line breaks', async () => {
    const csv = 'crm_id,name,notes\r\nQN-1,One,"first line\r\nsecond line\r\nthird"\r\nQN-2,,"a\nb"\r\nQN-3,Three,x\r\nQN-4,,y\r\n';
    const report = await importText(database, csv, { entity: 'accounts', mode: 'skip-invalid' });
    expect(report.rejects.map((r) => r.line)).toEqual([5, 8]);
    expect((await accountsWhere(database, 'QN-1'))[0]!.traits).toEqual({ notes: 'first line\r\nsecond line\r\nthird' });
  });

  it('refuses a file that is not UTF-8, naming the line, and reads it with the encoding given', async () => {
    const latin1 = Buffer.from('crm_id,name\nENC-1,Plain\nENC-2,Caf\xe9 Noir\n', 'latin1');
    const before = await count(database, 'accounts');
    const err = await refusal(importText(database, latin1, { entity: 'accounts' }));
    expect(err.code).toBe('invalid_encoding');
    expect(err.message).toMatch(/^Line 3 is not valid UTF-8 \(byte 0xE9\).*encoding windows-1252 or latin1/);
    expect(await count(database, 'accounts')).toBe(before);
    const report = await importText(database, latin1, { entity: 'accounts', encoding: 'windows-1252' });
    expect(report.format.encoding).toBe('Windows-1252');
    expect((await accountsWhere(database, 'ENC-2'))[0]!.name).toBe('Café Noir');
  });

  it('refuses a file without a required column before reading any row', async () => {
    const before = await count(database, 'accounts');
    const err = await refusal(importText(database, 'Account ID,Website\nMISS-1,acme.example\n', { entity: 'accounts' }));
    expect(err.code).toBe('missing_column');
    expect(err.message).toMatch(/^The file has no column for the account name\. Expected one of: "Account Name" \(Salesforce\)/);
    expect(await count(database, 'accounts')).toBe(before);
  });

  it('rejects rows with too many or too few fields, but tolerates empty padding', async () => {
    const report = await importText(database, 'crm_id,name\nFC-1,One,,\nFC-2\nFC-3,Three,extra\n', { entity: 'accounts', mode: 'skip-invalid' });
    expect(report.rejects).toEqual([
      { line: 3, reason: expect.stringMatching(/^has 1 fields, the header has 2/) },
      { line: 4, reason: expect.stringMatching(/^has 3 fields, the header has 2 \(an unquoted delimiter/) },
    ]);
  });

  it('rejects an unknown owner, naming the column', async () => {
    const report = await importText(database, 'crm_id,name,owner_email\nOWN-1,One,nobody@example.com\nOWN-2,Two,JORDAN.LEE@example.com\n', { entity: 'accounts', mode: 'skip-invalid' });
    expect(report.rejects).toEqual([{ line: 2, reason: 'owner_email: no Playmaker user has the email "nobody@example.com"' }]);
    expect((await accountsWhere(database, 'OWN-'))[0]!.owner_id).toBe(people['Jordan Lee']);
  });

  describe('contacts', () => {
    beforeAll(async () => {
      await importText(database, 'crm_id,name\nCA-1,Contact Co\nCA-2,Other Co\n', { entity: 'accounts' });
    });

    it('rejects a contact whose account is unknown, naming the column', async () => {
      const report = await importText(database, 'external_id,name,email,account_crm_id\nCT-1,Ann,ann@example.com,CA-1\nCT-2,Bo,bo@example.com,NOPE\n', { entity: 'contacts' });
      expect(report).toMatchObject({ committed: false, rejects: [{ line: 3, reason: 'account_crm_id: no account has the CRM id "NOPE" (import the accounts first)' }] });
    });

    it('matches contacts by email when they have no id yet, and records role and status changes', async () => {
      const [account] = await queryRows<{ id: string }>(database.db, sql`select id from accounts where crm_id = 'CA-1'`);
      const created = await app.call('POST', '/api/contacts', {
        cookie: (await app.signIn('csm')).cookie,
        body: { accountId: account!.id, name: 'Eve Early', email: 'eve@example.com' },
      });
      expect(created.status).toBe(201);
      const first = await importText(database, 'external_id,name,email,account_crm_id,roles,status\nCT-10,Eve Early,EVE@example.com,CA-1,champion,active\nCT-11,Finn,finn@example.com,CA-1,,active\n', { entity: 'contacts' });
      expect(first).toMatchObject({ created: 1, updated: 1, rejected: 0 });
      const [eve] = await queryRows<{ id: string; external_id: string }>(database.db, sql`select id, external_id from contacts where lower(email) = 'eve@example.com'`);
      expect(eve).toEqual({ id: created.body.id, external_id: 'CT-10' });

      const second = await importText(database, 'external_id,name,email,account_crm_id,roles,status\nCT-10,Eve Early,eve@example.com,CA-1,champion,left\nCT-11,Finn,finn@example.com,CA-1,executive sponsor,active\n', { entity: 'contacts' });
      expect(second).toMatchObject({ updated: 2 });
      const events = await queryRows<{ type: string; summary: string }>(database.db, sql`
        select e.type, e.summary from timeline_events e join accounts a on a.id = e.account_id where a.crm_id = 'CA-1' and e.type like 'contact.%' order by e.id`);
      expect(events.map((e) => e.summary)).toEqual([
        'Eve Early added as a contact',
        'Eve Early is now champion',
        'Finn added as a contact',
        'Eve Early (champion) left the company',
        'Finn is now executive sponsor',
      ]);
      expect(events.map((e) => e.type)).toEqual(['contact.added', 'contact.role_added', 'contact.added', 'contact.left', 'contact.role_added']);
    });

    it('refuses an email that belongs to another contact of the account', async () => {
      const report = await importText(database, 'external_id,name,email,account_crm_id\nCT-12,Imposter,finn@example.com,CA-1\nCT-13,Twin,twin@example.com,CA-2\nCT-14,Twin Again,TWIN@example.com,CA-2\n', { entity: 'contacts', mode: 'skip-invalid' });
      expect(report.rejects).toEqual([
        { line: 2, reason: 'email: "finn@example.com" already belongs to Finn on this account (contact id CT-11)' },
        { line: 4, reason: 'email: "TWIN@example.com" is also on line 3 for the same account' },
      ]);
    });
  });
});
