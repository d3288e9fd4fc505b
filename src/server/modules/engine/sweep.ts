import { sql } from 'drizzle-orm';
import { utcToday } from '../../../core/metrics/days.ts';
import type { Db } from '../../db/client.ts';
import { isDatabaseUnavailable, pgErrorCode } from '../../db/client.ts';
import { loadActiveTriggers } from './active-triggers.ts';
import type { TriggerVersion } from './active-triggers.ts';
import { arbitrate } from './arbitrate.ts';
import type { Decision } from './arbitrate.ts';
import type { Candidate, KindContext, SweepClock } from './candidate.ts';
import { candidatesFor } from './candidates-for.ts';
import { rootMessage } from './db-errors.ts';
import { recordFirings } from './firings.ts';
import type { Firing } from './firings.ts';
import { loadPlayHistory } from './play-history.ts';
import { defaultStartPlay } from './play-starter.ts';
import type { StartPlay } from './play-starter.ts';
import { recomputeSegments } from './segment-membership.ts';
import type { RecomputeOutcome } from './segment-membership.ts';
import { shareLastSeen } from './last-seen.ts';
import { advanceCursor, cursorOf, loadCursors } from './trigger-cursors.ts';
import { recordTriggerError, resolveTriggerErrors } from './trigger-errors.ts';

/** Sweeps take this transaction-level advisory lock, so two workers sweep one after the other. */
const SWEEP_LOCK = 0x706d5f73776565;

interface Log {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}

export interface SweepOptions {
  /** The day conditions are evaluated for; default today (UTC). */
  today?: string;
  /** The instant event delays are measured to; default now, or the end of `today` when that is another day. */
  now?: Date;
  playbookIds?: readonly string[];
  /** Only these accounts: a run after their data changed. */
  accountIds?: readonly string[];
  startPlay?: StartPlay;
  logger?: Log;
  /**
   * Sweeps wait for each other (an advisory lock), so exclusive groups and priorities hold across
   * workers. Turned off only to prove that the unique indexes alone prevent duplicate plays.
   */
  serialize?: boolean;
  /** Decide everything, start nothing, remember nothing. */
  dryRun?: boolean;
  /** Segments are recomputed first unless the caller just did. */
  skipSegments?: boolean;
}

export interface SweepDecision {
  playbookId: string;
  version: number;
  kind: string;
  accountId: string;
  key: string;
  outcome: 'started' | 'control' | 'skipped';
  reason?: string;
  detail: Record<string, unknown>;
}

export interface SweepResult {
  today: string;
  triggers: number;
  candidates: number;
  started: number;
  control: number;
  skipped: number;
  errors: { playbookId: string; version: number; message: string }[];
  segments: RecomputeOutcome[];
  decisions: SweepDecision[];
  /** How long each trigger's query took, and what it found: what an admin tunes. */
  timings: { playbookId: string; kind: string; ms: number; candidates: number }[];
  /** Webhook steps the new plays opened: the caller asks the plays module to call them once committed. */
  webhookStepIds: string[];
  ms: number;
}

export function sweepClock(options: { today?: string; now?: Date }): SweepClock {
  if (options.now) return { now: options.now, today: options.today ?? utcToday(options.now) };
  const today = options.today ?? utcToday();
  return { today, now: today === utcToday() ? new Date() : new Date(`${today}T23:59:59.999Z`) };
}

class DryRunRollback extends Error {}


const RETRYABLE = new Set(['40P01', '40001']);

/**
 * Evaluates every active (and piloted) playbook version's trigger over all accounts, or over
 * some: segments first, then one set-based query per trigger collecting candidates, then
 * arbitration per account (re-entry, exclusive groups, priority, holdout), then plays. One
 * transaction, so edge states, firings and plays commit together. A trigger that fails at run
 * time is rolled back to its savepoint, logged and recorded in trigger_errors; the others go on.
 */
