import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import type { Db } from '../../src/server/db/client.ts';
import { createContact } from '../../src/server/modules/accounts/contacts-service.ts';
import { createAccount } from '../../src/server/modules/accounts/service.ts';
import type { AccountInput } from '../../src/server/modules/accounts/service.ts';
import { users } from '../../src/server/modules/users/schema.ts';
import { eq } from 'drizzle-orm';
import type { TestApp } from './app.ts';

/** A playbook with a flow worth testing: a task with a checklist, an email, a decision, a call anchored to renewal, a manager's step. */
export function flowPlaybook(id: string, options: { title?: string; businessDays?: boolean; steps?: string; success?: string | null; kind?: string; checkinTemplate?: string } = {}): string {
  const success = options.success === undefined ? 'health.score >= 80' : options.success;
  const kind = options.kind ?? 'playbook';
  return `id: ${id}
title: ${options.title ?? `Flow ${id}`}
kind: ${kind}
category: adoption
owner: ops@example.com
business_days: ${options.businessDays ?? false}
when_to_use: When a test needs a play.
${kind === 'playbook' ? 'customer_goal: Value.\nbusiness_goal: Retention.\n' : ''}trigger:
  kind: manual
steps:
${options.steps ?? FLOW_STEPS(options.checkinTemplate ?? 'checkin')}
${success ? `success:\n  within: 30d\n  when: ${success}\n` : ''}${kind === 'playbook' ? 'pitfalls:\n  - Waiting too long.\n' : ''}`;
}

export const FLOW_STEPS = (template = 'checkin') => `  - id: review
    title: Review the account
    due: 2d
    checklist:
      - Look at usage
      - Check open tickets
  - id: checkin
    title: Send a check-in
    kind: email
    due: 1d after review
    template: ${template}
  - id: replied
    title: Did they reply?
    kind: decision
    question: Did the customer reply?
    due: 3d after checkin
    branches:
      yes: call
      no: escalate
  - id: call
    title: Diagnostic call
    kind: call
    template: call-agenda
    due: renewal_date -30d
    next: end
  - id: escalate
    title: Ask the manager for help
    owner: manager
    due: 1d after replied`;

export const TEMPLATES: Record<string, string> = {
  checkin: `---
kind: email
subject: "{{ account.name }}: a quick check-in"
---
Hi {{ champion.first_name | default: "there" }},

{{ account.name }} is {{ account.health_tier }} with {{ account.days_to_renewal }} days to renewal.

{{ csm.name }} (manager {{ manager.name }}), {{ play.playbook_title }}, due {{ play.due_on }}
`,
  'call-agenda': `---
kind: agenda
---
Agenda for {{ account.name }}: {{ play.step_title }}
`,
  // Lint cannot see this fail: it only runs out of memory when rendered.
  'too-big': `---
kind: email
subject: "Hello"
---
{% for i in (1..100000000) %}{{ i }}{% endfor %}
`,
};

export async function publishPlaybook(
  app: TestApp,
  cookie: string,
  id: string,
  source: string,
  options: { templates?: Record<string, string>; activate?: boolean; inFlight?: 'keep' | 'migrate' } = {},
): Promise<{ version: number; inFlight?: { mode: string; migrated: number } }> {
  const current = (await app.call('GET', `/api/playbooks/${id}`, { cookie })).body?.currentVersion ?? null;
  const saved = await app.call('PUT', `/api/playbooks/${id}/draft`, { cookie, body: { source, templates: options.templates ?? TEMPLATES } });
  expect(saved.body.errorCount, JSON.stringify(saved.body.problems)).toBe(0);
  const published = await app.call('POST', `/api/playbooks/${id}/publish`, { cookie, body: { changelog: 'Test version', basedOnVersion: current, ...(options.inFlight ? { inFlight: options.inFlight } : {}) } });
  expect(published.status, JSON.stringify(published.body)).toBe(201);
  if (current === null && options.activate !== false) {
    const status = await app.call('POST', `/api/playbooks/${id}/status`, { cookie, body: { status: 'active' } });
    expect(status.status, JSON.stringify(status.body)).toBe(200);
  }
  return { version: published.body.version.number, inFlight: published.body.inFlight };
}

/** Starting an app migrates a database and loads the starter library: slow on PGlite on a busy machine. */
export const SETUP_TIMEOUT_MS = 180_000;

/**
 * Tests pass their own "today" to the engine; the sweep's cron would run it with the real one in
 * the middle of a test (closing plays, ending waits), so suites switch the schedules off.
 */
export async function quietPlaySchedules(app: TestApp): Promise<void> {
  const boss = app.running.services.jobs?.boss;
  for (const name of ['plays.sweep', 'plays.overdue']) await boss?.unschedule(name);
}

export async function setManager(db: Db, userId: string, managerId: string | null): Promise<void> {
  await db.update(users).set({ managerId }).where(eq(users.id, userId));
}

export async function newAccount(db: Db, input: Partial<AccountInput> & { name: string }, extra: { health?: { score: number; tier: string }; champion?: { name: string; email: string } } = {}) {
  const account = await createAccount(db, { ...input }, null);
  if (extra.health) await setHealth(db, account.id, extra.health.score, extra.health.tier);
  if (extra.champion) await createContact(db, { accountId: account.id, name: extra.champion.name, email: extra.champion.email, roles: ['champion'] }, null);
  return account;
}

export async function setHealth(db: Db, accountId: string, score: number, tier: string): Promise<void> {
  await db.execute(sql`insert into health_scores (account_id, score, tier, components) values (${accountId}, ${score}, ${tier}, '{}'::jsonb)
    on conflict (account_id) do update set score = excluded.score, tier = excluded.tier`);
}
