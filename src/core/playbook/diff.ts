import { unifiedDiff, type UnifiedDiffOptions } from './line-diff.ts';
import type { Playbook, Step } from './schema.ts';

export { unifiedDiff, type UnifiedDiffOptions } from './line-diff.ts';

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface StepChange {
  id: string;
  title: string;
  changes: FieldChange[];
}

export interface PlaybookDiff {
  /** Top-level fields other than `steps` whose value differs (absent on one side = undefined). */
  fields: FieldChange[];
  steps: {
    added: Step[];
    removed: Step[];
    changed: StepChange[];
    /** Set when the steps both versions share are in a different order (it changes the default flow). */
    reordered?: { before: string[]; after: string[] };
  };
}

/** What changed between two versions of a playbook, steps matched by id. */
export function diffPlaybooks(before: Playbook, after: Playbook): PlaybookDiff {
  const beforeSteps = new Map(before.steps.map((step) => [step.id, step]));
  const afterSteps = new Map(after.steps.map((step) => [step.id, step]));
  const shared = (steps: Step[], other: Map<string, Step>) => steps.filter((step) => other.has(step.id)).map((step) => step.id);
  const orderBefore = shared(before.steps, afterSteps);
  const orderAfter = shared(after.steps, beforeSteps);
  return {
    fields: changedFields(withoutSteps(before), withoutSteps(after)),
    steps: {
      added: after.steps.filter((step) => !beforeSteps.has(step.id)),
      removed: before.steps.filter((step) => !afterSteps.has(step.id)),
      changed: after.steps.flatMap((step) => {
        const old = beforeSteps.get(step.id);
        const changes = old ? changedFields(old, step) : [];
        return changes.length > 0 ? [{ id: step.id, title: step.title, changes }] : [];
      }),
      ...(orderBefore.join('\n') === orderAfter.join('\n') ? {} : { reordered: { before: orderBefore, after: orderAfter } }),
    },
  };
}

/** The structured diff plus the line diff of the two YAML texts, as a version page shows them. */
export function diffPlaybookVersions(
  before: { playbook: Playbook; text: string },
  after: { playbook: Playbook; text: string },
  options?: UnifiedDiffOptions,
): PlaybookDiff & { text: string } {
  return { ...diffPlaybooks(before.playbook, after.playbook), text: unifiedDiff(before.text, after.text, options) };
}

function withoutSteps(playbook: Playbook): Record<string, unknown> {
  const { steps: _steps, ...rest } = playbook;
  return rest;
}

function changedFields(before: object, after: object): FieldChange[] {
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  return keys.filter((key) => canonical(a[key]) !== canonical(b[key])).map((field) => ({ field, before: a[field], after: b[field] }));
}

/** JSON with sorted keys, so that key order in the YAML never counts as a change. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
      : inner,
  ) ?? 'undefined';
}
