import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { starterPlaybook } from './starter-playbook.ts';

describe('a new playbook', () => {
  it('starts with the id, the title (quoted when it needs to be) and the owner', () => {
    const doc = parse(starterPlaybook('churn-save', 'Churn: last call', 'pat@example.com')) as Record<string, unknown>;
    expect(doc).toMatchObject({ id: 'churn-save', title: 'Churn: last call', owner: 'pat@example.com', kind: 'playbook' });
    expect(doc.steps).toHaveLength(1);
  });
});
