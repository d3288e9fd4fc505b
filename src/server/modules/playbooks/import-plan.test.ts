import { describe, expect, it } from 'vitest';
import { parsePlaybook } from '../../../core/playbook/index.ts';
import type { LibraryFile, Playbook } from '../../../core/playbook/index.ts';
import { planImport } from './import-plan.ts';
import type { StoredPlaybook } from './import-plan.ts';

const yaml = (id: string, title = `Title of ${id}`, template = 'shared') => `id: ${id}
title: ${title}
kind: runbook
category: qbr
owner: ops@example.com
when_to_use: When needed.
steps:
  - id: send
    title: Send it
    kind: email
    template: ${template}
`;
const TEMPLATE = '---\nkind: email\nsubject: Hi\n---\nHello {{ account.name }}\n';

const parse = (file: LibraryFile): Playbook => {
  const parsed = parsePlaybook(file.path, file.content);
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join('; '));
  return parsed.playbook;
};

function stored(id: string, path: string, source = yaml(id), templates = { shared: TEMPLATE }): StoredPlaybook {
  return { id, path, currentVersion: 1, source, templates, parsed: parse({ path, content: source }) };
}

describe('planImport', () => {
  const library = [stored('alpha', 'alpha.yaml'), stored('beta', 'beta.yaml')];

  it('lints the imported files together with the stored files they leave in place', () => {
    const plan = planImport([{ path: 'alpha.yaml', content: yaml('alpha', 'New') }], library);
    expect(plan.lintFiles.map((f) => f.path).sort()).toEqual(['alpha.yaml', 'beta.yaml', 'templates/shared.liquid']);
    expect(plan.problems).toEqual([]);
  });

  it('plans a version only for what changed, naming the changed files', () => {
    const plan = planImport([{ path: 'alpha.yaml', content: yaml('alpha', 'New') }, { path: 'beta.yaml', content: yaml('beta') }], library);
    const changes = plan.changes(parse);
    expect(changes.versions.map((v) => [v.id, v.basedOn, v.changedFiles])).toEqual([['alpha', 1, ['alpha.yaml']]]);
    expect(changes.unchanged).toEqual(['beta']);
  });

  it('gives every stored playbook using a changed template a new version', () => {
    const plan = planImport([{ path: 'templates/shared.liquid', content: `${TEMPLATE}Bye\n` }], library);
    const changes = plan.changes(parse);
    expect(changes.versions.map((v) => [v.id, v.changedFiles])).toEqual([
      ['alpha', ['templates/shared.liquid']],
      ['beta', ['templates/shared.liquid']],
    ]);
    expect(changes.versions[0]!.templates.shared).toBe(`${TEMPLATE}Bye\n`);
  });

  it('moves a playbook whose file changed path, and refuses a changed id', () => {
    const moved = planImport([{ path: 'sub/alpha.yaml', content: yaml('alpha') }, { path: 'sub/templates/shared.liquid', content: TEMPLATE }], library);
    expect(moved.changes(parse).moves).toEqual([{ id: 'alpha', from: 'alpha.yaml', to: 'sub/alpha.yaml' }]);
    const renamed = planImport([{ path: 'alpha.yaml', content: yaml('gamma') }], library);
    expect(renamed.problems.map((p) => `${p.file}:${p.line}:${p.col}`)).toEqual(['alpha.yaml:1:5']);
  });

  it('warns about templates no playbook uses', () => {
    const plan = planImport([{ path: 'templates/orphan.liquid', content: TEMPLATE }], library);
    expect(plan.problems).toEqual([expect.objectContaining({ file: 'templates/orphan.liquid', severity: 'warning' })]);
  });
});
