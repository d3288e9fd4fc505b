import { describe, expect, it } from 'vitest';
import { analyzeFlow, flowEdges, type FlowStep } from './flow.ts';

describe('flowEdges', () => {
  it('follows branches, next and list order, and ends after the last step', () => {
    const steps: FlowStep[] = [
      { id: 'a' },
      { id: 'b', kind: 'decision', branches: { yes: 'c', no: 'end' } },
      { id: 'c', next: 'a' },
      { id: 'd' },
    ];
    expect(flowEdges(steps)).toEqual([
      { from: 'a', to: 'b' },
      { from: 'b', to: 'c', label: 'yes' },
      { from: 'b', to: 'end', label: 'no' },
      { from: 'c', to: 'a' },
      { from: 'd', to: 'end' },
    ]);
  });
});

describe('analyzeFlow', () => {
  it('finds nothing wrong in a flow that always can finish', () => {
    const steps: FlowStep[] = [
      { id: 'ask', kind: 'decision', branches: { again: 'wait', done: 'end' } },
      { id: 'wait', next: 'ask' },
    ];
    expect(analyzeFlow(steps)).toEqual({ unreachable: [], closedLoops: [] });
  });

  it('reports steps no path reaches', () => {
    const steps: FlowStep[] = [{ id: 'a', next: 'c' }, { id: 'b' }, { id: 'c', next: 'end' }, { id: 'd' }];
    expect(analyzeFlow(steps).unreachable).toEqual(['b', 'd']);
  });

  it('reports loops with no exit, but not loops that can leave', () => {
    const steps: FlowStep[] = [
      { id: 'start', kind: 'decision', branches: { x: 'p', y: 'q', z: 'r' } },
      { id: 'p', next: 'p2' },
      { id: 'p2', next: 'p' },
      { id: 'q', kind: 'decision', branches: { again: 'q', stop: 'end' } },
      { id: 'r', next: 'r' },
    ];
    expect(analyzeFlow(steps).closedLoops).toEqual([['p', 'p2'], ['r']]);
  });

  it('counts a reference to a missing step as an exit, so one mistake is reported once', () => {
    expect(analyzeFlow([{ id: 'a', next: 'b' }, { id: 'b', next: 'ghost' }]).closedLoops).toEqual([]);
  });

  it('handles very long flows without running out of stack', () => {
    const steps: FlowStep[] = Array.from({ length: 20_000 }, (_, index) => ({ id: `s${index}` }));
    steps[steps.length - 1].next = 's0';
    const { closedLoops } = analyzeFlow(steps);
    expect(closedLoops).toHaveLength(1);
    expect(closedLoops[0]).toHaveLength(20_000);
  });
});
