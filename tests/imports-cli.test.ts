import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CSV_FIXTURES } from './support/csv-import.ts';

const NODE = path.resolve('node_modules/.bin/node');
const work = mkdtempSync(path.join(tmpdir(), 'playmaker-import-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const env = { ...process.env, LOG_LEVEL: 'silent', DATABASE_URL: '', PLAYMAKER_DATA_DIR: path.join(work, 'data') };

function playmaker(...args: string[]) {
  const result = spawnSync(NODE, ['bin/playmaker.js', ...args], { env, encoding: 'utf8', timeout: 120_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, content: string | Buffer): string {
  const target = path.join(work, name);
  writeFileSync(target, content);
  return target;
}

describe('playmaker import', { timeout: 180_000 }, () => {
  it('exits 2 for a missing file or a bad mapping file, before opening the database', () => {
    const missing = playmaker('import', 'accounts', path.join(work, 'nope.csv'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(`playmaker: file ${path.join(work, 'nope.csv')} does not exist\n`);
    const csv = file('mapped.csv', 'Customer,Company\n1,Acme\n');
    const badTarget = playmaker('import', 'accounts', csv, '--mapping', file('bad.yaml', 'columns:\n  Customer: revenue\n'));
    expect(badTarget.code).toBe(2);
    expect(badTarget.stderr).toMatch(/^playmaker: .*bad\.yaml: columns\."Customer": "revenue" is not a account field/);
    expect(playmaker('import', 'accounts', csv, '--mapping', path.join(work, 'none.yaml')).code).toBe(2);
    expect(playmaker('import', 'accounts', csv, '--encoding', 'ebcdic').code).toBe(2);
    expect(existsSync(env.PLAYMAKER_DATA_DIR)).toBe(false);
  });

  it('imports a file, prints the summary and exits 0', () => {
    const res = playmaker('import', 'accounts', path.join(CSV_FIXTURES, 'accounts-semicolon-bom.csv'));
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toMatch(/^Accounts from Playmaker column names \(delimiter ";", UTF-8, dates ISO or unambiguous\)\n/);
    expect(res.stdout).toContain('  touch_model  → touchModel\n');
    expect(res.stdout).toMatch(/3 rows: 3 created, 0 updated, 0 unchanged, 0 rejected\nWritten\.\n$/);
  });

  it('exits 1 and writes nothing when all-or-nothing rows are rejected; --skip-invalid writes the rest and a rejects file', () => {
    const lines = ['crm_id,name,arr'];
    for (let i = 1; i <= 50; i++) lines.push(i % 2 ? `CLI-${i},Account ${i},${i}00` : `CLI-${i},,"not, money"`);
    const csv = file('mixed.csv', lines.join('\r\n') + '\r\n');

    const refused = playmaker('import', 'accounts', csv);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain('50 rows: 25 created, 0 updated, 0 unchanged, 25 rejected\n');
    expect(refused.stdout).toContain('line 3: name: is empty; arr: "not, money" is not an amount\n');
    expect(refused.stdout).toContain('… and 5 more rejected rows\n');
    expect(refused.stdout).toMatch(/Nothing was written: 25 rows rejected and the import is all-or-nothing/);

    const dry = playmaker('import', 'accounts', csv, '--dry-run', '--skip-invalid', '--json');
    expect(dry.code).toBe(0);
    expect(JSON.parse(dry.stdout)).toMatchObject({ dryRun: true, mode: 'skip-invalid', created: 25, rejected: 25 });
    expect(existsSync(`${csv}.rejects.csv`)).toBe(false);

    const skipped = playmaker('import', 'accounts', csv, '--skip-invalid');
    expect(skipped.code).toBe(0);
    expect(skipped.stdout).toContain(`(all are in ${csv}.rejects.csv)`);
    expect(skipped.stdout).toMatch(/Written, without the 25 rejected rows\.\n$/);
    const rejects = readFileSync(`${csv}.rejects.csv`, 'utf8').split('\r\n');
    expect(rejects[0]).toBe('crm_id,name,arr,Rejected Line,Rejected Reason');
    expect(rejects[1]).toBe('CLI-2,,"not, money",3,"name: is empty; arr: ""not, money"" is not an amount"');
    expect(rejects).toHaveLength(27);

    const again = playmaker('import', 'accounts', csv, '--dry-run');
    expect(again.code).toBe(1);
    expect(again.stdout).toContain('50 rows: 0 created, 0 updated, 25 unchanged, 25 rejected\n');
    expect(again.stdout).toMatch(/Dry run: nothing was written\. As it stands the import would be refused\.\n$/);
  });

  it('exits 1 with one clear line for a file it cannot read', () => {
    const latin1 = playmaker('import', 'accounts', file('latin1.csv', Buffer.from('crm_id,name\nL-1,Caf\xe9\n', 'latin1')));
    expect(latin1.code).toBe(1);
    expect(latin1.stderr).toMatch(/^playmaker: Line 2 is not valid UTF-8 \(byte 0xE9\)\. .*--encoding on the command line.*\n$/);
    const decoded = playmaker('import', 'accounts', path.join(work, 'latin1.csv'), '--encoding', 'windows-1252');
    expect(decoded.code).toBe(0);
    const noName = playmaker('import', 'contacts', file('contacts.csv', 'First Name,Email\nAda,ada@example.com\n'));
    expect(noName.code).toBe(1);
    expect(noName.stderr).toMatch(/^playmaker: The file has no column for the account each contact belongs to\./);
  });
});
