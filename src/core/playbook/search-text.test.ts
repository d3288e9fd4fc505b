import { describe, expect, it } from 'vitest';
import { parsePlaybook } from './parse.ts';
import { playbookSearchText } from './search-text.ts';
import { EXAMPLE_YAML } from './test-support.ts';

describe('playbookSearchText', () => {
  it('splits a playbook into title, when to use, steps and the rest', () => {
    const parsed = parsePlaybook('usage-drop.yaml', EXAMPLE_YAML);
    if (!parsed.ok) throw new Error('example does not parse');
    const text = playbookSearchText(parsed.playbook);
    expect(text.title).toBe('Usage drop recovery');
    expect(text.whenToUse).toBe('Weekly active users fell 30% or more in 14 days on an account past onboarding.');
    expect(text.steps.split('\n')).toEqual(expect.arrayContaining(['Review usage by feature and by user', 'Did a power user stop logging in?', 'Did the customer reply within 5 days?']));
    expect(text.other).toContain('Sending a generic "just checking in" email.');
    expect(text.other).toContain('What if the drop is seasonal?');
    expect(text.other).not.toContain('metric.weekly_active_users');
  });
});
