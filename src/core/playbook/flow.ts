import { END_STEP } from './constants.ts';

/** The parts of a step that decide where a play goes next. */
export interface FlowStep {
  id: string;
  kind?: string;
  next?: string;
  branches?: Record<string, string>;
}

export interface FlowEdge {
  from: string;
  /** A step id, `end`, or an id no step has (lint reports those separately). */
  to: string;
  /** The decision answer, for branch edges. */
  label?: string;
}

export interface FlowAnalysis {
  /** Step ids that no path from the first step reaches, in list order. */
  unreachable: string[];
  /** Loops no step of which can reach the end; each in list order. */
  closedLoops: string[][];
}

/** Edges of the flow: decision branches, explicit `next`, otherwise the next step in the list. */
export function flowEdges(steps: readonly FlowStep[]): FlowEdge[] {
  const edges: FlowEdge[] = [];
  const seen = new Set<string>();
  steps.forEach((step, index) => {
    // A duplicated id is one node; its later copies are reported by lint, not walked.
    if (seen.has(step.id)) return;
    seen.add(step.id);
    if (step.kind === 'decision') {
      for (const [label, to] of Object.entries(step.branches ?? {})) edges.push({ from: step.id, to, label });
      return;
    }
    const to = step.next ?? steps[index + 1]?.id ?? END_STEP;
    edges.push({ from: step.id, to });
  });
  return edges;
}

export function analyzeFlow(steps: readonly FlowStep[]): FlowAnalysis {
  if (steps.length === 0) return { unreachable: [], closedLoops: [] };
  const ids = [...new Set(steps.map((step) => step.id))];
  const known = new Set(ids);
  const position = new Map(ids.map((id, index) => [id, index]));
  const edges = flowEdges(steps);
  const successors = adjacency(edges, (edge) => [edge.from, edge.to]);
  const predecessors = adjacency(edges, (edge) => [edge.to, edge.from]);

  const reached = walk([ids[0]!], successors);
  // An edge to an unknown id is already an error of its own; counting it as an exit keeps one
  // mistake from also being reported as a closed loop.
  const exits = [END_STEP, ...edges.filter((edge) => !known.has(edge.to)).map((edge) => edge.to)];
  const canFinish = walk(exits, predecessors);

  const closedLoops = stronglyConnected(ids, successors)
    .filter((component) => component.length > 1 || successors.get(component[0]!)?.includes(component[0]!))
    .filter((component) => component.every((id) => !canFinish.has(id)))
    .map((component) => {
      const members = new Set(component);
      return ids.filter((id) => members.has(id));
    })
    .sort((a, b) => position.get(a[0]!)! - position.get(b[0]!)!);

  return { unreachable: ids.filter((id) => !reached.has(id)), closedLoops };
}

function adjacency(edges: readonly FlowEdge[], ends: (edge: FlowEdge) => [string, string]) {
  const map = new Map<string, string[]>();
  for (const edge of edges) {
    const [from, to] = ends(edge);
    map.set(from, [...(map.get(from) ?? []), to]);
  }
  return map;
}

function walk(starts: readonly string[], graph: Map<string, string[]>): Set<string> {
  const seen = new Set(starts);
  const queue = [...starts];
  while (queue.length > 0) {
    for (const next of graph.get(queue.pop()!) ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}

/** Tarjan's algorithm, iterative so that a very long generated flow cannot overflow the stack. */
function stronglyConnected(nodes: readonly string[], graph: Map<string, string[]>): string[][] {
  const nodeSet = new Set(nodes);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let counter = 0;

  for (const root of nodes) {
    if (index.has(root)) continue;
    const frames: { node: string; next: number }[] = [{ node: root, next: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (frames.length > 0) {
      const frame = frames[frames.length - 1]!;
      const targets = (graph.get(frame.node) ?? []).filter((target) => nodeSet.has(target));
      if (frame.next < targets.length) {
        const target = targets[frame.next++]!;
        if (!index.has(target)) {
          index.set(target, counter);
          low.set(target, counter++);
          stack.push(target);
          onStack.add(target);
          frames.push({ node: target, next: 0 });
        } else if (onStack.has(target)) {
          low.set(frame.node, Math.min(low.get(frame.node)!, index.get(target)!));
        }
        continue;
      }
      frames.pop();
      const parent = frames[frames.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
      if (low.get(frame.node) === index.get(frame.node)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.node);
        components.push(component);
      }
    }
  }
  return components;
}
