import { and, eq, inArray, sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import { utcToday } from '../../../core/metrics/days.ts';
import { nextStepId } from '../../../core/plays/index.ts';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/client.ts';
import { VERSION } from '../../version.ts';
import { accounts } from '../accounts/schema.ts';
import { notify, playLink } from './audit.ts';
import { continueFlow, finishStep } from './flow.ts';
import { withPlay } from './play-context.ts';
import { playSteps, plays } from './schema.ts';
import { readPlaySettings } from './settings.ts';
import { loadVersion } from './versions.ts';

export interface WebhookResult {
  type: 'webhook';
  url: string;
  status: 'ok' | 'failed';
  httpStatus?: number;
  error?: string;
  ms: number;
}

/** POSTs JSON and reports what happened; it never throws. A redirect counts as a failure. */
export async function callWebhook(url: string, payload: unknown, timeoutMs: number): Promise<WebhookResult> {
  const started = performance.now();
  const ms = () => Math.round(performance.now() - started);
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': `Playmaker/${VERSION}` },
      body: JSON.stringify(payload),
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    await res.body?.cancel().catch(() => {});
    const ok = res.status >= 200 && res.status < 300;
    return { type: 'webhook', url, status: ok ? 'ok' : 'failed', httpStatus: res.status, ...(ok ? {} : { error: `the endpoint answered HTTP ${res.status}` }), ms: ms() };
  } catch (err) {
    const e = err as Error & { cause?: { code?: string; message?: string } };
    const error = e.name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : (e.cause?.code ?? e.cause?.message ?? e.message);
    return { type: 'webhook', url, status: 'failed', error, ms: ms() };
  }
}

// A webhook claimed by a worker that died is tried again after this long.
const RECLAIM_AFTER = sql`interval '10 minutes'`;
const claimable = (): SQL =>
  sql`(${playSteps.result}->>'status' = 'queued' or (${playSteps.result}->>'status' = 'calling' and (${playSteps.result}->>'claimedAt')::timestamptz < now() - ${RECLAIM_AFTER}))`;

/**
 * Calls the webhooks of open action steps (those given, or every one waiting), then finishes each
 * step with the result and moves its play on. A step is claimed before its call, so two workers
 * never call the same webhook at once; one that dies mid-call is retried (at least once delivery).
 */
export async function runWebhookSteps(db: Db, options: { stepIds?: string[]; today?: string } = {}): Promise<{ called: number; failed: number }> {
  const today = options.today ?? utcToday();
  const settings = await readPlaySettings(db);
  const scope = options.stepIds ? inArray(playSteps.id, options.stepIds) : undefined;
  const waiting = await db
    .select({ id: playSteps.id })
    .from(playSteps)
    .innerJoin(plays, eq(plays.id, playSteps.playId))
    .where(and(eq(playSteps.kind, 'action'), eq(playSteps.state, 'open'), eq(plays.status, 'open'), sql`${playSteps.result}->>'type' = 'webhook'`, claimable(), scope));
  const queue = waiting.map((row) => row.id);
  let called = 0;
  let failed = 0;
  while (queue.length) {
    const id = queue.shift()!;
    const [claimed] = await queryRows<{ play_id: string; step_id: string }>(
      db,
      sql`update play_steps set result = result || jsonb_build_object('status', 'calling', 'claimedAt', now())
          where id = ${id} and state = 'open' and ${claimable()} returning play_id, step_id`,
    );
    if (!claimed) continue;
    const payload = await webhookPayload(db, claimed.play_id, claimed.step_id);
    const result: WebhookResult = payload
      ? await callWebhook(payload.url, payload.body, settings.webhookTimeoutMs)
      : { type: 'webhook', url: '', status: 'failed', error: "the step's version has no webhook for it", ms: 0 };
    called++;
    if (result.status === 'failed') failed++;
    const { ctx } = await withPlay(db, claimed.play_id, { today, actorId: null, settings }, async (ctx) => {
      const row = ctx.steps.get(claimed.step_id);
      if (row?.state !== 'open') return;
      await finishStep(ctx, row.stepId, { transition: 'complete', actorId: null, outcome: result.status, notes: result.error ?? null, result: { ...result } });
      if (result.status === 'failed' && row.ownerId) {
        await notify(ctx.db, [{ userId: row.ownerId, kind: 'action.failed', title: `Webhook of "${row.title}" failed on ${ctx.account.name}: ${result.error}`, link: playLink(ctx.account.id, ctx.play.id) }]);
      }
      await continueFlow(ctx, nextStepId(ctx.version.playbook.steps, row.stepId), { after: row.stepId, automatic: true });
    });
    queue.push(...ctx.webhookStepIds);
  }
  return { called, failed };
}

async function webhookPayload(db: Db, playId: string, stepId: string) {
  const [row] = await db
    .select({ play: plays, account: { id: accounts.id, name: accounts.name, domain: accounts.domain, crmId: accounts.crmId, ownerId: accounts.ownerId } })
    .from(plays)
    .innerJoin(accounts, eq(accounts.id, plays.accountId))
    .where(eq(plays.id, playId));
  if (!row) return null;
  const version = await loadVersion(db, row.play.playbookId, row.play.version);
  const step = version.stepsById.get(stepId);
  if (step?.action?.type !== 'webhook') return null;
  return {
    url: step.action.url,
    body: {
      event: 'play.step',
      playbook: { id: version.playbookId, version: version.number, title: version.playbook.title },
      play: { id: row.play.id, startedOn: row.play.startedOn, trigger: row.play.triggerKind },
      account: row.account,
      step: { id: step.id, title: step.title },
    },
  };
}
