import { eq } from 'drizzle-orm';
import { dueDate, dueFor, nextStepId, transitionStep, waitEnds } from '../../../core/plays/index.ts';
import type { DueContext, StepTransition } from '../../../core/plays/index.ts';
import { END_STEP, parseDue } from '../../../core/playbook/index.ts';
import type { Step } from '../../../core/playbook/index.ts';
import { runAction } from './actions.ts';
import { notify, playLink, recordStepEvents } from './audit.ts';
import { autoSendEmail } from './auto-send.ts';
import { closePlays } from './closing.ts';
import type { PlayContext, StepRow } from './play-context.ts';
import { playSteps } from './schema.ts';
import { renderStepDraft } from './step-rendering.ts';

/** What an automatic step did when it opened: it finishes at once with this outcome. */
export interface AutoFinish {
  outcome: string;
  notes?: string | null;
  result?: Record<string, unknown> | null;
}

export interface Finish {
  transition: 'complete' | 'skip' | 'cancel';
  outcome?: string | null;
  notes?: string | null;
  result?: Record<string, unknown> | null;
  answer?: string | null;
  skipReason?: string | null;
  detail?: Record<string, unknown>;
  /** Default: the context's actor. */
  actorId?: string | null;
}

export function dueContext(ctx: PlayContext, finishedOn: Record<string, string> = {}): DueContext {
  return {
    playStart: ctx.play.startedOn,
    anchors: { renewal_date: ctx.account.renewalDate, contract_start: ctx.account.contractStart },
    finishedOn,
    businessDays: ctx.version.playbook.business_days,
  };
}

/** The day each done or skipped step was finished. */
export function finishedDays(ctx: PlayContext): Record<string, string> {
  const days: Record<string, string> = {};
  for (const row of ctx.steps.values()) {
    if ((row.state === 'done' || row.state === 'skipped') && row.finishedAt) days[row.stepId] = row.finishedAt.toISOString().slice(0, 10);
  }
  return days;
}

export function stepDefinition(ctx: PlayContext, stepId: string): Step | undefined {
  return ctx.version.stepsById.get(stepId);
}

export async function saveStep(ctx: PlayContext, row: StepRow, patch: Partial<StepRow>): Promise<StepRow> {
  const [updated] = await ctx.db.update(playSteps).set(patch).where(eq(playSteps.id, row.id)).returning();
  ctx.steps.set(updated!.stepId, updated!);
  return updated!;
}

/** Applies a transition of the state machine to a step and records it in the audit trail. */
export async function moveStep(
  ctx: PlayContext,
  stepId: string,
  transition: StepTransition,
  patch: Partial<StepRow>,
  detail: Record<string, unknown> = {},
  actorId: string | null = ctx.actorId,
): Promise<StepRow> {
  const row = ctx.steps.get(stepId)!;
  const to = transitionStep(row.state, transition);
  const updated = await saveStep(ctx, row, { ...patch, state: to });
  await recordStepEvents(ctx.db, [{ playStepId: row.id, actorId, transition, fromState: row.state, toState: to, detail }]);
  return updated;
}

export async function finishStep(ctx: PlayContext, stepId: string, finish: Finish): Promise<StepRow> {
  const patch: Partial<StepRow> = { finishedAt: new Date(), snoozedUntil: null };
  if (finish.outcome !== undefined) patch.outcome = finish.outcome;
  if (finish.notes !== undefined) patch.notes = finish.notes;
  if (finish.answer !== undefined) patch.answer = finish.answer;
  if (finish.skipReason !== undefined) patch.skipReason = finish.skipReason;
  if (finish.result !== undefined) patch.result = finish.result;
  const detail = { ...finish.detail, ...pick(finish, ['outcome', 'notes', 'answer', 'skipReason']) };
  const row = await moveStep(ctx, stepId, finish.transition, patch, detail, finish.actorId === undefined ? ctx.actorId : finish.actorId);
  await scheduleStepsAfter(ctx, stepId);
  return row;
}

function pick(source: object, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(source).filter(([key, value]) => keys.includes(key) && value !== undefined && value !== null));
}

/** Steps due "Nd after <step>" learn their due day when that step finishes. */
async function scheduleStepsAfter(ctx: PlayContext, finishedId: string): Promise<void> {
  for (const row of [...ctx.steps.values()]) {
    if (row.state === 'done' || row.state === 'skipped' || row.state === 'cancelled') continue;
    const text = stepDefinition(ctx, row.stepId)?.due;
    const due = text ? parseDue(text) : null;
    if (due?.type !== 'after' || due.step !== finishedId) continue;
    const dueOn = dueDate(due, dueContext(ctx, { [finishedId]: ctx.today }));
    if (dueOn !== row.dueOn) await saveStep(ctx, row, { dueOn, overdueNotifiedAt: null });
  }
}

