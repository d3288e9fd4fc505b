import { and, eq, sql } from 'drizzle-orm';
import { compileCondition } from '../../../core/conditions/index.ts';
import { utcToday } from '../../../core/metrics/days.ts';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/client.ts';
import { matchingAccountsQuery } from '../engine/condition-sql.ts';
import { metricSql } from '../engine/metric-sql.ts';
import { recordStepEvents } from './audit.ts';
import { finishAutomatically } from './automatic.ts';
import { playSteps, plays } from './schema.ts';
import { loadVersions, versionKey } from './versions.ts';

export interface WaitRun {
  elapsed: number;
  met: number;
  timedOut: number;
  errors: string[];
  webhookStepIds: string[];
}

/**
 * Ends the waits whose time has come: a `for` wait once its duration elapsed; an `until` wait
 * once its condition holds (one SQL query per playbook version and step, over the waiting
 * accounts), or with outcome `timeout` when its timeout day arrives without it.
 */
export async function finishWaits(db: Db, options: { today?: string } = {}): Promise<WaitRun> {
  const today = options.today ?? utcToday();
  const waiting = await db
    .select({ stepId: playSteps.stepId, waitUntil: playSteps.waitUntil, playId: plays.id, playbookId: plays.playbookId, version: plays.version, accountId: plays.accountId })
    .from(playSteps)
    .innerJoin(plays, eq(plays.id, playSteps.playId))
    .where(and(eq(playSteps.kind, 'wait'), eq(playSteps.state, 'open'), eq(plays.status, 'open')));
  const run: WaitRun = { elapsed: 0, met: 0, timedOut: 0, errors: [], webhookStepIds: [] };
  if (!waiting.length) return run;
  const versions = await loadVersions(db, waiting);
  const groups = new Map<string, typeof waiting>();
  for (const row of waiting) {
    const key = `${versionKey(row.playbookId, row.version)}#${row.stepId}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const finish = async (row: (typeof waiting)[number], outcome: string) => {
    run.webhookStepIds.push(...(await finishAutomatically(db, row.playId, row.stepId, { outcome }, today)));
  };
  for (const rows of groups.values()) {
    const first = rows[0]!;
    const wait = versions.get(versionKey(first.playbookId, first.version))!.stepsById.get(first.stepId)?.wait;
    const due = (row: (typeof rows)[number]) => (row.waitUntil ?? today) <= today;
    if (!wait || 'for' in wait) {
      for (const row of rows.filter(due)) {
        await finish(row, 'elapsed');
        run.elapsed++;
      }
      continue;
    }
    let met = new Set<string>();
    try {
      const { query } = matchingAccountsQuery(compileCondition(wait.until), { today, metric: metricSql }, { accountIds: rows.map((row) => row.accountId) });
      met = new Set((await queryRows<{ id: string }>(db, query)).map((match) => match.id));
    } catch (err) {
      run.errors.push(`${first.playbookId} v${first.version} step ${first.stepId}: ${(err as Error).message}`);
    }
    for (const row of rows) {
      if (met.has(row.accountId)) {
        await finish(row, 'condition_met');
        run.met++;
      } else if (due(row)) {
        await finish(row, 'timeout');
        run.timedOut++;
      }
    }
  }
  return run;
}

/** Snoozed steps whose day has come are open again (audited as `wake`). */
export async function wakeSnoozedSteps(db: Db, options: { today?: string } = {}): Promise<number> {
  const today = options.today ?? utcToday();
  return db.transaction(async (tx) => {
    const woken = await queryRows<{ id: string; snoozed_until: string }>(
      tx as unknown as Db,
      sql`update play_steps ps set state = 'open', snoozed_until = null
          from (select s.id, s.snoozed_until from play_steps s join plays p on p.id = s.play_id
                where s.state = 'snoozed' and s.snoozed_until <= ${today}::date and p.status = 'open' for update of s) due
          where ps.id = due.id returning ps.id, due.snoozed_until::text as snoozed_until`,
    );
    await recordStepEvents(
      tx as unknown as Db,
      woken.map((row) => ({ playStepId: row.id, actorId: null, transition: 'wake', fromState: 'snoozed', toState: 'open', detail: { snoozedUntil: row.snoozed_until } })),
    );
    return woken.length;
  });
}
