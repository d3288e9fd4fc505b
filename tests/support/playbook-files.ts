import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import type { Database } from '../../src/server/db/client.ts';

export const STARTER_DIR = fileURLToPath(new URL('../../playbooks/', import.meta.url));
export const BROKEN_DIR = fileURLToPath(new URL('../fixtures/broken-playbooks/', import.meta.url));

export interface PlaybookOptions {
  title?: string;
  kind?: 'playbook' | 'runbook' | 'script';
  category?: string;
  lifecycle?: string[];
  segments?: string[];
  whenToUse?: string;
  stepTitle?: string;
  stepDescription?: string;
  template?: string;
  pitfall?: string;
}

/** A small, valid playbook file; vary one option to make the text a test looks for. */
export function playbookYaml(id: string, options: PlaybookOptions = {}): string {
  const template = options.template ?? 'test-followup';
  return `id: ${id}
title: ${options.title ?? `Test playbook ${id}`}
kind: ${options.kind ?? 'playbook'}
category: ${options.category ?? 'adoption'}
lifecycle: [${(options.lifecycle ?? ['adoption']).join(', ')}]
segments: [${(options.segments ?? ['smb']).join(', ')}]
owner: ops@example.com
when_to_use: ${options.whenToUse ?? 'An account needs a nudge.'}
customer_goal: The customer gets value from the product.
business_goal: Keep the account healthy.
steps:
  - id: first
    title: ${options.stepTitle ?? 'Review the account'}
    description: ${options.stepDescription ?? 'Look at usage by feature.'}
    due: 1d
  - id: decide
    title: Did they reply?
    kind: decision
    question: Did the customer reply within 5 days?
    due: 5d after first
    branches:
      yes: follow-up
      no: end
  - id: follow-up
    title: Send the follow-up
    kind: email
    due: 2d after decide
    template: ${template}
success:
  within: 30d
  when: health.score >= 60
pitfalls:
  - ${options.pitfall ?? 'Waiting too long.'}
`;
}

export function emailTemplate(subject = 'A note for {{ account.name }}', body = 'Hi {{ champion.first_name | default: "there" }},\n\nThanks.\n'): string {
  return `---\nkind: email\nsubject: "${subject}"\n---\n${body}`;
}

/** Empties the library (the starter library loads on first start), for tests that need a blank one. */
export async function emptyLibrary(database: Database): Promise<void> {
  await database.db.execute(sql`delete from playbooks`);
}