/**
 * Opens steps from `target` on along the flow. Automatic steps (actions, elapsed waits, emails
 * sent through the outbox) finish as they open and the flow goes on past them; it stops at the
 * first step that waits for a person or for time, or at the end.
 */
export async function continueFlow(ctx: PlayContext, target: string, cause: Record<string, unknown>): Promise<void> {
  const steps = ctx.version.playbook.steps;
  // Lint refuses loops that cannot reach the end, and every loop that can passes a decision,
  // which waits for a person; the bound is a second line of defence, not the rule.
  for (let hops = 0; hops <= steps.length * 2 + 2; hops++) {
    if (target === END_STEP) return onFlowEnd(ctx);
    const row = ctx.steps.get(target);
    if (!row || row.state === 'open' || row.state === 'snoozed') return;
    if (row.state === 'cancelled') {
      target = nextStepId(steps, target, row.answer);
      continue;
    }
    const auto = await openStep(ctx, target, row.state === 'pending' ? 'open' : 'reopen', cause);
    if (!auto) return;
    await finishStep(ctx, target, { transition: 'complete', actorId: null, ...auto });
    cause = { after: target, automatic: true };
    target = nextStepId(steps, target, null);
  }
}

/** Opens one step: its due day, its filled-in template, its wait deadline; runs it when automatic. */
export async function openStep(ctx: PlayContext, stepId: string, transition: 'open' | 'reopen', cause: Record<string, unknown>): Promise<AutoFinish | null> {
  const row = ctx.steps.get(stepId)!;
  const def = stepDefinition(ctx, stepId)!;
  const reopening = transition === 'reopen';
  const dueOn = (reopening ? dueFor(def.due, dueContext(ctx, finishedDays(ctx))) : row.dueOn) ?? ctx.today;
  const patch: Partial<StepRow> = { openedAt: new Date(), finishedAt: null, snoozedUntil: null, dueOn };
  if (reopening) {
    Object.assign(patch, { answer: null, outcome: null, notes: null, skipReason: null, result: null, overdueNotifiedAt: null });
    patch.checklist = row.checklist.map((item) => ({ ...item, done: false }));
  }
  if (def.template) Object.assign(patch, renderStepDraft(def, ctx.version, await ctx.mergeBase(), { startedOn: ctx.play.startedOn, dueOn }));
  if (def.kind === 'wait' && def.wait) patch.waitUntil = waitEnds(def.wait, ctx.today);
  const opened = await moveStep(ctx, stepId, transition, patch, cause);
  ctx.openedStepIds.push(opened.id);
  if (opened.ownerId && opened.ownerId !== ctx.play.ownerId && opened.ownerId !== ctx.actorId && def.kind !== 'action' && def.kind !== 'wait') {
    await notify(ctx.db, [{ userId: opened.ownerId, kind: 'step.assigned', title: `${opened.title} (${ctx.account.name}, ${ctx.version.playbook.title})`, link: playLink(ctx.account.id, ctx.play.id) }]);
  }
  return automaticOutcome(ctx, opened, def);
}

async function automaticOutcome(ctx: PlayContext, row: StepRow, def: Step): Promise<AutoFinish | null> {
  if (def.kind === 'wait' && def.wait && 'for' in def.wait && row.waitUntil! <= ctx.today) return { outcome: 'elapsed' };
  if (def.kind === 'action' && def.action) return runAction(ctx, row, def.action);
  if (def.kind === 'email') return autoSendEmail(ctx, row);
  return null;
}

/**
 * The flow has nowhere left to go. A play with success criteria stays open until they decide
 * its outcome; a runbook (no criteria) is done when its steps are, so it closes as a success.
 */
async function onFlowEnd(ctx: PlayContext): Promise<void> {
  const busy = [...ctx.steps.values()].some((row) => row.state === 'open' || row.state === 'snoozed');
  if (busy || ctx.play.status !== 'open' || ctx.version.playbook.success) return;
  await closePlays(ctx.db, [ctx.play.id], { outcome: 'success', reason: 'every step of the flow is finished (the playbook has no success criteria)', actorId: ctx.actorId });
  ctx.play = { ...ctx.play, status: 'closed', outcome: 'success' };
}
