import { and, eq, isNotNull } from 'drizzle-orm';
import { compileCondition } from '../../../core/conditions/index.ts';
import { utcToday } from '../../../core/metrics/days.ts';
import { judgementDay, successVerdict } from '../../../core/plays/index.ts';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/client.ts';
import { matchingAccountsQuery } from '../engine/condition-sql.ts';
import { metricSql } from '../engine/metric-sql.ts';
import { closePlays } from './closing.ts';
import { plays } from './schema.ts';
import { loadVersions, versionKey } from './versions.ts';

// Bounds the account list of one query and the ids of one close (a statement takes at most 65,535 parameters).
const CHUNK = 5000;

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export interface SuccessRun {
  /** Open plays looked at. */
  evaluated: number;
  success: number;
  failure: number;
  /** Success conditions that could not be evaluated (the plays stay open). */
  errors: string[];
}

/**
 * Decides the outcome of open plays, treated and control alike: success when the playbook
 * version's success condition holds inside the play's window, failure once the window has ended
 * without it. One query per version and judgement day, over that version's open plays' accounts.
 */
export async function evaluateSuccess(db: Db, options: { today?: string } = {}): Promise<SuccessRun> {
  const today = options.today ?? utcToday();
  const open = await db
    .select({ id: plays.id, playbookId: plays.playbookId, version: plays.version, accountId: plays.accountId, successBy: plays.successBy })
    .from(plays)
    .where(and(eq(plays.status, 'open'), isNotNull(plays.successBy)));
  const run: SuccessRun = { evaluated: open.length, success: 0, failure: 0, errors: [] };
  if (!open.length) return run;
  const versions = await loadVersions(db, open);
  const byVersion = new Map<string, typeof open>();
  for (const play of open) {
    const key = versionKey(play.playbookId, play.version);
    byVersion.set(key, [...(byVersion.get(key) ?? []), play]);
  }
  for (const [key, group] of byVersion) {
    const success = versions.get(key)!.playbook.success;
    if (!success) continue;
    let checked;
    try {
      checked = compileCondition(success.when);
    } catch (err) {
      run.errors.push(`${key}: ${(err as Error).message}`);
      continue;
    }
    // Plays whose window ended are judged on its last day (normally yesterday), the rest today.
    const byDay = new Map<string, typeof group>();
    for (const play of group) {
      const day = judgementDay(play.successBy!, today);
      byDay.set(day, [...(byDay.get(day) ?? []), play]);
    }
    for (const [day, dayPlays] of byDay) {
      for (const plays of chunks(dayPlays, CHUNK)) {
        let held: Set<string>;
        try {
          const { query } = matchingAccountsQuery(checked, { today: day, metric: metricSql }, { accountIds: [...new Set(plays.map((play) => play.accountId))] });
          held = new Set((await queryRows<{ id: string }>(db, query)).map((row) => row.id));
        } catch (err) {
          run.errors.push(`${key} on ${day}: ${(err as Error).message}`);
          break;
        }
        const verdicts = { success: [] as string[], failure: [] as string[] };
        for (const play of plays) {
          const verdict = successVerdict(held.has(play.accountId), play.successBy!, today);
          if (verdict !== 'open') verdicts[verdict].push(play.id);
        }
        run.success += (await closePlays(db, verdicts.success, { outcome: 'success', reason: `success criteria met by ${day}: ${success.when}`, actorId: null })).length;
        run.failure += (await closePlays(db, verdicts.failure, { outcome: 'failure', reason: `the success window ended on ${day} without: ${success.when}`, actorId: null })).length;
      }
    }
  }
  return run;
}
