import { sql } from 'drizzle-orm';
import type { Logger } from 'pino';
import type { Role } from '../../../core/auth/permissions.ts';
import { demoCompany } from '../../../core/demo/generate.ts';
import { DEFAULT_SEED, utcDayOf } from '../../../core/demo/options.ts';
import { DEMO_LOGIN_EMAILS, DEMO_PASSWORD } from '../../../core/demo/team.ts';
import type { DemoTeamMember } from '../../../core/demo/types.ts';
import type { Db } from '../../db/client.ts';
import type { Jobs } from '../../jobs/jobs.ts';
import { requestEvaluation } from '../engine/jobs.ts';
import { getSetting, setSetting } from '../system/settings.ts';
import type { Auth } from '../users/auth.ts';
import { recomputeDemoHealth } from './health-hook.ts';
import { loadDemoAccounts } from './load-accounts.ts';
import { ensureDemoTeam } from './team-users.ts';

export { DEMO_PASSWORD };

export interface DemoLogin {
  email: string;
  password: string;
  role: Role;
  name: string;
}

export const DEMO_SEEDED_SETTING = 'demo.seeded';
/** Taken while loading, so two processes starting on one empty database load the demo once. */
const DEMO_LOCK_KEY = 7_246_173_501;

export interface SeedDemoOptions {
  /** Default 1,000. */
  accounts?: number;
  seed?: number;
  /** The demo's "today"; defaults to the current time. */
  now?: Date;
  logger?: Logger;
  /** To evaluate the triggers once the company is loaded (see the end of seedDemo). */
  jobs?: Jobs | null;
}

export function demoLogins(team: DemoTeamMember[]): DemoLogin[] {
  return DEMO_LOGIN_EMAILS.map((email) => team.find((m) => m.email === email)!).map((m) => ({ email: m.email, password: DEMO_PASSWORD, role: m.role, name: m.name }));
}

/**
 * Loads the demo company on first start: the team, then 1,000 accounts with a year of usage,
 * contacts, tickets, NPS, notes and timelines, in one transaction; then scores health with a
 * few weeks of history. The `demo.seeded` setting marks it done, so later starts only return
 * the logins.
 */
export async function seedDemo(db: Db, auth: Auth, options: SeedDemoOptions = {}): Promise<DemoLogin[]> {
  const now = options.now ?? new Date();
  const company = demoCompany({ referenceDay: utcDayOf(now.getTime()), asOf: now.toISOString(), seed: options.seed ?? DEFAULT_SEED, accounts: options.accounts ?? 1000 });
  const logins = demoLogins(company.team);
  if (await getSetting(db, DEMO_SEEDED_SETTING)) return logins;

  const started = performance.now();
  const userIds = await ensureDemoTeam(db, auth, company.team);
  const teamMs = performance.now() - started;
  const loaded = await db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    await t.execute(sql`select pg_advisory_xact_lock(${DEMO_LOCK_KEY})`);
    if (await getSetting(t, DEMO_SEEDED_SETTING)) return null;
    const result = await loadDemoAccounts(t, company, userIds);
    const { seed, referenceDay, accounts } = company.options;
    await setSetting(t, DEMO_SEEDED_SETTING, { at: now.toISOString(), version: 2, seed, referenceDay, accounts, rows: result.rows });
    return result;
  });
  if (!loaded) return logins;
  // The data is committed either way; the nightly health job scores it if this fails.
  const health = await recomputeDemoHealth(db, company.options.referenceDay).catch((err: Error) => {
    options.logger?.warn({ err: err.message }, 'could not compute health scores for the demo company');
    return null;
  });
  // The plays the data calls for start now, not at the next quarter-hour sweep: a first visit
  // to Today must find the CSM's steps.
  await requestEvaluation(options.jobs, 'all').catch((err: Error) => options.logger?.warn({ err: err.message }, 'could not ask for the demo\'s first trigger evaluation'));
  options.logger?.info(
    {
      accounts: loaded.accounts,
      rows: loaded.rows,
      teamMs: Math.round(teamMs),
      generateMs: Math.round(loaded.generateMs),
      loadMs: Math.round(loaded.elapsedMs),
      healthMs: health ? Math.round(health.ms) : null,
      healthDays: health?.days.length ?? 0,
      totalMs: Math.round(performance.now() - started),
    },
    'loaded the demo company',
  );
  return logins;
}
