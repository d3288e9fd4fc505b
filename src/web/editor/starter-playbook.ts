/**
 * The first text of a new playbook: every required field, one step, so it lints clean and the
 * preview shows at once. The author replaces the prose; the comments say what each part is for.
 */
export function starterPlaybook(id: string, title: string, owner: string): string {
  return `id: ${id}
title: ${JSON.stringify(title)}
kind: playbook
category: adoption
owner: ${owner}

when_to_use: |
  Say when a CSM should run this playbook.
# trigger: start it automatically (signal, date, event, inactivity, keyword); without one it is started by hand.

customer_goal: What changes for the customer.
business_goal: Why it matters to us.

steps:
  - id: first-step
    title: The first thing to do
    due: 1d

success:
  within: 30d
  when: health.score >= 60
pitfalls:
  - A mistake people make with this play.
`;
}