export async function sweep(db: Db, options: SweepOptions = {}): Promise<SweepResult> {
  const started = performance.now();
  const clock = sweepClock(options);
  const segments = options.skipSegments || options.dryRun ? [] : await recomputeSegments(db, { today: clock.today, accountIds: options.accountIds });
  const triggers = await loadActiveTriggers(db, clock.today, options.playbookIds);
  const result: SweepResult = { today: clock.today, triggers: triggers.length, candidates: 0, started: 0, control: 0, skipped: 0, errors: [], segments, decisions: [], timings: [], webhookStepIds: [], ms: 0 };
  if (!triggers.length) return { ...result, ms: performance.now() - started };

  const run = async (tx: Db) => {
    if (options.serialize !== false) await tx.execute(sql`select pg_advisory_xact_lock(${SWEEP_LOCK})`);
    // Trigger queries are estimated costly but run in well under a second: compiling them with
    // JIT (hundreds of milliseconds each) would cost more than it saves.
    await tx.execute(sql`set local jit = off`);
    const candidates: Candidate[] = [];
    // Only a full, real sweep reads every account's new texts, so only it may move the cursors.
    const cursors = options.accountIds || options.dryRun ? null : await loadCursors(tx);
    const lastSeenTables = options.accountIds ? undefined : await shareLastSeen(tx, triggers, clock);
    for (const t of triggers) {
      const began = performance.now();
      const found = await evaluateTrigger(tx, t, clock, { ...options, lastSeenTables }, cursors && t.trigger.kind === 'keyword' ? { cursors } : null);
      result.timings.push({ playbookId: t.playbookId, kind: t.trigger.kind, ms: performance.now() - began, candidates: 'candidates' in found ? found.candidates.length : 0 });
      if ('error' in found) {
        result.errors.push({ playbookId: t.playbookId, version: t.version, message: found.error });
      } else for (const c of found.candidates) candidates.push(c);
    }
    result.candidates = candidates.length;
    const decisions = await decide(tx, candidates, clock.today);
    const firings = options.dryRun ? decisions.map(asFiring) : await startPlays(tx, decisions, clock, options.startPlay ?? defaultStartPlay, result.webhookStepIds, options.logger);
    if (!options.dryRun) await recordFirings(tx, firings);
    for (const f of firings) result[f.outcome === 'started' ? 'started' : f.outcome === 'control' ? 'control' : 'skipped']++;
    result.decisions = firings.map(({ candidate: c, outcome, reason }) => ({ playbookId: c.playbookId, version: c.version, kind: c.kind, accountId: c.accountId, key: c.key, outcome, ...(reason ? { reason } : {}), detail: c.detail }));
    if (options.dryRun) throw new DryRunRollback();
  };
  try {
    await db.transaction((tx) => run(tx as unknown as Db));
  } catch (err) {
    if (!(err instanceof DryRunRollback)) throw err;
  }
  result.ms = performance.now() - started;
  options.logger?.info({ triggers: result.triggers, candidates: result.candidates, started: result.started, control: result.control, skipped: result.skipped, errors: result.errors.length, ms: Math.round(result.ms) }, 'trigger sweep');
  return result;
}

async function evaluateTrigger(tx: Db, t: TriggerVersion, clock: SweepClock, options: SweepOptions & Pick<KindContext, 'lastSeenTables'>, reading: { cursors: Map<string, Date> } | null): Promise<{ candidates: Candidate[] } | { error: string }> {
  for (let attempt = 1; ; attempt++) {
    try {
      const readTo = reading ? cursorOf(reading.cursors, t) : undefined;
      const candidates = await tx.transaction((sp) => candidatesFor(sp as unknown as Db, t, { clock, accountIds: options.accountIds, readTo, lastSeenTables: options.lastSeenTables }));
      if (reading) await advanceCursor(tx, t, clock.now);
      // A run scoped to some accounts says nothing of the others, where the failure may still be.
      if (!options.dryRun && !options.accountIds) await resolveTriggerErrors(tx, t);
      return { candidates };
    } catch (err) {
      if (isDatabaseUnavailable(err)) throw err;
      if (RETRYABLE.has(pgErrorCode(err) ?? '') && attempt < 3) continue;
      const message = `${t.trigger.kind} trigger: ${rootMessage(err)}`;
      options.logger?.warn({ playbookId: t.playbookId, version: t.version, err: message }, 'trigger failed; the other triggers go on');
      if (!options.dryRun) await recordTriggerError(tx, t, message);
      return { error: message };
    }
  }
}

async function decide(tx: Db, candidates: Candidate[], today: string): Promise<Decision[]> {
  const byAccount = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const list = byAccount.get(c.accountId);
    if (list) list.push(c);
    else byAccount.set(c.accountId, [c]);
  }
  const accountIds = [...byAccount.keys()].sort();
  const history = await loadPlayHistory(tx, accountIds, [...new Set(candidates.map((c) => c.playbookId))]);
  return accountIds.flatMap((id) => arbitrate(byAccount.get(id)!, history.get(id) ?? [], today));
}

function asFiring(d: Decision): Firing {
  return d.outcome === 'skip' ? { candidate: d.candidate, outcome: 'skipped', reason: d.reason } : { candidate: d.candidate, outcome: d.control ? 'control' : 'started' };
}

/**
 * Starts the decided plays, each in its own savepoint. A play that fails to start is logged and
 * not recorded as fired, so the next sweep tries the occurrence again (for edge-triggered kinds
 * the remembered state is dropped for the same reason).
 */
async function startPlays(tx: Db, decisions: Decision[], clock: SweepClock, startPlay: StartPlay, webhookStepIds: string[], logger?: Log): Promise<Firing[]> {
  const firings: Firing[] = [];
  for (const d of decisions) {
    if (d.outcome === 'skip') {
      firings.push(asFiring(d));
      continue;
    }
    const c = d.candidate;
    try {
      const outcome = await tx.transaction((sp) =>
        startPlay(sp as unknown as Db, {
          playbookId: c.playbookId,
          version: c.version,
          accountId: c.accountId,
          trigger: { kind: c.kind, detail: c.detail, ...(c.playKey ? { key: c.playKey } : {}) },
          control: d.control,
          today: clock.today,
        }),
      );
      webhookStepIds.push(...(outcome.webhookStepIds ?? []));
      firings.push(outcome.started ? asFiring(d) : { candidate: c, outcome: 'skipped', reason: outcome.reason ?? 'not started' });
    } catch (err) {
      if (isDatabaseUnavailable(err)) throw err;
      logger?.warn({ playbookId: c.playbookId, accountId: c.accountId, err: (err as Error).message }, 'a play failed to start; the next sweep tries again');
      if (!c.playKey) await tx.execute(sql`delete from trigger_states where playbook_id = ${c.playbookId} and account_id = ${c.accountId}`);
    }
  }
  return firings;
}
