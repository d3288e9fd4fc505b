import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { accounts } from '../accounts/schema.ts';
import { addTimelineEvents } from '../accounts/timeline.ts';
import { notify, playLink, recordStepEvents } from './audit.ts';
import { PLAY_OUTCOMES, playSteps, plays } from './schema.ts';
import { loadVersions, versionKey } from './versions.ts';

export type PlayOutcome = (typeof PLAY_OUTCOMES)[number];

export interface CloseOptions {
  outcome: PlayOutcome;
  reason: string;
  /** Null when the engine decides (success criteria, a finished runbook). */
  actorId: string | null;
}

const UNFINISHED = ['pending', 'open', 'snoozed'] as const;

/**
 * Closes open plays with an outcome and cancels what is left of their steps (audited). Plays
 * already closed are left alone, so two workers closing the same play close it once. Returns
 * the ids it closed.
 */
export async function closePlays(db: Db, playIds: string[], options: CloseOptions): Promise<string[]> {
  if (!playIds.length) return [];
  return db.transaction(async (transaction) => {
    const tx = transaction as unknown as Db;
    const closed = await tx
      .update(plays)
      .set({ status: 'closed', outcome: options.outcome, outcomeReason: options.reason, closedAt: new Date(), closedBy: options.actorId })
      .where(and(inArray(plays.id, playIds), eq(plays.status, 'open')))
      .returning();
    if (!closed.length) return [];
    const ids = closed.map((play) => play.id);
    const left = await tx
      .select({ id: playSteps.id, state: playSteps.state })
      .from(playSteps)
      .where(and(inArray(playSteps.playId, ids), inArray(playSteps.state, [...UNFINISHED])))
      .orderBy(asc(playSteps.playId), asc(playSteps.position));
    if (left.length) {
      await tx.update(playSteps).set({ state: 'cancelled', finishedAt: new Date(), snoozedUntil: null }).where(inArray(playSteps.id, left.map((step) => step.id)));
      await recordStepEvents(
        tx,
        left.map((step) => ({ playStepId: step.id, actorId: options.actorId, transition: 'cancel', fromState: step.state, toState: 'cancelled', detail: { reason: 'the play closed', outcome: options.outcome } })),
      );
    }
    const versions = await loadVersions(tx, closed);
    const names = new Map(
      (await tx.select({ id: accounts.id, name: accounts.name }).from(accounts).where(inArray(accounts.id, [...new Set(closed.map((play) => play.accountId))]))).map((a) => [a.id, a.name]),
    );
    const title = (play: (typeof closed)[number]) => versions.get(versionKey(play.playbookId, play.version))!.playbook.title;
    await addTimelineEvents(
      tx,
      closed.map((play) => ({
        accountId: play.accountId,
        type: 'play.closed',
        actorId: options.actorId,
        summary: `${play.control ? 'Control play' : 'Play'} ${title(play)} closed: ${options.outcome}`,
        data: { playId: play.id, playbookId: play.playbookId, version: play.version, outcome: options.outcome, reason: options.reason, control: play.control },
      })),
    );
    await notify(
      tx,
      closed
        .filter((play) => !play.control && play.ownerId && play.ownerId !== options.actorId)
        .map((play) => ({ userId: play.ownerId!, kind: 'play.closed', title: `${title(play)} on ${names.get(play.accountId)}: ${options.outcome}`, link: playLink(play.accountId, play.id) })),
    );
    return ids;
  });
}
