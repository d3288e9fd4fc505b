import { END_STEP, STEP_KINDS } from './constants.ts';
import { parseDue } from './durations.ts';
import { analyzeFlow, type FlowStep } from './flow.ts';

export type IssuePath = (string | number)[];

export interface RuleIssue {
  path: IssuePath;
  message: string;
}

type Data = Record<string, unknown>;

const PLAYBOOK_ONLY_FIELDS = ['customer_goal', 'business_goal', 'success', 'pitfalls'] as const;

/** Fields that belong to one step kind only. */
const KIND_FIELDS: Record<string, readonly string[]> = {
  decision: ['question', 'branches'],
  wait: ['wait'],
  action: ['action'],
};

/**
 * Rules that span fields. They read the raw document defensively (not the parsed playbook) so the
 * linter can report them even when other parts of the same file fail the schema.
 */
export function playbookRuleIssues(input: unknown): RuleIssue[] {
  if (!isData(input)) return [];
  const issues: RuleIssue[] = [];
  if (input.kind === 'playbook') issues.push(...playbookKindIssues(input));
  const steps = Array.isArray(input.steps) ? input.steps : [];
  const flowSteps = toFlowSteps(steps);
  const ids = new Set(flowSteps.map((step) => step.id));
  const firstIndex = new Map<unknown, number>();
  steps.forEach((step, index) => {
    if (!isData(step)) return;
    if (!firstIndex.has(step.id)) firstIndex.set(step.id, index);
    issues.push(...stepIssues(step, index, firstIndex.get(step.id)!, ids));
  });
  if (Array.isArray(input.milestones)) {
    input.milestones.forEach((milestone, index) => {
      if (isData(milestone)) issues.push(...dueReferenceIssues(milestone.due, ['milestones', index, 'due'], ids));
    });
  }
  issues.push(...flowIssues(flowSteps));
  return issues;
}

function playbookKindIssues(input: Data): RuleIssue[] {
  const issues: RuleIssue[] = [];
  for (const field of PLAYBOOK_ONLY_FIELDS) {
    if (input[field] === undefined) issues.push({ path: [field], message: 'required for kind playbook' });
  }
  if (Array.isArray(input.pitfalls) && input.pitfalls.length === 0) {
    issues.push({ path: ['pitfalls'], message: 'a playbook needs at least one pitfall' });
  }
  return issues;
}

function stepIssues(step: Data, index: number, first: number, ids: Set<string>): RuleIssue[] {
  const at = (...rest: IssuePath): IssuePath => ['steps', index, ...rest];
  const issues: RuleIssue[] = [];
  if (step.id === END_STEP) issues.push({ path: at('id'), message: '"end" is reserved for the end of the play' });
  if (typeof step.id === 'string' && first < index) {
    issues.push({ path: at('id'), message: `duplicate step id "${String(step.id)}" (first used by steps[${first}])` });
  }
  const kind = step.kind === undefined ? 'task' : step.kind;
  // An unknown kind is a schema error already; guessing which fields it needs would only add noise.
  if ((STEP_KINDS as readonly unknown[]).includes(kind)) issues.push(...kindFieldIssues(step, kind as string, at));
  issues.push(...referenceIssues(step.next, at('next'), ids));
  if (kind === 'decision' && isData(step.branches)) {
    for (const [answer, target] of Object.entries(step.branches)) {
      issues.push(...referenceIssues(target, at('branches', answer), ids));
    }
  }
  issues.push(...dueReferenceIssues(step.due, at('due'), ids, typeof step.id === 'string' ? step.id : undefined));
  return issues;
}

function kindFieldIssues(step: Data, kind: string, at: (...rest: IssuePath) => IssuePath): RuleIssue[] {
  const issues: RuleIssue[] = [];
  for (const [owner, fields] of Object.entries(KIND_FIELDS)) {
    for (const field of fields) {
      if (kind === owner && step[field] === undefined) {
        issues.push({ path: at(field), message: `required for ${owner} steps` });
      }
      if (kind !== owner && step[field] !== undefined) {
        issues.push({ path: at(field), message: `only allowed on ${owner} steps` });
      }
    }
  }
  if (kind === 'email' && step.template === undefined) {
    issues.push({ path: at('template'), message: 'required for email steps' });
  }
  if (kind === 'decision') {
    if (step.next !== undefined) {
      issues.push({ path: at('next'), message: 'not allowed on decision steps; they continue through branches' });
    }
    if (isData(step.branches) && Object.keys(step.branches).length < 2) {
      issues.push({ path: at('branches'), message: 'a decision needs at least two branches' });
    }
  }
  return issues;
}

function referenceIssues(target: unknown, path: IssuePath, ids: Set<string>): RuleIssue[] {
  if (typeof target !== 'string' || target === END_STEP || ids.has(target)) return [];
  return [{ path, message: `no step has id "${target}"` }];
}

function dueReferenceIssues(due: unknown, path: IssuePath, ids: Set<string>, ownId?: string): RuleIssue[] {
  const parsed = typeof due === 'string' ? parseDue(due) : null;
  if (parsed?.type !== 'after') return [];
  if (parsed.step === ownId) return [{ path, message: 'a step cannot be due after itself' }];
  return ids.has(parsed.step) ? [] : [{ path, message: `no step has id "${parsed.step}"` }];
}

function flowIssues(flowSteps: FlowStep[]): RuleIssue[] {
  const indexOf = (id: string) => flowSteps.findIndex((step) => step.id === id);
  const { unreachable, closedLoops } = analyzeFlow(flowSteps);
  const issues: RuleIssue[] = unreachable
    .filter(isRealId)
    .map((id) => ({ path: ['steps', indexOf(id), 'id'], message: `step "${id}" is never reached from the first step` }));
  for (const loop of closedLoops) {
    const names = loop.map((id) => `"${id}"`).join(', ');
    const message =
      loop.length === 1
        ? `step ${names} loops to itself with no way to reach the end`
        : `steps ${names} loop with no way to reach the end`;
    issues.push({ path: ['steps', indexOf(loop[0]!), 'id'], message });
  }
  return issues;
}

/**
 * Steps without a usable id (missing, `end`, or a repeat of an earlier id) keep their place in the
 * flow under a placeholder id, so one mistake does not also show up as a broken flow.
 */
function toFlowSteps(steps: readonly unknown[]): FlowStep[] {
  const seen = new Set<string>();
  return steps.map((step, index) => {
    const data = isData(step) ? step : {};
    const usable = typeof data.id === 'string' && data.id !== END_STEP && !seen.has(data.id);
    if (usable) seen.add(data.id as string);
    const branches = isData(data.branches)
      ? Object.fromEntries(Object.entries(data.branches).filter((entry): entry is [string, string] => typeof entry[1] === 'string'))
      : undefined;
    return {
      id: usable ? (data.id as string) : `#${index}`,
      kind: typeof data.kind === 'string' ? data.kind : undefined,
      next: typeof data.next === 'string' ? data.next : undefined,
      branches,
    };
  });
}

function isRealId(id: string): boolean {
  return !id.startsWith('#');
}

function isData(value: unknown): value is Data {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
