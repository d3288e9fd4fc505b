import { eq } from 'drizzle-orm';
import { utcToday } from '../../../core/metrics/days.ts';
import { decisionAnswers, matchAnswer, nextStepId, StepTransitionError, transitionStep } from '../../../core/plays/index.ts';
import type { StepTransition } from '../../../core/plays/index.ts';
import type { Db } from '../../db/client.ts';
import { errors } from '../../http/errors.ts';
import { notify, playLink, recordStepEvents } from './audit.ts';
import { continueFlow, finishStep, moveStep, saveStep, stepDefinition } from './flow.ts';
import { findActiveUser } from './owners.ts';
import { assertMayAct } from './permissions.ts';
import type { Actor } from './permissions.ts';
import type { PlayContext, StepRow } from './play-context.ts';
import { withPlay } from './play-context.ts';
import { playSteps } from './schema.ts';

export type StepAction =
  | { type: 'complete'; outcome?: string | null; notes?: string | null; answer?: string | null }
  | { type: 'skip'; reason: string; notes?: string | null }
  | { type: 'snooze'; until: string; notes?: string | null }
  | { type: 'reassign'; userId: string; notes?: string | null }
  | { type: 'cancel'; reason?: string | null };

export interface StepChange {
  stepId: string;
  playId: string;
  /** Steps the change opened (the flow's next step, and any after automatic ones). */
  openedStepIds: string[];
  /** Webhook actions to call now that the change has committed. */
  webhookStepIds: string[];
}

const PAST: Record<StepAction['type'], string> = { complete: 'completed', skip: 'skipped', snooze: 'snoozed', reassign: 'reassigned', cancel: 'cancelled' };

function blank(text: string | null | undefined): boolean {
  return !text || !text.trim();
}

/** Refusals that need no database: they name the field at fault. */
async function checkInput(db: Db, action: StepAction, today: string): Promise<void> {
  if (action.type === 'skip' && blank(action.reason)) throw errors.validation([{ path: 'reason', message: 'is required: say why the step is skipped' }]);
  if (action.type === 'snooze' && !(action.until > today)) {
    throw errors.validation([{ path: 'until', message: `must be a day after today (${today})` }]);
  }
  if (action.type === 'reassign' && !(await findActiveUser(db, action.userId))) {
    throw errors.validation([{ path: 'userId', message: `no active user has id "${action.userId}"` }]);
  }
}

async function findStep(db: Db, stepRowId: string): Promise<{ playId: string }> {
  const [found] = await db.select({ playId: playSteps.playId }).from(playSteps).where(eq(playSteps.id, stepRowId));
  if (!found) throw errors.notFound(`Step ${stepRowId}`);
  return found;
}

function rowById(ctx: PlayContext, stepRowId: string): StepRow {
  return [...ctx.steps.values()].find((row) => row.id === stepRowId)!;
}

function assertState(row: StepRow, transition: StepTransition, verb: string): void {
  try {
    transitionStep(row.state, transition);
  } catch (err) {
    if (!(err instanceof StepTransitionError)) throw err;
    throw errors.conflict('step_not_open', `Step "${row.title}" is ${row.state}: only an open or snoozed step can be ${verb}`, { state: row.state });
  }
}

/** The decision's answer as its branch names it, or a 400 naming the answers it accepts. */
function decisionAnswer(ctx: PlayContext, row: StepRow, given: string | null | undefined): string {
  const def = stepDefinition(ctx, row.stepId)!;
  const answers = decisionAnswers(def);
  if (blank(given)) throw errors.validation([{ path: 'answer', message: `is required to complete a decision: one of ${answers.join(', ')}` }]);
  const answer = matchAnswer(def, given!);
  if (!answer) throw errors.validation([{ path: 'answer', message: `"${given}" is not an answer to "${def.question ?? def.title}"; answer one of: ${answers.join(', ')}` }]);
  return answer;
}

/**
 * Completes, skips, snoozes, reassigns or cancels a step, records it in the audit trail and, when
 * the step is finished, opens what follows in the flow. All in one transaction on the play.
 */
