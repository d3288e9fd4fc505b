import { describe, expect, it } from 'vitest';
import { readLibraryDir } from '../src/server/modules/playbooks/library-dir.ts';
import { lintPaths } from '../src/server/modules/playbooks/lint-paths.ts';
import { parseLinted } from '../src/server/modules/playbooks/import-service.ts';
import { STARTER_DIR } from './support/playbook-files.ts';

// The "passes lint in CI" check: the library that ships must have no problem at all.
describe('the starter library', () => {
  it('lints clean: no errors, no warnings', async () => {
    const { problems, files } = await lintPaths([STARTER_DIR]);
    expect(problems).toEqual([]);
    expect(files).toBeGreaterThanOrEqual(14 + 2 + 2 + 12);
  });

  it('has the playbooks, runbooks, scripts and templates the issue asks for', async () => {
    const { files } = await readLibraryDir(STARTER_DIR);
    const playbooks = files.filter((f) => f.path.endsWith('.yaml')).map(parseLinted);
    const count = (kind: string) => playbooks.filter((p) => p.kind === kind).length;
    expect(count('playbook')).toBeGreaterThanOrEqual(14);
    expect(new Set(playbooks.filter((p) => p.kind === 'playbook').map((p) => p.category)).size).toBeGreaterThanOrEqual(14);
    expect(count('runbook')).toBeGreaterThanOrEqual(2);
    expect(count('script')).toBeGreaterThanOrEqual(2);
    expect(files.filter((f) => f.path.endsWith('.liquid')).length).toBeGreaterThanOrEqual(12);
  });
});
