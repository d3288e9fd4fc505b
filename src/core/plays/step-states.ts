export const STEP_STATES = ['pending', 'open', 'snoozed', 'done', 'skipped', 'cancelled'] as const;
export type StepState = (typeof STEP_STATES)[number];

export const STEP_TRANSITIONS = ['open', 'complete', 'skip', 'snooze', 'wake', 'reassign', 'cancel', 'reopen'] as const;
export type StepTransition = (typeof STEP_TRANSITIONS)[number];

/** Which states each transition may start from, and where it leads (null: the state is kept). */
const RULES: Record<StepTransition, { from: readonly StepState[]; to: StepState | null }> = {
  open: { from: ['pending'], to: 'open' },
  complete: { from: ['open', 'snoozed'], to: 'done' },
  skip: { from: ['open', 'snoozed'], to: 'skipped' },
  snooze: { from: ['open', 'snoozed'], to: 'snoozed' },
  wake: { from: ['snoozed'], to: 'open' },
  reassign: { from: ['pending', 'open', 'snoozed'], to: null },
  cancel: { from: ['pending', 'open', 'snoozed'], to: 'cancelled' },
  // A flow that loops back (a decision's "no" returns to an earlier step) runs a finished step again.
  reopen: { from: ['done', 'skipped'], to: 'open' },
};

export const FINISHED_STATES: readonly StepState[] = ['done', 'skipped', 'cancelled'];

export class StepTransitionError extends Error {
  override name = 'StepTransitionError';
}

/** The state after a transition, or a StepTransitionError saying why it is not allowed. */
export function transitionStep(state: StepState, transition: StepTransition): StepState {
  const rule = RULES[transition];
  if (!rule.from.includes(state)) {
    throw new StepTransitionError(`cannot ${transition} a step that is ${state}; only a step that is ${rule.from.join(' or ')} can be`);
  }
  return rule.to ?? state;
}
