import { describe, expect, it } from 'vitest';
import { groupSteps, splitDue } from './group-steps.ts';
import type { PlayStep } from './today-queries.ts';

function step(id: string, accountId: string, playId: string, overdue = false): PlayStep {
  return {
    id,
    overdue,
    account: { id: accountId, name: `Account ${accountId}`, healthTier: null, healthScore: null, renewalDate: null },
    play: { id: playId, playbookId: 'p', playbookTitle: 'P', version: 1, startedOn: '2026-11-01', status: 'open', control: false },
  } as PlayStep;
}

describe('groupSteps', () => {
  it('groups by account then play, in the order the worklist gave', () => {
    const groups = groupSteps([step('1', 'b', 'x'), step('2', 'a', 'y'), step('3', 'b', 'z'), step('4', 'b', 'x')]);
    expect(groups.map((g) => g.account.id)).toEqual(['b', 'a']);
    expect(groups[0]!.plays.map((p) => [p.play.id, p.steps.map((s) => s.id)])).toEqual([['x', ['1', '4']], ['z', ['3']]]);
    expect(groups[1]!.plays[0]!.steps.map((s) => s.id)).toEqual(['2']);
  });

  it('has nothing to group in an empty list', () => {
    expect(groupSteps([])).toEqual([]);
  });
});

describe('splitDue', () => {
  it('puts overdue steps of the today view in their own section', () => {
    const sections = splitDue([step('1', 'a', 'x', true), step('2', 'a', 'x')]);
    expect(sections.overdue.map((s) => s.id)).toEqual(['1']);
    expect(sections.dueToday.map((s) => s.id)).toEqual(['2']);
  });
});
