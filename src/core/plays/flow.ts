import { END_STEP } from '../playbook/constants.ts';
import { flowEdges } from '../playbook/flow.ts';
import type { FlowStep } from '../playbook/flow.ts';
import type { StepState } from './step-states.ts';

/** The answers a decision step accepts, in the order its file lists them. */
export function decisionAnswers(step: FlowStep): string[] {
  return Object.keys(step.branches ?? {});
}

/**
 * The branch an answer names: exact first, then ignoring case and surrounding spaces, so a
 * client sending "Yes" for the branch `yes` is understood; null when it names none.
 */
export function matchAnswer(step: FlowStep, given: string): string | null {
  const answers = decisionAnswers(step);
  if (answers.includes(given)) return given;
  const wanted = given.trim().toLowerCase();
  return answers.find((answer) => answer.toLowerCase() === wanted) ?? null;
}

/** The step that follows `fromId` (for a decision, the chosen answer's target), or `end`. */
export function nextStepId(steps: readonly FlowStep[], fromId: string, answer?: string | null): string {
  const edges = flowEdges(steps).filter((edge) => edge.from === fromId);
  const step = steps.find((candidate) => candidate.id === fromId);
  if (step?.kind === 'decision') return edges.find((edge) => edge.label === answer)?.to ?? END_STEP;
  return edges[0]?.to ?? END_STEP;
}

export interface StepProgress {
  state: StepState;
  answer?: string | null;
}

export type Frontier = { at: string } | { end: true };

/**
 * Where a play stands in a flow, judged from its steps' states alone: walk from the first step
 * through finished steps (a decision through its recorded answer) to the first step that is not
 * finished. Used when a play moves to another version, whose flow may differ from the one the
 * play followed. A decision whose answer the flow no longer offers is where the play stands.
 */
export function flowFrontier(steps: readonly FlowStep[], progress: Readonly<Record<string, StepProgress>>): Frontier {
  if (steps.length === 0) return { end: true };
  const seen = new Set<string>();
  let id = steps[0]!.id;
  for (;;) {
    if (id === END_STEP) return { end: true };
    const step = steps.find((candidate) => candidate.id === id);
    if (!step) return { end: true };
    const state = progress[id]?.state ?? 'pending';
    // Finished steps that lead back to themselves: the loop is being run again from here.
    if (seen.has(id) || state === 'pending' || state === 'open' || state === 'snoozed') return { at: id };
    seen.add(id);
    if (step.kind === 'decision') {
      const answer = progress[id]?.answer;
      if (!answer || !decisionAnswers(step).includes(answer)) return { at: id };
    }
    id = nextStepId(steps, id, progress[id]?.answer);
  }
}
