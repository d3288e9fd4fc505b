import { nextStepId } from '../../../core/plays/index.ts';
import type { Db } from '../../db/client.ts';
import { continueFlow, finishStep } from './flow.ts';
import type { AutoFinish } from './flow.ts';
import { withPlay } from './play-context.ts';

/**
 * The engine finishes a step of its own accord (a wait ended, a condition came true) and moves
 * the play on. Nothing happens when the step is no longer open: a person or another worker got
 * there first. Returns the webhook steps the move opened.
 */
export async function finishAutomatically(db: Db, playId: string, stepId: string, auto: AutoFinish, today: string): Promise<string[]> {
  const { ctx } = await withPlay(db, playId, { today, actorId: null }, async (ctx) => {
    const row = ctx.steps.get(stepId);
    if (ctx.play.status !== 'open' || row?.state !== 'open') return;
    await finishStep(ctx, stepId, { transition: 'complete', actorId: null, ...auto });
    await continueFlow(ctx, nextStepId(ctx.version.playbook.steps, stepId), { after: stepId, automatic: true });
  });
  return ctx.webhookStepIds;
}
