import { sql } from 'drizzle-orm';
import { InvalidArgumentError } from 'commander';
import type { Command } from 'commander';
import { demoCompany } from '../../core/demo/generate.ts';
import type { DemoCompany } from '../../core/demo/generate.ts';
import { DEFAULT_METRICS, DEFAULT_SEED, MAX_METRICS, utcDayOf } from '../../core/demo/options.ts';
import { describeDatabase } from '../config.ts';
import { queryRows } from '../db/client.ts';
import { recomputeDemoHealth } from '../modules/demo/health-hook.ts';
import { loadDemoAccounts } from '../modules/demo/load-accounts.ts';
import type { LoadResult } from '../modules/demo/load-accounts.ts';
import { DEMO_SEEDED_SETTING } from '../modules/demo/seed.ts';
import { ensureDemoTeam } from '../modules/demo/team-users.ts';
import { getSetting, setSetting } from '../modules/system/settings.ts';
import { withDatabase } from './context.ts';

function integer(min: number, max: number) {
  return (value: string): number => {
    const n = Number(value.replaceAll('_', ''));
    if (!Number.isInteger(n) || n < min || n > max) throw new InvalidArgumentError(`must be an integer from ${min} to ${max}`);
    return n;
  };
}

function share(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 1) throw new InvalidArgumentError('must be a number from 0 to 1');
  return n;
}

function day(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) throw new InvalidArgumentError('must be a day, YYYY-MM-DD');
  return value;
}

interface GenerateOptions {
  accounts: number;
  seed: number;
  days: number;
  metrics: number;
  referenceDay?: string;
  rawEventShare: number;
  chunkSize: number;
  concurrency?: number;
  health: boolean;
  dryRun?: boolean;
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

function peakRss(): string {
  return mb(process.resourceUsage().maxRSS * 1024);
}

/** Generates without a database: the generator's own speed, and the row counts a load would write. */
function dryRun(company: DemoCompany, chunkSize: number): void {
  const started = performance.now();
  const counts: Record<string, number> = {};
  let values = 0;
  for (let from = 0; from < company.options.accounts; from += chunkSize) {
    for (const b of company.accounts(from, from + chunkSize)) {
      for (const [key, list] of Object.entries(b)) if (Array.isArray(list)) counts[key] = (counts[key] ?? 0) + list.length;
      counts.accounts = (counts.accounts ?? 0) + 1;
      for (const s of b.series) values += s.values.length;
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const rows = Object.values(counts).reduce((a, b) => a + b, 0);
  process.stdout.write(`Generated ${fmt(company.options.accounts)} accounts (${fmt(rows)} rows, ${fmt(values)} metric values) in ${seconds.toFixed(1)} s: ${fmt(rows / seconds)} rows/s, peak memory ${peakRss()}\n`);
  for (const [key, n] of Object.entries(counts)) process.stdout.write(`  ${key.padEnd(20)} ${fmt(n).padStart(12)}\n`);
}

function report(result: LoadResult): void {
  const seconds = result.elapsedMs / 1000;
  process.stdout.write(
    `Loaded ${fmt(result.accounts)} accounts, ${fmt(result.rows)} rows (${fmt(result.metricValues)} metric values) in ${seconds.toFixed(1)} s: ` +
      `${fmt(result.rows / seconds)} rows/s, ${fmt(result.accounts / seconds)} accounts/s (generating took ${(result.generateMs / 1000).toFixed(1)} s of it), peak memory ${peakRss()}\n`,
  );
  for (const [table, n] of Object.entries(result.counts)) process.stdout.write(`  ${table.padEnd(20)} ${fmt(n).padStart(12)}\n`);
}

export function registerDemoCommands(program: Command): void {
  const demo = program.command('demo').description('The demo company: a deterministic, realistic customer base');
  demo
    .command('generate')
    .description('Generate a demo customer base into the configured database (PostgreSQL via DATABASE_URL for large sizes), streaming in chunks')
    .option('--accounts <n>', 'how many accounts', integer(1, 10_000_000), 1000)
    .option('--seed <n>', 'random seed: the same seed and reference day give the same data', integer(0, 2 ** 31 - 1), DEFAULT_SEED)
    .option('--days <n>', 'days of daily metric history, ending on the reference day', integer(30, 3650), 365)
    .option('--metrics <n>', `metric series per account (1-${MAX_METRICS})`, integer(1, MAX_METRICS), DEFAULT_METRICS)
    .option('--reference-day <day>', 'the last day with data, YYYY-MM-DD (default: today, UTC)', day)
    .option('--raw-event-share <share>', 'share of accounts whose every product event of the last 14 days is stored raw', share, 0.05)
    .option('--chunk-size <n>', 'accounts per transaction', integer(1, 100_000), 500)
    .option('--concurrency <n>', 'chunks written at once (default: 2 on PostgreSQL, 1 on PGlite)', integer(1, 2))
    .option('--no-health', 'skip computing health scores after loading')
    .option('--dry-run', 'generate and count, without a database')
    .action(async (opts: GenerateOptions) => {
      const now = new Date();
      const company = demoCompany({
        seed: opts.seed,
        accounts: opts.accounts,
        days: opts.days,
        metrics: opts.metrics,
        rawEventShare: opts.rawEventShare,
        referenceDay: opts.referenceDay ?? utcDayOf(now.getTime()),
        ...(opts.referenceDay ? {} : { asOf: now.toISOString() }),
      });
      if (opts.dryRun) return dryRun(company, opts.chunkSize);

      await withDatabase(async ({ config, database, auth }) => {
        const db = database.db;
        const first = company.accounts(0, 1).next().value!;
        const [taken] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from accounts where id = ${first.account.id} or crm_id = ${first.account.crmId}`);
        if (taken!.n) throw new Error(`seed ${opts.seed} is already loaded in ${describeDatabase(config)}; pick another --seed`);
        process.stderr.write(`Generating ${fmt(opts.accounts)} accounts (seed ${opts.seed}, ${opts.days} days, ${opts.metrics} metrics) into ${describeDatabase(config)}\n`);

        const userIds = await ensureDemoTeam(db, auth, company.team);
        let lastReport = performance.now();
        const result = await loadDemoAccounts(db, company, userIds, {
          chunkSize: opts.chunkSize,
          transactionPerChunk: true,
          concurrency: opts.concurrency ?? (database.backend === 'postgres' ? 2 : 1),
          onProgress: (p) => {
            if (performance.now() - lastReport < 5_000) return;
            lastReport = performance.now();
            process.stderr.write(`  ${fmt(p.accounts)} accounts, ${fmt(p.rows)} rows, ${fmt(p.rows / (p.elapsedMs / 1000))} rows/s\n`);
          },
        });
        if (!(await getSetting(db, DEMO_SEEDED_SETTING))) {
          // A later `serve --demo` must not add the default company on top of this one.
          await setSetting(db, DEMO_SEEDED_SETTING, { at: now.toISOString(), version: 2, seed: opts.seed, referenceDay: company.options.referenceDay, accounts: opts.accounts, rows: result.rows, by: 'demo generate' });
        }
        report(result);
        if (opts.health) {
          // The reference day only: history for 100,000 accounts is the nightly job's work.
          const health = await recomputeDemoHealth(db, company.options.referenceDay, [0]);
          process.stdout.write(`Health scores for ${fmt(health.accounts)} accounts computed in ${(health.ms / 1000).toFixed(1)} s\n`);
        }
      });
    });
}
