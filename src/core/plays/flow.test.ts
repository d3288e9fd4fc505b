import { describe, expect, it } from 'vitest';
import type { FlowStep } from '../playbook/flow.ts';
import { decisionAnswers, flowFrontier, matchAnswer, nextStepId } from './flow.ts';
import { transitionStep } from './step-states.ts';

const steps: FlowStep[] = [
  { id: 'review' },
  { id: 'checkin' },
  { id: 'replied', kind: 'decision', branches: { yes: 'call', no: 'nudge' } },
  { id: 'call', next: 'end' },
  { id: 'nudge', next: 'replied' },
];

describe('flow', () => {
  it('goes to the next step in the list, to `next`, or to the chosen branch', () => {
    expect(nextStepId(steps, 'review')).toBe('checkin');
    expect(nextStepId(steps, 'replied', 'yes')).toBe('call');
    expect(nextStepId(steps, 'replied', 'no')).toBe('nudge');
    expect(nextStepId(steps, 'replied', 'maybe')).toBe('end');
    expect(nextStepId(steps, 'call')).toBe('end');
    expect(nextStepId(steps, 'nudge')).toBe('replied');
  });

  it('matches answers exactly, then ignoring case and spaces', () => {
    const decision = steps[2]!;
    expect(decisionAnswers(decision)).toEqual(['yes', 'no']);
    expect(matchAnswer(decision, 'no')).toBe('no');
    expect(matchAnswer(decision, ' YES ')).toBe('yes');
    expect(matchAnswer(decision, 'maybe')).toBeNull();
  });

  it('finds where a play stands from its steps alone', () => {
    expect(flowFrontier(steps, {})).toEqual({ at: 'review' });
    expect(flowFrontier(steps, { review: { state: 'done' }, checkin: { state: 'skipped' } })).toEqual({ at: 'replied' });
    expect(flowFrontier(steps, { review: { state: 'done' }, checkin: { state: 'done' }, replied: { state: 'done', answer: 'yes' } })).toEqual({ at: 'call' });
    expect(flowFrontier(steps, { review: { state: 'done' }, checkin: { state: 'done' }, replied: { state: 'done', answer: 'yes' }, call: { state: 'done' } })).toEqual({ end: true });
    // An answer the flow no longer offers: the decision is asked again.
    expect(flowFrontier(steps, { review: { state: 'done' }, checkin: { state: 'done' }, replied: { state: 'done', answer: 'later' } })).toEqual({ at: 'replied' });
    // A loop of finished steps runs again from where it closes.
    const looped = { review: { state: 'done' }, checkin: { state: 'done' }, replied: { state: 'done', answer: 'no' }, nudge: { state: 'done' } } as const;
    expect(flowFrontier(steps, looped)).toEqual({ at: 'replied' });
    expect(flowFrontier(steps, { review: { state: 'cancelled' } })).toEqual({ at: 'checkin' });
  });

  it('lets a loop reopen a finished step, and nothing else', () => {
    expect(transitionStep('done', 'reopen')).toBe('open');
    expect(transitionStep('skipped', 'reopen')).toBe('open');
    expect(() => transitionStep('cancelled', 'reopen')).toThrow('cannot reopen a step that is cancelled');
  });
});
