import type { AutoFinish } from './flow.ts';
import type { PlayContext, StepRow } from './play-context.ts';
import { outbox } from './schema.ts';

/**
 * Tech-touch accounts get no CSM task for an email step when auto-send is on (off by default):
 * the draft goes to the outbox, where an SMTP relay picks it up, and the step is done.
 */
export async function autoSendEmail(ctx: PlayContext, row: StepRow): Promise<AutoFinish | null> {
  if (!ctx.settings.autoSend || ctx.account.touchModel !== 'tech' || ctx.play.control) return null;
  const draft = row.rendered;
  if (!draft?.to || draft.subject === undefined) return null;
  const [queued] = await ctx.db.insert(outbox).values({ playStepId: row.id, to: draft.to, subject: draft.subject, body: draft.body }).returning({ id: outbox.id });
  return { outcome: 'auto_sent', result: { type: 'email', status: 'queued', outboxId: queued!.id, to: draft.to } };
}
