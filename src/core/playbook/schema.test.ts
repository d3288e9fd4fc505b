import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PlaybookSchema, STEP_KINDS, TemplateFrontMatterSchema, type PlaybookInput } from './schema.ts';
import { EXAMPLE_YAML } from './test-support.ts';

const example = (): PlaybookInput => parse(EXAMPLE_YAML);
const messages = (input: unknown) => {
  const result = PlaybookSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('PlaybookSchema', () => {
  it('accepts the complete example and applies defaults', () => {
    const playbook = PlaybookSchema.parse(example());
    expect(playbook.steps[2].branches).toEqual({ yes: 'call', no: 'nudge-sponsor' });
    expect(playbook.trigger).toMatchObject({ kind: 'signal', priority: 70 });
    const minimal = PlaybookSchema.parse({
      id: 'call-script',
      title: 'Discovery call',
      kind: 'script',
      category: 'onboarding',
      owner: 'ops@example.com',
      when_to_use: 'First call.',
      steps: [{ id: 'open', title: 'Open the call' }],
    });
    expect(minimal).toMatchObject({ business_days: false, reentry: 'once', holdout: '0%' });
    expect(minimal.steps[0]).toMatchObject({ kind: 'task', owner: 'csm' });
  });

  it('is the same example as the one the spec shows', () => {
    const spec = readFileSync(new URL('../../../docs/playbook-format.md', import.meta.url), 'utf8');
    const block = /```yaml\n(id: usage-drop[\s\S]*?)```/.exec(spec)![1];
    expect(parse(block)).toEqual(example());
  });

  it('requires goals, success and pitfalls of playbooks only', () => {
    const { customer_goal, business_goal, success, pitfalls, ...rest } = example();
    expect(messages(rest)).toEqual([
      'customer_goal: required for kind playbook',
      'business_goal: required for kind playbook',
      'success: required for kind playbook',
      'pitfalls: required for kind playbook',
    ]);
    expect(messages({ ...rest, kind: 'runbook' })).toEqual([]);
    expect(messages({ ...example(), pitfalls: [] })).toEqual(['pitfalls: a playbook needs at least one pitfall']);
  });

  it('accepts every trigger kind with its fields', () => {
    const triggers = [
      { kind: 'signal', when: 'health.score < 60', segment: 'enterprise-high-touch' },
      { kind: 'date', anchor: 'renewal_date -120d', when: 'arr >= 50000' },
      { kind: 'event', event: 'ticket_closed', where: 'priority = "urgent"', delay: '7d' },
      { kind: 'inactivity', event: 'login', days: '30d' },
      { kind: 'keyword', sources: ['note', 'ticket'], phrases: ['cancel', 'switch to'], competitors: ['Rival'] },
      { kind: 'manual', priority: 0 },
    ];
    for (const trigger of triggers) expect(messages({ ...example(), trigger })).toEqual([]);
  });

  it('rejects malformed triggers, reentry and holdout', () => {
    expect(messages({ ...example(), trigger: { kind: 'date', anchor: 'renewal -120d' } })).toEqual([
      'trigger.anchor: expected <anchor> ±<duration> (anchors: renewal_date, contract_start)',
    ]);
    expect(messages({ ...example(), trigger: { kind: 'signal', when: 'x', priority: 101 } })).toHaveLength(1);
    expect(messages({ ...example(), trigger: { kind: 'inactivity', event: 'login' } })).toEqual([
      'trigger.days: expected a duration such as 14d or 2w',
    ]);
    expect(messages({ ...example(), trigger: { kind: 'keyword', sources: [], phrases: ['x'] } })).toHaveLength(1);
    expect(messages({ ...example(), reentry: { max: 2, per: '365d' } })).toEqual([]);
    expect(messages({ ...example(), reentry: 'once' })).toEqual([]);
    expect(messages({ ...example(), reentry: 'twice' })).toHaveLength(1);
    expect(messages({ ...example(), reentry: { cooldown: '60d', max: 2 } })).toHaveLength(1);
    for (const holdout of ['0%', '50%', '12.5%', '9%']) expect(messages({ ...example(), holdout })).toEqual([]);
    for (const holdout of ['51%', '50.5%', '100%', '10', '-1%']) expect(messages({ ...example(), holdout })).toHaveLength(1);
  });

  it('checks kind-specific step fields', () => {
    const steps = [
      { id: 'a', title: 'A', kind: 'wait', wait: { for: '5d' } },
      { id: 'b', title: 'B', kind: 'wait', wait: { until: 'health.score > 60', timeout: '14d' } },
      { id: 'c', title: 'C', kind: 'action', action: { type: 'add_tag', tag: 'rescued' } },
      { id: 'd', title: 'D', kind: 'action', action: { type: 'notify', to: 'manager', message: 'Look' } },
      { id: 'e', title: 'E', kind: 'action', action: { type: 'update_field', field: 'traits.stage', value: 3 } },
      { id: 'f', title: 'F', kind: 'action', action: { type: 'webhook', url: 'https://hooks.example.com/x' } },
      { id: 'g', title: 'G', kind: 'milestone', due: 'renewal_date -30d' },
    ];
    expect(messages({ ...example(), steps })).toEqual([]);
    expect(messages({ ...example(), steps: [{ id: 'a', title: 'A', kind: 'wait', wait: { until: 'x' } }] })).toEqual([
      'steps.0.wait: expected { for: <duration> } or { until: <condition>, timeout: <duration> }',
    ]);
    expect(
      messages({ ...example(), steps: [{ id: 'a', title: 'A', kind: 'action', action: { type: 'webhook', url: 'file:///etc/passwd' } }] }),
    ).toEqual(['steps.0.action.url: expected an http(s) URL']);
    expect(messages({ ...example(), steps: [{ id: 'a', title: 'A', wait: { for: '1d' }, question: 'Q?' }] })).toEqual([
      'steps.0.question: only allowed on decision steps',
      'steps.0.wait: only allowed on wait steps',
    ]);
    expect(messages({ ...example(), steps: [{ id: 'a', title: 'A', kind: 'email' }] })).toEqual([
      'steps.0.template: required for email steps',
    ]);
  });

  it('knows every step kind', () => {
    expect(STEP_KINDS).toEqual(['task', 'email', 'call', 'meeting', 'decision', 'wait', 'action', 'milestone']);
  });
});

describe('TemplateFrontMatterSchema', () => {
  it('requires a subject for emails only', () => {
    expect(TemplateFrontMatterSchema.safeParse({ kind: 'email' }).success).toBe(false);
    expect(TemplateFrontMatterSchema.safeParse({ kind: 'email', subject: 'Hi' }).success).toBe(true);
    expect(TemplateFrontMatterSchema.safeParse({ kind: 'agenda' }).success).toBe(true);
    expect(TemplateFrontMatterSchema.safeParse({ kind: 'memo' }).success).toBe(false);
  });
});
