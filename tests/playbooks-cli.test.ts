import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { describeBackends } from './support/backends.ts';
import { BROKEN_DIR, STARTER_DIR } from './support/playbook-files.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = path.join(ROOT, 'bin/playmaker.js');
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'playmaker-playbooks-'));
  dirs.push(dir);
  return dir;
}

function cli(args: string[], options: { env?: Record<string, string>; cwd?: string } = {}) {
  const { DATABASE_URL: _ignored, ...env } = process.env;
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env: { ...env, LOG_LEVEL: 'silent', ...options.env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Relative paths and bytes of every library file under `dir`. */
function libraryFiles(dir: string): Map<string, Buffer> {
  return new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && /\.(ya?ml|liquid)$/.test(e.name))
      .map((e) => path.join(e.parentPath, e.name))
      .map((file) => [path.relative(dir, file), readFileSync(file)] as const)
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
}

// Each case spawns the CLI (a second or two each on an idle machine, far more on a busy one).
const CLI_TIMEOUT = 120_000;

describe('playmaker lint', () => {
  const cases = readdirSync(BROKEN_DIR, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();

  it.each(cases)('prints exactly the expected problems of %s and exits 1 on errors', (name) => {
    const caseDir = path.join(BROKEN_DIR, name);
    const expected = readFileSync(path.join(caseDir, 'expected.txt'), 'utf8').split('\n').filter(Boolean);
    const res = cli(['lint', '.'], { cwd: caseDir });
    expect(res.stdout.split('\n').filter(Boolean)).toEqual(expected);
    expect(res.code).toBe(expected.some((line) => !/ warning: /.test(line)) ? 1 : 0);
  }, CLI_TIMEOUT);

  it('exits 1 on the whole broken-playbooks directory', () => {
    const res = cli(['lint', 'tests/fixtures/broken-playbooks']);
    expect(res.code).toBe(1);
    expect(res.stdout).toMatch(/^tests\/fixtures\/broken-playbooks\/yaml-syntax\/kickoff\.yaml:\d+:\d+ YAML syntax error/m);
  }, CLI_TIMEOUT);

  it('passes the starter library clean, and a single file of it with its templates', () => {
    const res = cli(['lint', 'playbooks/']);
    expect(res.stdout).toBe('');
    expect(res.stderr).toMatch(/^\d+ files checked: 0 errors, 0 warnings\n$/);
    expect(res.code).toBe(0);
    const one = cli(['lint', 'playbooks/renewal.yaml']);
    expect(one.code).toBe(0);
    expect(one.stderr).toMatch(/^[2-9] files checked: 0 errors, 0 warnings\n$/);
  }, CLI_TIMEOUT);

  it('reports a file of a library with the templates it uses', () => {
    const dir = tempDir();
    cpSync(STARTER_DIR, dir, { recursive: true });
    writeFileSync(path.join(dir, 'templates/renewal-proposal.liquid'), '---\nkind: email\nsubject: Hi\n---\n{{ account.nmae }}\n');
    const res = cli(['lint', path.join(dir, 'renewal.yaml')]);
    expect(res.code).toBe(1);
    expect(res.stdout).toBe(`${path.join(dir, 'templates/renewal-proposal.liquid')}:5:4 undefined merge field "account.nmae" (did you mean "account.name"?)\n`);
  }, CLI_TIMEOUT);

  it('answers a bad path with one line and exit code 2', () => {
    for (const [args, message] of [
      [['lint', 'playbooks/nope.yaml'], 'playmaker: playbooks/nope.yaml: no such file or directory'],
      [['lint', 'package.json'], 'playmaker: package.json: not a playbook (.yaml, .yml) or template (.liquid) file'],
    ] as const) {
      const res = cli([...args]);
      expect(res.code, args.join(' ')).toBe(2);
      expect(res.stderr.trim()).toBe(message);
    }
    expect(cli(['lint']).code).toBe(2);
  }, CLI_TIMEOUT);
});

describeBackends('playmaker playbooks import and export', (backend) => {
  let env: Record<string, string>;
  const setup = async () => {
    env = backend.name === 'postgres' ? { DATABASE_URL: await backend.freshDatabaseUrl() } : { PLAYMAKER_DATA_DIR: tempDir() };
  };

  it('imports the starter library, exports it byte for byte, and re-imports it unchanged', async () => {
    await setup();
    const imported = cli(['playbooks', 'import', 'playbooks/', '--status', 'active'], { env });
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('created renewal (version 1, active)\n');
    expect(imported.stdout).toMatch(/19 playbooks created, 0 updated, 0 unchanged\n$/);

    const out = tempDir();
    const exported = cli(['playbooks', 'export', out], { env });
    expect(exported.code).toBe(0);
    expect(exported.stdout).toBe(`Wrote 53 files to ${out}\n`);
    const disk = libraryFiles(STARTER_DIR);
    const written = libraryFiles(out);
    expect([...written.keys()]).toEqual([...disk.keys()]);
    for (const [file, bytes] of disk) expect(written.get(file)!.equals(bytes), file).toBe(true);

    const again = cli(['playbooks', 'import', out], { env });
    expect(again.code).toBe(0);
    expect(again.stdout).toBe('0 playbooks created, 0 updated, 19 unchanged\n');
  }, CLI_TIMEOUT);

  it('refuses a directory with a broken file, printing every problem, and changes nothing', async () => {
    const broken = tempDir();
    cpSync(STARTER_DIR, broken, { recursive: true });
    writeFileSync(path.join(broken, 'qbr.yaml'), readFileSync(path.join(STARTER_DIR, 'qbr.yaml'), 'utf8').replace('title: ', 'title: Changed '));
    writeFileSync(path.join(broken, 'zz-broken.yaml'), 'id: zz-broken\ntitle: "open\n');
    writeFileSync(path.join(broken, 'templates/qbr-agenda.liquid'), '---\nkind: agenda\n---\n{% for x in %}\n');
    const res = cli(['playbooks', 'import', broken], { env });
    expect(res.code).toBe(1);
    const lines = res.stderr.trim().split('\n');
    expect(lines.at(-1)).toBe('Import refused, nothing changed');
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^${path.join(broken, 'templates/qbr-agenda.liquid')}:4:\\d+ Liquid syntax error`)));
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^${path.join(broken, 'zz-broken.yaml')}:2:8 YAML syntax error`)));

    const out = tempDir();
    expect(cli(['playbooks', 'export', out], { env }).code).toBe(0);
    const written = libraryFiles(out);
    for (const [file, bytes] of libraryFiles(STARTER_DIR)) expect(written.get(file)!.equals(bytes), file).toBe(true);
    expect(cli(['playbooks', 'import', path.join(broken, 'missing')], { env }).code).toBe(2);
  }, CLI_TIMEOUT);
});
