import { lintPlaybookFile, type LintOptions } from './lint-playbook.ts';
import type { Problem } from './problem.ts';
import { compareProblems } from './problem.ts';
import { PlaybookSchema, type Playbook } from './schema.ts';
import { parseYamlSource } from './yaml-source.ts';

export type ParsedPlaybook = { ok: true; playbook: Playbook; warnings: Problem[] } | { ok: false; problems: Problem[] };

/**
 * Reads one playbook file into a `Playbook` (defaults applied), or says why it cannot.
 * Only checks the file itself: templates and other playbooks are `lintLibrary`'s job.
 */
export function parsePlaybook(path: string, content: string, options: LintOptions = {}): ParsedPlaybook {
  const problems = lintPlaybookFile(path, content, options).problems.sort(compareProblems);
  if (problems.some((problem) => problem.severity === 'error')) return { ok: false, problems };
  return { ok: true, playbook: PlaybookSchema.parse(parseYamlSource(content).value), warnings: problems };
}
