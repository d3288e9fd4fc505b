import { checkCondition as checkConditionLanguage } from '../conditions/index.ts';
import type { Problem } from './problem.ts';
import { playbookRuleIssues, type IssuePath } from './rules.ts';
import { PlaybookShapeSchema } from './schema.ts';
import { describeIssues, formatPath } from './schema-issues.ts';
import { parseYamlSource, type Position, type YamlSource } from './yaml-source.ts';

/** Finds problems in a condition's text; positions are 1-based within that text. */
export type ConditionChecker = (text: string, options?: { eventProperties?: boolean }) => { line: number; col: number; message: string }[];

export interface LintOptions {
  /** Checks condition expressions (trigger.when, success.when, …); the engine's condition language by default, `false` to skip. */
  checkCondition?: ConditionChecker | false;
}

/** A place in a playbook file that names something defined elsewhere in the library. */
export interface Reference {
  name: string;
  path: IssuePath;
  position: Position;
}

export interface PlaybookFileLint {
  problems: Problem[];
  id?: Reference;
  /** `uses` of steps and `related`: ids of other playbooks. */
  playbookRefs: Reference[];
  templateRefs: (Reference & { stepKind: unknown })[];
}

type Data = Record<string, unknown>;

/** Everything that can be checked from one playbook file alone. */
export function lintPlaybookFile(file: string, content: string, options: LintOptions = {}): PlaybookFileLint {
  const yaml = parseYamlSource(content);
  const problems: Problem[] = yaml.diagnostics.map((diagnostic) => ({ file, ...diagnostic }));
  // A file that is not valid YAML has no trustworthy structure; its syntax errors are the report.
  if (yaml.value === undefined && problems.length > 0) return { problems, playbookRefs: [], templateRefs: [] };

  const report = (position: Position, message: string) => problems.push({ file, ...position, message, severity: 'error' });
  const shape = PlaybookShapeSchema.safeParse(yaml.value);
  for (const issue of shape.success ? [] : describeIssues(shape.error.issues, yaml.value)) {
    report(issue.key ? yaml.keyPositionOf(issue.path, issue.key) : yaml.positionOf(issue.path), issue.message);
  }
  for (const issue of playbookRuleIssues(yaml.value)) {
    report(yaml.positionOf(issue.path), `${formatPath(issue.path)}: ${issue.message}`);
  }
  const checker = options.checkCondition ?? checkConditionLanguage;
  if (checker) checkConditions(yaml, checker, report);

  const data = isData(yaml.value) ? yaml.value : {};
  const ref = (name: unknown, path: IssuePath): Reference[] =>
    typeof name === 'string' ? [{ name, path, position: yaml.positionOf(path) }] : [];
  const steps = listOf(data.steps);
  return {
    problems,
    id: ref(data.id, ['id'])[0],
    playbookRefs: [
      ...steps.flatMap((step, index) =>
        listOf(isData(step) ? step.uses : undefined).flatMap((name, item) => ref(name, ['steps', index, 'uses', item])),
      ),
      ...listOf(data.related).flatMap((name, item) => ref(name, ['related', item])),
    ],
    templateRefs: steps.flatMap((step, index) =>
      isData(step) ? ref(step.template, ['steps', index, 'template']).map((found) => ({ ...found, stepKind: step.kind })) : [],
    ),
  };
}

function checkConditions(yaml: YamlSource, check: ConditionChecker, report: (position: Position, message: string) => void) {
  const data = isData(yaml.value) ? yaml.value : {};
  const paths: IssuePath[] = [['trigger', 'when'], ['trigger', 'where'], ['success', 'when']];
  listOf(data.steps).forEach((_step, index) => paths.push(['steps', index, 'wait', 'until']));
  // An event trigger's `where` may also read the triggering event's `properties.<key>`.
  const eventWhere = (path: IssuePath) => path[0] === 'trigger' && path[1] === 'where' && valueAt(data, ['trigger', 'kind']) === 'event';
  for (const path of paths) {
    const text = valueAt(data, path);
    if (typeof text !== 'string') continue;
    for (const finding of check(text, eventWhere(path) ? { eventProperties: true } : {})) {
      report(yaml.positionInScalar(path, finding.line, finding.col), `${formatPath(path)}: ${finding.message}`);
    }
  }
}

function valueAt(data: unknown, path: IssuePath): unknown {
  return path.reduce<unknown>((value, segment) => (isData(value) || Array.isArray(value) ? (value as Data)[segment] : undefined), data);
}

function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function isData(value: unknown): value is Data {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
