import { describe, expect, it } from 'vitest';
import { formatCsvRecord } from './csv-format.ts';
import { formatReport } from './report.ts';
import type { ImportReport } from './report.ts';

const report: ImportReport = {
  entity: 'accounts', mode: 'all-or-nothing', dryRun: false, committed: false,
  format: { source: 'salesforce', delimiter: '","', encoding: 'UTF-8', dateFormat: 'MM/DD/YYYY' },
  columns: [{ column: 'Account ID', to: 'crmId', via: 'salesforce' }, { column: 'Account Name', to: 'name', via: 'salesforce' }],
  rows: 30, created: 20, updated: 5, unchanged: 2, rejected: 3,
  rejects: [{ line: 4, reason: 'ARR: "x" is not an amount' }, { line: 9, reason: 'Account Name: is empty' }, { line: 12, reason: 'Account ID: also on line 3' }],
  rejectsOmitted: 0,
};

describe('formatReport', () => {
  it('prints the columns, counts and capped rejected lines', () => {
    const text = formatReport(report, { maxRejectLines: 2 });
    expect(text).toContain('Accounts from Salesforce export (delimiter ",", UTF-8, dates MM/DD/YYYY)');
    expect(text).toContain('  Account ID   → crmId');
    expect(text).toContain('30 rows: 20 created, 5 updated, 2 unchanged, 3 rejected');
    expect(text).toContain('line 4: ARR: "x" is not an amount\nline 9: Account Name: is empty\n… and 1 more rejected row\n');
    expect(text).toMatch(/Nothing was written: 3 rows rejected and the import is all-or-nothing/);
  });
  it('says what a dry run would do', () => {
    expect(formatReport({ ...report, dryRun: true })).toMatch(/Dry run: nothing was written\. As it stands the import would be refused\.\n$/);
    expect(formatReport({ ...report, mode: 'skip-invalid', committed: true }, { rejectsFile: 'a.rejects.csv' })).toMatch(/Rejected rows are in a\.rejects\.csv\nWritten, without the 3 rejected rows\.\n$/);
  });
});

describe('formatCsvRecord', () => {
  it('quotes only what needs quoting', () => {
    expect(formatCsvRecord(['a', 'b,c', 'say "hi"', 'two\nlines', ' pad', '7'])).toBe('a,"b,c","say ""hi""","two\nlines"," pad",7\r\n');
    expect(formatCsvRecord(['a;b', 'c'], ';')).toBe('"a;b";c\r\n');
  });
});
