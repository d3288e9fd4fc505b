// Shared by the unit tests of this directory: a complete, valid playbook to vary from.
export const EXAMPLE_YAML = `# yaml-language-server: $schema=../schema/playbook.schema.json
id: usage-drop
title: Usage drop recovery
kind: playbook
category: usage-drop
lifecycle: [adoption, mature]
segments: [smb-low-touch]
touch_models: [high, low]
owner: cs-ops@example.com
review_every: 90d
business_days: true
when_to_use: |
  Weekly active users fell 30% or more in 14 days on an account past onboarding.
trigger:
  kind: signal
  when: metric.weekly_active_users.change(14d) <= -30% and lifecycle != "onboarding"
  priority: 70
  exclusive_group: rescue
reentry: { cooldown: 60d }
holdout: 10%
customer_goal: The team gets back to the value it bought the product for.
business_goal: Stop a usage decline before it turns into a churn risk at renewal.
steps:
  - id: review
    title: Review usage by feature and by user
    kind: task
    owner: csm
    due: 1d
    checklist:
      - Which features lost the most usage?
      - Did a power user stop logging in?
  - id: checkin
    title: Send a specific check-in
    kind: email
    owner: csm
    channel: email
    due: 1d after review
    template: usage-checkin
  - id: replied
    title: Did the customer reply?
    kind: decision
    question: Did the customer reply within 5 days?
    due: 5d after checkin
    branches:
      yes: call
      no: nudge-sponsor
  - id: call
    title: Diagnostic call
    kind: call
    owner: csm
    channel: video
    due: 3d after replied
    template: usage-diagnostic-agenda
    uses: [customer-call]
    next: end
  - id: nudge-sponsor
    title: Ask the executive sponsor for help
    kind: email
    owner: manager
    due: 2d after replied
    template: sponsor-nudge
milestones:
  - name: Usage back to baseline
    due: 30d
resources:
  - title: Usage dashboard walkthrough
    url: https://example.com/videos/usage-dashboard
    kind: video
success:
  within: 45d
  when: metric.weekly_active_users.change(30d) >= 0
  description: Weekly active users are back at or above where they were before the drop.
pitfalls:
  - Sending a generic "just checking in" email.
faq:
  - q: What if the drop is seasonal?
    a: Close the play as abandoned with the reason "seasonal" and note the season on the account.
related: [churn-recovery, customer-call]
`;

export const EMAIL_TEMPLATE = `---
kind: email
subject: "{{ account.name }}: a quick look at your team's usage"
---
Hi {{ champion.first_name | default: "there" }},

I noticed {{ account.name }}'s weekly active users went down.

{{ csm.name }}
`;

export const AGENDA_TEMPLATE = `---
kind: agenda
---
1. What changed for {{ account.name }}?
`;
