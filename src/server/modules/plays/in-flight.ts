import { and, eq, ne } from 'drizzle-orm';
import { utcToday } from '../../../core/metrics/days.ts';
import { dueFor, flowFrontier } from '../../../core/plays/index.ts';
import type { StepProgress } from '../../../core/plays/index.ts';
import { END_STEP } from '../../../core/playbook/index.ts';
import type { Db } from '../../db/client.ts';
import { addTimelineEvents } from '../accounts/timeline.ts';
import { continueFlow, dueContext, finishedDays, moveStep, saveStep } from './flow.ts';
import type { PlayContext } from './play-context.ts';
import { withPlay } from './play-context.ts';
import { playSteps, plays } from './schema.ts';
import { loadVersion } from './versions.ts';

/** What publishing does to plays already running: leave them on their version, or move them. */
export const IN_FLIGHT_MODES = ['keep', 'migrate'] as const;
export type InFlightMode = (typeof IN_FLIGHT_MODES)[number];

/**
 * Moves every open play of a playbook to `toVersion`. Runs inside the publish transaction when
 * the publisher chose `migrate`, so a publish either moves all of them or none.
 */
export async function migrateOpenPlays(db: Db, playbookId: string, toVersion: number, actorId: string | null, options: { today?: string } = {}): Promise<{ migrated: number }> {
  const today = options.today ?? utcToday();
  const open = await db
    .select({ id: plays.id })
    .from(plays)
    .where(and(eq(plays.playbookId, playbookId), eq(plays.status, 'open'), ne(plays.version, toVersion)));
  let migrated = 0;
  for (const { id } of open) {
    const { value } = await withPlay(db, id, { today, actorId }, (ctx) => migratePlay(ctx, toVersion));
    if (value) migrated++;
  }
  return { migrated };
}

/**
 * Steps whose id the new version still has keep their state, due day, notes and answers (and
 * take the new title, kind and position); new steps arrive pending; steps the new version
 * dropped are cancelled (audited). When nothing is left open, the play resumes where the new
 * flow says it stands.
 */
async function migratePlay(ctx: PlayContext, toVersion: number): Promise<boolean> {
  const fromVersion = ctx.play.version;
  if (fromVersion === toVersion || ctx.play.status !== 'open') return false;
  ctx.play = (await ctx.db.update(plays).set({ version: toVersion }).where(eq(plays.id, ctx.play.id)).returning())[0]!;
  ctx.version = await loadVersion(ctx.db, ctx.play.playbookId, toVersion);
  const defs = ctx.version.playbook.steps;
  const changes = { kept: [] as string[], added: [] as string[], cancelled: [] as string[] };
  if (!ctx.play.control) {
    const due = dueContext(ctx, finishedDays(ctx));
    const inNew = new Set(defs.map((def) => def.id));
    for (const row of [...ctx.steps.values()].filter((row) => !inNew.has(row.stepId))) {
      // Dropped steps stay as history, after the new version's steps.
      await saveStep(ctx, row, { position: defs.length + row.position });
      if (row.state === 'pending' || row.state === 'open' || row.state === 'snoozed') {
        await moveStep(ctx, row.stepId, 'cancel', { finishedAt: new Date(), snoozedUntil: null }, { reason: `step removed in version ${toVersion}`, fromVersion, toVersion });
        changes.cancelled.push(row.stepId);
      }
    }
    for (const [position, def] of defs.entries()) {
      const row = ctx.steps.get(def.id);
      if (row) {
        await saveStep(ctx, row, { position, kind: def.kind, title: def.title, ownerRole: def.owner });
        changes.kept.push(def.id);
        continue;
      }
      const owner = ctx.owners(def.owner);
      const [added] = await ctx.db
        .insert(playSteps)
        .values({
          playId: ctx.play.id,
          stepId: def.id,
          position,
          kind: def.kind,
          title: def.title,
          ownerRole: def.owner,
          ownerId: owner.userId,
          ownerRule: owner.rule,
          dueOn: dueFor(def.due, due),
          checklist: (def.checklist ?? []).map((text) => ({ text, done: false })),
        })
        .returning();
      ctx.steps.set(def.id, added!);
      changes.added.push(def.id);
    }
    const busy = defs.some((def) => ['open', 'snoozed'].includes(ctx.steps.get(def.id)!.state));
    if (!busy) {
      const progress: Record<string, StepProgress> = Object.fromEntries(defs.map((def) => [def.id, ctx.steps.get(def.id)!]));
      const frontier = flowFrontier(defs, progress);
      await continueFlow(ctx, 'at' in frontier ? frontier.at : END_STEP, { migrated: { fromVersion, toVersion } });
    }
  }
  await addTimelineEvents(ctx.db, [
    {
      accountId: ctx.account.id,
      type: 'play.migrated',
      actorId: ctx.actorId,
      summary: `Play of ${ctx.version.playbook.title} moved from version ${fromVersion} to ${toVersion}`,
      data: { playId: ctx.play.id, fromVersion, toVersion, ...changes },
    },
  ]);
  return true;
}
