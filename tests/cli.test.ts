import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function tempDataDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'playmaker-cli-'));
  dirs.push(dir);
  return dir;
}

function cli(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['bin/playmaker.js', ...args], {
    env: { ...process.env, LOG_LEVEL: 'silent', DATABASE_URL: '', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Each case spawns real processes that open PGlite; give them room on a loaded machine.
describe('playmaker CLI', { timeout: 180_000 }, () => {
  it('has --help for every command', () => {
    const top = cli(['--help']);
    expect(top.code).toBe(0);
    for (const command of ['serve', 'migrate', 'users', 'tokens']) expect(top.stdout).toContain(command);
    for (const args of [['serve', '--help'], ['migrate', '--help'], ['users', '--help'], ['users', 'create', '--help'], ['users', 'list', '--help'], ['tokens', 'create', '--help']]) {
      const res = cli(args);
      expect(res.code, args.join(' ')).toBe(0);
      expect(res.stdout).toMatch(/Usage: playmaker/);
    }
  });

  it('answers a bad flag or a bad config with one line and exit code 2', () => {
    const cases: [string[], Record<string, string>, RegExp][] = [
      [['serve', '--bogus'], {}, /^playmaker: unknown option '--bogus'/],
      [['serve', '--role', 'chef'], {}, /^playmaker: option '--role <role>' argument 'chef' is invalid/],
      [['serve', '--port', 'eighty'], {}, /^playmaker: option '--port <port>' argument 'eighty' is invalid/],
      [['frobnicate'], {}, /^playmaker: unknown command 'frobnicate'/],
      [['serve'], { PORT: 'abc' }, /^playmaker: invalid configuration: PORT /],
      [['migrate'], { DATABASE_URL: 'mysql://nope' }, /^playmaker: invalid configuration: DATABASE_URL must start with postgres:\/\//],
      [['serve', '--role', 'worker'], { PLAYMAKER_DATA_DIR: '/tmp/unused' }, /^playmaker: --role worker needs DATABASE_URL/],
      [['users', 'create', '--email', 'a@example.com', '--name', 'A'], {}, /^playmaker: users create needs --password/],
      [['tokens', 'create', '--name', 'x', '--scopes', 'everything'], {}, /must be a comma-separated list of ingest, read, admin/],
    ];
    for (const [args, env, message] of cases) {
      const res = cli(args, env);
      expect(res.code, args.join(' ')).toBe(2);
      expect(res.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(res.stderr.trim()).toMatch(message);
    }
  });

  it('says clearly when the database cannot be reached, without a stack trace', () => {
    const res = cli(['migrate'], { DATABASE_URL: 'postgres://playmaker@127.0.0.1:9/playmaker' });
    expect(res.code).toBe(1);
    expect(res.stderr.trim()).toMatch(/^playmaker: cannot reach PostgreSQL at 127\.0\.0\.1:9\/playmaker: .*Is it running, and is DATABASE_URL right\?$/);
    expect(res.stderr).not.toMatch(/\n\s+at /);
  });

  it('migrates, creates the first admin and lists users on the embedded database', () => {
    const env = { PLAYMAKER_DATA_DIR: tempDataDir() };
    expect(cli(['migrate'], env).code).toBe(0);
    expect(cli(['migrate'], env).code).toBe(0);
    const created = cli(['users', 'create', '--role', 'admin', '--email', 'Boss@Example.com', '--name', 'The Boss', '--password', 'long-enough-pw'], env);
    expect(created.code).toBe(0);
    expect(created.stdout).toMatch(/^Created admin boss@example.com/);
    const dup = cli(['users', 'create', '--email', 'boss@example.com', '--name', 'Again', '--password', 'long-enough-pw'], env);
    expect(dup.code).toBe(1);
    expect(dup.stderr.trim()).toBe('playmaker: A user with email boss@example.com already exists');
    const listed = cli(['users', 'list'], env);
    expect(listed.stdout).toMatch(/admin\s+active\s+boss@example.com\s+The Boss/);
    expect(cli(['users', 'set-role', 'boss@example.com', 'manager'], env).code).toBe(0);
    expect(cli(['users', 'list'], env).stdout).toMatch(/manager\s+active\s+boss@example.com/);
  });

  it('serves on the embedded database with the admin from the environment, and stops on SIGTERM', async () => {
    const env = { ...process.env, DATABASE_URL: '', LOG_LEVEL: 'silent', PLAYMAKER_DATA_DIR: tempDataDir(), PLAYMAKER_ADMIN_EMAIL: 'first@example.com', PLAYMAKER_ADMIN_PASSWORD: 'first-admin-pw', HOST: '127.0.0.1' };
    const child = spawn(process.execPath, ['bin/playmaker.js', 'serve', '--port', '0'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no URL printed: ${stderr}`)), 45_000);
      child.stderr.on('data', () => {
        const match = /Listening on (http:\/\/\S+)/.exec(stderr);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      });
      child.on('exit', (code) => reject(new Error(`exited ${code}: ${stderr}`)));
    });
    try {
      const health = await fetch(`${url}/api/health`);
      expect(health.status).toBe(200);
      const login = await fetch(`${url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'first@example.com', password: 'first-admin-pw' }),
      });
      expect(login.status).toBe(200);
      expect(((await login.json()) as { user: { role: string } }).user.role).toBe('admin');
    } finally {
      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    }
  });
});
