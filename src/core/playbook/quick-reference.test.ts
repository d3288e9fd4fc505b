import { describe, expect, it } from 'vitest';
import { parsePlaybook } from './parse.ts';
import { quickReferenceHtml, quickReferenceMarkdown } from './quick-reference.ts';
import type { Playbook } from './schema.ts';
import { EXAMPLE_YAML } from './test-support.ts';

function example(): Playbook {
  const parsed = parsePlaybook('usage-drop.yaml', EXAMPLE_YAML);
  if (!parsed.ok) throw new Error(parsed.problems.map((problem) => problem.message).join('\n'));
  return parsed.playbook;
}

const HOSTILE = '<script>alert(1)</script> *bold* [link](javascript:x) `tick` & "quote" \'single\'';

function hostile(): Playbook {
  const playbook = example();
  return {
    ...playbook,
    title: HOSTILE,
    when_to_use: HOSTILE,
    trigger: { kind: 'signal', when: `x = "${HOSTILE}"`, priority: 50 },
    steps: playbook.steps.map((step) => ({ ...step, title: HOSTILE })),
    resources: [
      { title: HOSTILE, url: 'https://example.com/a?b=1&c=<2>', kind: 'link' },
      { title: 'Bad', url: 'javascript:alert(1)', kind: 'link' },
    ],
    pitfalls: [HOSTILE, 'two', 'three', 'four'],
  };
}

describe('quickReferenceMarkdown', () => {
  it('shows trigger, goals, timed steps, resources and pitfalls on one card', () => {
    expect(quickReferenceMarkdown(example())).toBe(`# Usage drop recovery

*playbook · usage-drop · owner cs-ops@example.com*

**When to use:** Weekly active users fell 30% or more in 14 days on an account past onboarding.

**Trigger:** When \`metric.weekly_active_users.change(14d) <= -30% and lifecycle != "onboarding"\`

**Customer goal:** The team gets back to the value it bought the product for.

**Business goal:** Stop a usage decline before it turns into a churn risk at renewal.

**Success:** Within 45 days: Weekly active users are back at or above where they were before the drop. \`metric.weekly_active_users.change(30d) >= 0\`

## Key steps

1. **Review usage by feature and by user** (task · csm · 1 day after the start)
2. **Send a specific check-in** (email · csm · 1 day after "Review usage by feature and by user")
3. **Did the customer reply within 5 days?** (decision · csm · 5 days after "Send a specific check-in")
   - yes → Diagnostic call
   - no → Ask the executive sponsor for help
4. **Diagnostic call** (call · csm · video · 3 days after "Did the customer reply?")
5. **Ask the executive sponsor for help** (email · manager · 2 days after "Did the customer reply?")

## Resources

- [Usage dashboard walkthrough](<https://example.com/videos/usage-dashboard>) (video)

## Pitfalls

- Sending a generic "just checking in" email.
`);
  });

  it('escapes markup in every piece of text and keeps at most three pitfalls', () => {
    const markdown = quickReferenceMarkdown(hostile());
    // Raw text may appear only inside the condition's code span, where Markdown shows it literally.
    const trigger = markdown.split('\n').find((line) => line.startsWith('**Trigger:**'));
    expect(trigger).toBe('**Trigger:** When ``x = "<script>alert(1)</script> *bold* [link](javascript:x) `tick` & "quote" \'single\'"``');
    const outsideCode = markdown.replace(trigger!, '');
    expect(outsideCode).not.toContain('<script>');
    expect(outsideCode).not.toMatch(/[^\\]\*bold/);
    expect(outsideCode).not.toMatch(/[^\\]\(javascript/);
    expect(markdown).toContain('\\<script\\>alert\\(1\\)\\</script\\> \\*bold\\* \\[link\\]\\(javascript:x\\) \\`tick\\` \\& "quote"');
    expect(markdown).toContain('(<https://example.com/a?b=1&c=%3C2%3E>)');
    expect(markdown).toContain('- Bad (link)');
    expect(markdown).toContain('- three');
    expect(markdown).not.toContain('four');
  });
});

describe('quickReferenceHtml', () => {
  it('is a standalone printable page', () => {
    const html = quickReferenceHtml(example());
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('@page { size: A4;');
    expect(html).toContain('<title>Usage drop recovery — quick reference</title>');
    expect(html).toContain('<li><strong>Diagnostic call</strong> <span class="detail">call · csm · video · 3 days after &#34;Did the customer reply?&#34;</span></li>');
    expect(html).not.toMatch(/<(script|link|img)\b/);
  });

  it('escapes everything that comes from the playbook', () => {
    const html = quickReferenceHtml(hostile());
    expect(html).not.toMatch(/<script|<\/script/);
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62; *bold* [link](javascript:x) `tick` &#38; &#34;quote&#34; &#39;single&#39;');
    expect(html).toContain('<a href="https://example.com/a?b=1&#38;c=&#60;2&#62;">');
    expect(html).not.toContain('href="javascript');
    expect(html).not.toContain('four');
  });

  it('describes every trigger kind in words', () => {
    const triggers: Playbook['trigger'][] = [
      { kind: 'date', anchor: 'renewal_date -120d', priority: 50 },
      { kind: 'event', event: 'ticket_closed', delay: '7d', where: 'x', priority: 50 },
      { kind: 'inactivity', event: 'login', days: '30d', priority: 50 },
      { kind: 'keyword', sources: ['note', 'ticket'], phrases: ['cancel'], competitors: ['Rival'], priority: 50 },
      { kind: 'manual', priority: 50 },
    ];
    const lines = triggers.map((trigger) => /\*\*Trigger:\*\* (.*)/.exec(quickReferenceMarkdown({ ...example(), trigger }))![1]);
    expect(lines).toEqual([
      '120 days before renewal date',
      '7 days after event ticket\\_closed, where `x`',
      'No login event for 30 days',
      'A note or ticket mentions "cancel", "Rival"',
      'Started by hand from the account page',
    ]);
  });
});
