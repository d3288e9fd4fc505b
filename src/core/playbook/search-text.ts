import type { Playbook, Trigger } from './schema.ts';

/** A playbook's text split by search weight: A title, B when to use, C steps, D everything else. */
export interface SearchText {
  title: string;
  whenToUse: string;
  steps: string;
  other: string;
}

export function playbookSearchText(playbook: Playbook): SearchText {
  return {
    title: flat(playbook.title),
    whenToUse: flat(playbook.when_to_use),
    steps: join(
      playbook.steps.flatMap((step) => [step.title, step.description, step.question, ...(step.checklist ?? []), ...Object.keys(step.branches ?? {})]),
    ),
    other: join([
      playbook.category,
      playbook.customer_goal,
      playbook.business_goal,
      ...triggerWords(playbook.trigger),
      ...(playbook.segments ?? []),
      ...(playbook.milestones ?? []).map((milestone) => milestone.name),
      ...(playbook.resources ?? []).map((resource) => resource.title),
      playbook.success?.description,
      ...(playbook.pitfalls ?? []),
      ...(playbook.faq ?? []).flatMap((entry) => [entry.q, entry.a]),
    ]),
  };
}

// Keyword phrases and competitor names are words people search for; conditions are code, not prose.
function triggerWords(trigger: Trigger | undefined): string[] {
  if (trigger?.kind === 'keyword') return [...trigger.phrases, ...(trigger.competitors ?? [])];
  if (trigger?.kind === 'event' || trigger?.kind === 'inactivity') return [trigger.event.replaceAll('_', ' ')];
  return [];
}

function join(parts: (string | undefined)[]): string {
  return parts.filter((part): part is string => Boolean(part)).map(flat).join('\n');
}

function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