export async function changeStep(db: Db, stepRowId: string, action: StepAction, actor: Actor, options: { today?: string } = {}): Promise<StepChange> {
  const today = options.today ?? utcToday();
  await checkInput(db, action, today);
  const { playId } = await findStep(db, stepRowId);
  const { ctx } = await withPlay(db, playId, { today, actorId: actor.id }, async (ctx) => {
    const row = rowById(ctx, stepRowId);
    await assertMayAct(ctx.db, actor, row.ownerId, 'step');
    assertState(row, action.type, PAST[action.type]);
    const isDecision = stepDefinition(ctx, row.stepId)?.kind === 'decision';
    switch (action.type) {
      case 'complete': {
        const answer = isDecision ? decisionAnswer(ctx, row, action.answer) : null;
        await finishStep(ctx, row.stepId, { transition: 'complete', outcome: action.outcome ?? null, notes: action.notes ?? null, answer });
        return continueFlow(ctx, nextStepId(ctx.version.playbook.steps, row.stepId, answer), { after: row.stepId });
      }
      case 'skip':
      case 'cancel': {
        if (isDecision) {
          throw errors.badRequest('decision_needs_answer', `A decision chooses the next step, so it cannot be ${PAST[action.type]}: complete it with an answer (${decisionAnswers(stepDefinition(ctx, row.stepId)!).join(', ')}), or abandon the play`, { field: 'answer' });
        }
        const reason = action.type === 'skip' ? action.reason.trim() : (action.reason?.trim() || null);
        await finishStep(ctx, row.stepId, action.type === 'skip' ? { transition: 'skip', skipReason: reason, notes: action.notes ?? null } : { transition: 'cancel', detail: reason ? { reason } : {} });
        return continueFlow(ctx, nextStepId(ctx.version.playbook.steps, row.stepId), { after: row.stepId });
      }
      case 'snooze':
        await moveStep(ctx, row.stepId, 'snooze', { snoozedUntil: action.until }, { until: action.until, ...(action.notes ? { notes: action.notes } : {}) });
        return;
      case 'reassign': {
        await moveStep(ctx, row.stepId, 'reassign', { ownerId: action.userId, ownerRule: 'reassigned', overdueNotifiedAt: null }, { from: row.ownerId, to: action.userId, ...(action.notes ? { notes: action.notes } : {}) });
        if (action.userId !== actor.id) {
          await notify(ctx.db, [{ userId: action.userId, kind: 'step.assigned', title: `${row.title} (${ctx.account.name}, ${ctx.version.playbook.title})`, link: playLink(ctx.account.id, ctx.play.id) }]);
        }
        return;
      }
    }
  });
  return { stepId: stepRowId, playId, openedStepIds: ctx.openedStepIds, webhookStepIds: ctx.webhookStepIds };
}

/** Ticks or unticks one checklist item of an open step (audited as a `checklist` event). */
export async function setChecklistItem(db: Db, stepRowId: string, index: number, done: boolean, actor: Actor, options: { today?: string } = {}): Promise<void> {
  const { playId } = await findStep(db, stepRowId);
  await withPlay(db, playId, { today: options.today ?? utcToday(), actorId: actor.id }, async (ctx) => {
    const row = rowById(ctx, stepRowId);
    await assertMayAct(ctx.db, actor, row.ownerId, 'step');
    if (row.state !== 'open' && row.state !== 'snoozed') {
      throw errors.conflict('step_not_open', `Step "${row.title}" is ${row.state}: only an open or snoozed step's checklist can change`, { state: row.state });
    }
    const item = row.checklist[index];
    if (!item) throw errors.notFound(`Checklist item ${index} of step "${row.title}" (it has ${row.checklist.length})`);
    if (item.done === done) return;
    await saveStep(ctx, row, { checklist: row.checklist.map((entry, i) => (i === index ? { ...entry, done } : entry)) });
    await recordStepEvents(ctx.db, [{ playStepId: row.id, actorId: actor.id, transition: 'checklist', fromState: row.state, toState: row.state, detail: { index, text: item.text, done } }]);
  });
}
