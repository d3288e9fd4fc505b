import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, expect, it } from 'vitest';
import { openDatabase, queryRows } from '../src/server/db/client.ts';
import { describeBackends } from './support/backends.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function cli(args: string[], env: Record<string, string>) {
  const result = spawnSync(process.execPath, ['bin/playmaker.js', ...args], {
    env: { ...process.env, LOG_LEVEL: 'silent', DATABASE_URL: '', ...env },
    encoding: 'utf8',
    timeout: 240_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

it('refuses bad sizes with one line and exit code 2, and dry-runs without a database', () => {
  for (const [args, message] of [
    [['--accounts', '0'], /^playmaker: option '--accounts <n>' argument '0' is invalid/],
    [['--metrics', '99'], /--metrics <n>.*must be an integer from 1 to \d+/],
    [['--reference-day', 'tuesday'], /must be a day, YYYY-MM-DD/],
  ] as const) {
    const res = cli(['demo', 'generate', ...args], {});
    expect(res.code, args.join(' ')).toBe(2);
    expect(res.stderr.trim()).toMatch(message);
  }
  const dry = cli(['demo', 'generate', '--dry-run', '--accounts', '40', '--days', '60', '--metrics', '3'], { PLAYMAKER_DATA_DIR: '/nonexistent/never-created' });
  expect(dry.code, dry.stderr).toBe(0);
  expect(dry.stdout).toMatch(/^Generated 40 accounts \([\d,]+ rows, [\d,]+ metric values\) in [\d.]+ s: [\d,]+ rows\/s/);
}, 300_000);

describeBackends('playmaker demo generate', (backend) => {
  it('loads a benchmark-shaped company, prints rows/s, and refuses the same seed twice', async () => {
    let env: Record<string, string>;
    if (backend.name === 'postgres') env = { DATABASE_URL: await backend.freshDatabaseUrl() };
    else {
      const dir = mkdtempSync(path.join(tmpdir(), 'playmaker-demo-cli-'));
      dirs.push(dir);
      env = { PLAYMAKER_DATA_DIR: dir };
    }
    const args = ['demo', 'generate', '--accounts', '120', '--seed', '5', '--days', '90', '--metrics', '8', '--reference-day', '2026-03-15', '--chunk-size', '50'];
    const res = cli(args, env);
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toMatch(/^Loaded 120 accounts, [\d,]+ rows \([\d,]+ metric values\) in [\d.]+ s: [\d,]+ rows\/s/);
    expect(res.stdout).toMatch(/metric_series\s+960\n/);
    expect(res.stdout).toMatch(/Health scores for 120 accounts computed in [\d.]+ s/);

    const again = cli(args, env);
    expect(again.code).toBe(1);
    expect(again.stderr.trim().split('\n').at(-1)).toMatch(/^playmaker: seed 5 is already loaded in .*; pick another --seed$/);

    const database = await openDatabase(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : { dataDir: env.PLAYMAKER_DATA_DIR });
    try {
      const [row] = await queryRows<{ accounts: number; metrics: number; days: number }>(database.db, sql`
        select (select count(*)::int from accounts) as accounts,
               (select count(distinct metric)::int from metric_series) as metrics,
               (select max(cardinality(values))::int from metric_series) as days`);
      expect(row).toEqual({ accounts: 120, metrics: 8, days: 90 });
    } finally {
      await database.close();
    }
  }, 600_000);
});
