import { and, desc, eq, sql } from 'drizzle-orm';
import { buildMergeContext, renderTemplate } from '../../../core/playbook/index.ts';
import type { MergeContextInput, MergePerson, Step } from '../../../core/playbook/index.ts';
import type { Db } from '../../db/client.ts';
import { contacts } from '../accounts/schema.ts';
import type { Account } from '../accounts/service.ts';
import { healthScores } from '../health/schema.ts';
import type { User } from './owners.ts';
import type { RenderedDraft } from './schema.ts';
import type { PlayVersion } from './versions.ts';

/** Everything a template may read except the step itself: loaded once per play. */
export type MergeBase = Omit<MergeContextInput, 'play'>;

function person(contact: typeof contacts.$inferSelect | undefined): MergePerson | undefined {
  return contact ? { name: contact.name, email: contact.email ?? undefined, title: contact.title ?? undefined } : undefined;
}

export async function loadMergeBase(db: Db, account: Account, people: ReadonlyMap<string, User>, today: string): Promise<MergeBase> {
  const [health] = await db.select({ score: healthScores.score, tier: healthScores.tier }).from(healthScores).where(eq(healthScores.accountId, account.id));
  const keyContacts = await db
    .select()
    .from(contacts)
    .where(and(eq(contacts.accountId, account.id), eq(contacts.status, 'active'), sql`${contacts.roles} && array['champion', 'executive_sponsor']::text[]`))
    .orderBy(desc(contacts.updatedAt), contacts.id);
  const csm = account.ownerId ? people.get(account.ownerId) : undefined;
  const manager = csm?.managerId ? people.get(csm.managerId) : undefined;
  const user = (u: User | undefined) => (u ? { name: u.name, email: u.email } : undefined);
  return {
    today,
    account: {
      name: account.name,
      domain: account.domain ?? undefined,
      arr: account.arr ?? undefined,
      plan: account.plan ?? undefined,
      tier: account.tier ?? undefined,
      touch_model: account.touchModel ?? undefined,
      lifecycle: account.lifecycleStage ?? undefined,
      renewal_date: account.renewalDate ?? undefined,
      contract_start: account.contractStart ?? undefined,
      health_score: health ? Math.round(health.score) : undefined,
      health_tier: health?.tier,
      traits: account.traits,
    },
    champion: person(keyContacts.find((c) => c.roles.includes('champion'))),
    sponsor: person(keyContacts.find((c) => c.roles.includes('executive_sponsor'))),
    csm: user(csm),
    manager: user(manager),
  };
}

export interface StepDraft {
  rendered: RenderedDraft | null;
  renderError: string | null;
}

/**
 * Fills in a step's template as the step opens, so the draft reflects the account as it is then.
 * A template that fails is reported on the step instead of stopping the play.
 */
export function renderStepDraft(step: Step, version: PlayVersion, base: MergeBase, play: { startedOn: string; dueOn: string | null }): StepDraft {
  if (!step.template) return { rendered: null, renderError: null };
  const source = version.templates[step.template];
  if (source === undefined) return { rendered: null, renderError: `template "${step.template}" is not part of version ${version.number}` };
  const context = buildMergeContext({
    ...base,
    play: { playbook_title: version.playbook.title, started_on: play.startedOn, step_title: step.title, due_on: play.dueOn ?? undefined },
  });
  try {
    const out = renderTemplate(source, context);
    const to = out.kind === 'email' ? (base.champion?.email ?? base.sponsor?.email ?? null) : undefined;
    return { rendered: { kind: out.kind, ...(out.subject === undefined ? {} : { subject: out.subject }), body: out.body, ...(to === undefined ? {} : { to }) }, renderError: null };
  } catch (err) {
    return { rendered: null, renderError: err instanceof Error ? err.message : String(err) };
  }
}
