import { END_STEP } from './constants.ts';
import { flowEdges } from './flow.ts';

export interface FlowchartStep {
  id: string;
  title: string;
  kind?: string;
  next?: string;
  question?: string;
  branches?: Record<string, string>;
}

// Node ids are generated, never taken from step ids: `end` is a Mermaid keyword and hyphenated ids
// can read as edges (`a--ob` is an edge with a circle head).
const START = 'play_start';
const FINISH = 'play_finish';

/** Mermaid `flowchart TD` text of a playbook's steps, starting at the first and ending at End. */
export function playbookFlowchart(steps: readonly FlowchartStep[]): string {
  const nodeOf = new Map<string, string>([[END_STEP, FINISH]]);
  steps.forEach((step, index) => {
    // First occurrence wins; a duplicated id or a step called `end` is a lint error, not a second node.
    if (!nodeOf.has(step.id)) nodeOf.set(step.id, `s${index}`);
  });
  const lines = ['flowchart TD', `  ${START}(["Start"])`];
  steps.forEach((step, index) => {
    if (nodeOf.get(step.id) === `s${index}`) lines.push(`  ${shape(`s${index}`, step)}`);
  });
  lines.push(`  ${FINISH}(["End"])`);
  if (steps.length > 0) lines.push(`  ${START} --> ${nodeOf.get(steps[0].id)}`);
  else lines.push(`  ${START} --> ${FINISH}`);
  for (const edge of flowEdges(steps)) {
    const from = nodeOf.get(edge.from);
    const to = nodeOf.get(edge.to);
    // A reference to a missing step is a lint error; the chart leaves the edge out rather than invent a node.
    if (!from || !to) continue;
    lines.push(edge.label === undefined ? `  ${from} --> ${to}` : `  ${from} -->|${quote(edge.label)}| ${to}`);
  }
  return `${lines.join('\n')}\n`;
}

function shape(node: string, step: FlowchartStep): string {
  switch (step.kind) {
    case 'decision':
      return `${node}{${quote(step.question ?? step.title)}}`;
    case 'wait':
      return `${node}(${quote(step.title)})`;
    case 'milestone':
      return `${node}{{${quote(step.title)}}}`;
    default:
      return `${node}[${quote(step.title)}]`;
  }
}

/**
 * A quoted Mermaid label. Characters that end a label or start Mermaid markup are written as
 * Mermaid entity codes (`#34;`), which Mermaid turns back into the character when it renders.
 */
export function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `"${flat.replace(/[#"&<>`|\\{}[\]()]/g, (char) => `#${char.charCodeAt(0)};`)}"`;
}
