import type { Reentry } from '../../../core/playbook/index.ts';
import { sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import { metricSql } from './metric-sql.ts';
import type { SqlContext } from './condition-sql.ts';
import type { TriggerVersion } from './active-triggers.ts';

/** When a sweep runs: the day conditions are evaluated for, and the instant delays are measured to. */
export interface SweepClock {
  today: string;
  now: Date;
}

/** How far back an occurrence may lie and still fire: a sweep missed for a few days catches up. */
export const CATCH_UP_DAYS = 7;

/** Something that may start a play: an account and the occurrence that made it a candidate. */
export interface Candidate {
  playbookId: string;
  version: number;
  kind: TriggerVersion['trigger']['kind'];
  accountId: string;
  /**
   * Identifies the occurrence so it counts once per playbook: the event's message id, the note's
   * id, the renewal date; for edge-triggered kinds the day the condition became true.
   */
  key: string;
  /** Passed to the play as its trigger_key (null for edge-triggered kinds: the open-play index is theirs). */
  playKey: string | null;
  /** When it happened, for choosing the earliest of several occurrences. */
  at: string;
  detail: Record<string, unknown>;
  priority: number;
  exclusiveGroup: string | null;
  reentry: Reentry;
  holdout: number;
}

export interface KindContext {
  clock: SweepClock;
  /** Only these accounts (a run after their data changed). */
  accountIds?: readonly string[];
  /** Keyword triggers: texts up to here were read by an earlier full sweep. */
  readTo?: Date;
  /** Inactivity triggers: event → temporary table of each account's last day (see last-seen.ts). */
  lastSeenTables?: ReadonlyMap<string, string>;
}

/** Texts committed a little after their timestamp are still read by the next sweep. */
export const CURSOR_OVERLAP_MS = 10 * 60_000;

export function candidateOf(t: TriggerVersion, row: { accountId: string; key: string; playKey: string | null; at: string; detail: Record<string, unknown> }): Candidate {
  return {
    playbookId: t.playbookId,
    version: t.version,
    kind: t.trigger.kind,
    priority: t.trigger.priority ?? 50,
    exclusiveGroup: t.trigger.exclusive_group ?? null,
    reentry: t.reentry,
    holdout: t.holdout,
    ...row,
  };
}

export function sqlContext(clock: SweepClock, eventProperties?: SQL): SqlContext {
  return { today: clock.today, metric: metricSql, ...(eventProperties ? { eventProperties } : {}) };
}

export const nowSql = (clock: SweepClock) => sql`${clock.now.toISOString()}::timestamptz`;

/** Signal values arrive as text columns s0, s1, …; the detail keeps them under their names. */
export function valuesOf(row: Record<string, unknown>, signals: string[]): Record<string, string | null> {
  return Object.fromEntries(signals.map((text, i) => [text, (row[`s${i}`] as string | null) ?? null]));
}
