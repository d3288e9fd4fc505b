import { eq } from 'drizzle-orm';
import type { Action } from '../../../core/playbook/index.ts';
import { AccountPatchSchema } from '../accounts/api-schemas.ts';
import { updateAccount } from '../accounts/service.ts';
import { notify, playLink } from './audit.ts';
import type { AutoFinish } from './flow.ts';
import type { PlayContext, StepRow } from './play-context.ts';
import { playSteps } from './schema.ts';

/** Condition-language names of account fields, as the accounts service calls them. */
const ACCOUNT_FIELDS: Record<string, string> = {
  name: 'name',
  domain: 'domain',
  arr: 'arr',
  plan: 'plan',
  tier: 'tier',
  touch_model: 'touchModel',
  lifecycle: 'lifecycleStage',
  lifecycle_stage: 'lifecycleStage',
  renewal_date: 'renewalDate',
  contract_start: 'contractStart',
  owner_id: 'ownerId',
};

const failed = (action: Action, error: string, extra: Record<string, unknown> = {}): AutoFinish => ({
  outcome: 'failed',
  notes: error,
  result: { type: action.type, status: 'failed', error, ...extra },
});

/**
 * Carries out an action step as it opens. Database actions run inside the play's transaction;
 * a webhook is a network call, so it is only queued here and made once the transaction has
 * committed (see webhooks.ts). A failing action is recorded on the step and the play goes on.
 */
export async function runAction(ctx: PlayContext, row: StepRow, action: Action): Promise<AutoFinish | null> {
  switch (action.type) {
    case 'update_field':
      return updateField(ctx, action);
    case 'add_tag':
      return addTag(ctx, action);
    case 'notify':
      return notifyRole(ctx, action);
    case 'webhook':
      return queueWebhook(ctx, row, action.url);
  }
}

async function changeAccount(ctx: PlayContext, action: Action, patch: Record<string, unknown>, result: Record<string, unknown>): Promise<AutoFinish> {
  const valid = AccountPatchSchema.safeParse(patch);
  if (!valid.success) return failed(action, valid.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '));
  try {
    ctx.account = await updateAccount(ctx.db, ctx.account.id, valid.data, ctx.actorId);
    return { outcome: 'ok', result: { type: action.type, status: 'ok', ...result } };
  } catch (err) {
    return failed(action, err instanceof Error ? err.message : String(err));
  }
}

function updateField(ctx: PlayContext, action: Extract<Action, { type: 'update_field' }>): Promise<AutoFinish> {
  const detail = { field: action.field, value: action.value };
  if (action.field.startsWith('traits.')) {
    const key = action.field.slice('traits.'.length);
    return changeAccount(ctx, action, { traits: { ...ctx.account.traits, [key]: action.value } }, detail);
  }
  const column = ACCOUNT_FIELDS[action.field];
  if (!column) return Promise.resolve(failed(action, `unknown account field "${action.field}" (known: ${Object.keys(ACCOUNT_FIELDS).join(', ')}, traits.<key>)`, detail));
  return changeAccount(ctx, action, { [column]: action.value }, detail);
}

async function addTag(ctx: PlayContext, action: Extract<Action, { type: 'add_tag' }>): Promise<AutoFinish> {
  const tags = Array.isArray(ctx.account.traits.tags) ? (ctx.account.traits.tags as unknown[]) : [];
  if (tags.includes(action.tag)) return { outcome: 'ok', result: { type: 'add_tag', status: 'ok', tag: action.tag, added: false } };
  return changeAccount(ctx, action, { traits: { ...ctx.account.traits, tags: [...tags, action.tag] } }, { tag: action.tag, added: true });
}

async function notifyRole(ctx: PlayContext, action: Extract<Action, { type: 'notify' }>): Promise<AutoFinish> {
  const owner = ctx.owners(action.to);
  if (!owner.userId) return failed(action, `nobody holds the role ${action.to} for this account`, { to: action.to });
  await notify(ctx.db, [{ userId: owner.userId, kind: 'play.notify', title: `${action.message} (${ctx.account.name})`, link: playLink(ctx.account.id, ctx.play.id) }]);
  return { outcome: 'ok', result: { type: 'notify', status: 'ok', to: action.to, userId: owner.userId, rule: owner.rule } };
}

async function queueWebhook(ctx: PlayContext, row: StepRow, url: string): Promise<null> {
  const [queued] = await ctx.db.update(playSteps).set({ result: { type: 'webhook', status: 'queued', url } }).where(eq(playSteps.id, row.id)).returning();
  ctx.steps.set(queued!.stepId, queued!);
  ctx.webhookStepIds.push(row.id);
  return null;
}
