import { and, eq } from 'drizzle-orm';
import { utcToday } from '../../../core/metrics/days.ts';
import { dueFor, successBy } from '../../../core/plays/index.ts';
import type { Db } from '../../db/client.ts';
import { getAccount } from '../accounts/service.ts';
import { addTimelineEvents } from '../accounts/timeline.ts';
import { notify, playLink } from './audit.ts';
import { continueFlow, dueContext } from './flow.ts';
import { loadPlayContext } from './play-context.ts';
import { playSteps, plays } from './schema.ts';
import { loadVersion } from './versions.ts';

export interface StartPlayInput {
  playbookId: string;
  version: number;
  accountId: string;
  /** What started it: the trigger kind, what matched, and for one-per-occurrence triggers a key. */
  trigger: { kind: string; detail?: Record<string, unknown>; key?: string | null };
  /** A held-out account: a play without steps, measured like the others. */
  control?: boolean;
  startedBy?: string | null;
  /** YYYY-MM-DD; default today (UTC). */
  today?: string;
}

export type StartPlayResult =
  | { started: true; playId: string; control: boolean; openedStepIds: string[]; webhookStepIds: string[] }
  | { started: false; reason: 'already_open' | 'already_fired'; playId: string | null };

/**
 * Starts one play of a playbook version on an account, with its steps, in one transaction. The
 * database decides races: the insert does nothing when the account already has an open play of
 * this playbook (or this trigger key already fired), so of two workers starting the same play
 * exactly one does, and the other gets `started: false` instead of an error.
 */
export async function startPlay(db: Db, input: StartPlayInput): Promise<StartPlayResult> {
  const today = input.today ?? utcToday();
  const version = await loadVersion(db, input.playbookId, input.version);
  const playbook = version.playbook;
  // Without success criteria nothing would be measured, so holding the account out would only withhold the work.
  const control = (input.control ?? false) && playbook.success !== undefined;
  const startedBy = input.startedBy ?? null;

  return db.transaction(async (transaction) => {
    const tx = transaction as unknown as Db;
    const account = await getAccount(tx, input.accountId);
    const [play] = await tx
      .insert(plays)
      .values({
        playbookId: input.playbookId,
        version: input.version,
        accountId: account.id,
        ownerId: account.ownerId,
        control,
        priority: playbook.trigger?.priority ?? 50,
        exclusiveGroup: playbook.trigger?.exclusive_group ?? null,
        triggerKind: input.trigger.kind,
        triggerDetail: input.trigger.detail ?? {},
        triggerKey: input.trigger.key ?? null,
        startedOn: today,
        successBy: successBy(today, playbook.success?.within),
      })
      .onConflictDoNothing()
      .returning();
    if (!play) return refusal(tx, input);

    await addTimelineEvents(tx, [
      {
        accountId: account.id,
        type: 'play.started',
        actorId: startedBy,
        summary: control ? `Control play of ${playbook.title} started (held out: no steps)` : `Play started: ${playbook.title}`,
        data: { playId: play.id, playbookId: play.playbookId, version: play.version, control, trigger: input.trigger.kind, detail: play.triggerDetail },
      },
    ]);
    if (control) return { started: true as const, playId: play.id, control: true, openedStepIds: [], webhookStepIds: [] };

    const ctx = await loadPlayContext(tx, play, { today, actorId: startedBy, account });
    if (!play.ownerId) {
      // Nobody owns the account: whoever the csm role falls back to answers for the play.
      const fallback = ctx.owners('csm').userId;
      if (fallback) ctx.play = (await tx.update(plays).set({ ownerId: fallback }).where(eq(plays.id, play.id)).returning())[0]!;
    }
    const due = dueContext(ctx);
    const rows = await tx
      .insert(playSteps)
      .values(
        playbook.steps.map((step, position) => {
          const owner = ctx.owners(step.owner);
          return {
            playId: play.id,
            stepId: step.id,
            position,
            kind: step.kind,
            title: step.title,
            ownerRole: step.owner,
            ownerId: owner.userId,
            ownerRule: owner.rule,
            dueOn: dueFor(step.due, due),
            checklist: (step.checklist ?? []).map((text) => ({ text, done: false })),
          };
        }),
      )
      .returning();
    ctx.steps = new Map(rows.map((row) => [row.stepId, row]));
    await continueFlow(ctx, playbook.steps[0]!.id, { started: true });

    const owner = ctx.play.ownerId;
    if (owner && owner !== startedBy) {
      await notify(tx, [{ userId: owner, kind: 'play.started', title: `${playbook.title} started on ${account.name}`, link: playLink(account.id, play.id) }]);
    }
    return { started: true as const, playId: play.id, control: false, openedStepIds: ctx.openedStepIds, webhookStepIds: ctx.webhookStepIds };
  });
}

async function refusal(tx: Db, input: StartPlayInput): Promise<StartPlayResult> {
  const [open] = await tx
    .select({ id: plays.id })
    .from(plays)
    .where(and(eq(plays.playbookId, input.playbookId), eq(plays.accountId, input.accountId), eq(plays.status, 'open')));
  if (open) return { started: false, reason: 'already_open', playId: open.id };
  const key = input.trigger.key;
  const [fired] = key
    ? await tx.select({ id: plays.id }).from(plays).where(and(eq(plays.playbookId, input.playbookId), eq(plays.accountId, input.accountId), eq(plays.triggerKey, key)))
    : [];
  return { started: false, reason: 'already_fired', playId: fired?.id ?? null };
}
