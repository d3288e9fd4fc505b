// @ts-ignore -- jsdom ships no types and @types/jsdom is not a dependency; only JSDOM.window is used.
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { playbookFlowchart, quote, type FlowchartStep } from './mermaid.ts';

type Vertex = { id: string; text: string };
type Edge = { start: string; end: string; text: string };
type MermaidApi = {
  parse(text: string): Promise<unknown>;
  mermaidAPI: { getDiagramFromText(text: string): Promise<{ db: { getVertices(): Map<string, Vertex>; getEdges(): Edge[] } }> };
};

/** Parses like Mermaid does and returns what it understood, with entity codes decoded. */
async function understood(text: string) {
  const { db } = await mermaid.mermaidAPI.getDiagramFromText(text);
  // Mermaid keeps `#34;` codes in an internal form until it renders; decode them the same way.
  const decode = (label: string) => label.replace(/ﬂ°°(\d+)¶ß/g, (_m, code) => String.fromCharCode(Number(code)));
  return {
    nodes: [...db.getVertices().values()].map((vertex) => [vertex.id, decode(vertex.text)]),
    edges: db.getEdges().map((edge) => [edge.start, edge.end, decode(edge.text)]),
  };
}
let mermaid: MermaidApi;

beforeAll(async () => {
  // Mermaid's sanitizer (DOMPurify) needs a DOM even just to parse; jsdom supplies one.
  const dom = new JSDOM('<!doctype html><html><body></body></html>');
  Object.assign(globalThis, { window: dom.window, document: dom.window.document });
  const module = await import('mermaid');
  module.default.initialize({ startOnLoad: false });
  mermaid = module.default as unknown as MermaidApi;
}, 30_000);

const STEPS: FlowchartStep[] = [
  { id: 'review', title: 'Review usage by feature and by user', kind: 'task' },
  { id: 'checkin', title: 'Send a specific check-in', kind: 'email' },
  {
    id: 'replied',
    title: 'Did the customer reply?',
    kind: 'decision',
    question: 'Did the customer reply within 5 days?',
    branches: { yes: 'call', no: 'nudge-sponsor' },
  },
  { id: 'call', title: 'Diagnostic call', kind: 'call', next: 'end' },
  { id: 'nudge-sponsor', title: 'Ask the executive sponsor for help', kind: 'email' },
];

describe('playbookFlowchart', () => {
  it('draws the spec example as a flowchart Mermaid accepts', async () => {
    const text = playbookFlowchart(STEPS);
    expect(text).toBe(
      [
        'flowchart TD',
        '  play_start(["Start"])',
        '  s0["Review usage by feature and by user"]',
        '  s1["Send a specific check-in"]',
        '  s2{"Did the customer reply within 5 days?"}',
        '  s3["Diagnostic call"]',
        '  s4["Ask the executive sponsor for help"]',
        '  play_finish(["End"])',
        '  play_start --> s0',
        '  s0 --> s1',
        '  s1 --> s2',
        '  s2 -->|"yes"| s3',
        '  s2 -->|"no"| s4',
        '  s3 --> play_finish',
        '  s4 --> play_finish',
        '',
      ].join('\n'),
    );
    await expect(mermaid.parse(text)).resolves.toBeTruthy();
  });

  it('keeps hostile titles and answers inside their labels', async () => {
    const hostile = 'He said "end" --> x]; click s0 call alert(1) %% <script>#1|{}[]()`&\\';
    const text = playbookFlowchart([
      { id: 'end-game', title: hostile, kind: 'decision', question: hostile, branches: { [hostile]: 'b', 'no|"': 'end' } },
      { id: 'b', title: `multi\nline ${hostile}`, kind: 'milestone' },
      { id: 'w', title: hostile, kind: 'wait' },
    ]);
    await expect(mermaid.parse(text)).resolves.toBeTruthy();
    expect(text).not.toContain('<script>');
    const flat = hostile.replace(/\s+/g, ' ');
    expect(await understood(text)).toEqual({
      nodes: [
        ['play_start', 'Start'],
        ['s0', flat],
        ['s1', `multi line ${flat}`],
        ['s2', flat],
        ['play_finish', 'End'],
      ],
      edges: [
        ['play_start', 's0', ''],
        ['s0', 's1', flat],
        ['s0', 'play_finish', 'no|"'],
        ['s1', 's2', ''],
        ['s2', 'play_finish', ''],
      ],
    });
  });

  it('rejects text that is not a flowchart, so the parse check is real', async () => {
    await expect(mermaid.parse('flowchart TD\n  a["unclosed] --> b')).rejects.toThrow();
    await expect(mermaid.parse(`flowchart TD\n  a["${'x"y'}"]`)).rejects.toThrow();
  });

  it('leaves out edges to missing steps and draws duplicated ids once', async () => {
    const text = playbookFlowchart([
      { id: 'a', title: 'A', next: 'ghost' },
      { id: 'a', title: 'A again' },
      { id: 'end', title: 'Reserved' },
    ]);
    expect(text).not.toContain('ghost');
    expect(text).not.toContain('A again');
    expect(text).not.toContain('Reserved');
    await expect(mermaid.parse(text)).resolves.toBeTruthy();
  });

  it('draws an empty flow as Start to End', async () => {
    const text = playbookFlowchart([]);
    expect(text).toContain('play_start --> play_finish');
    await expect(mermaid.parse(text)).resolves.toBeTruthy();
  });

  it('quotes labels with entity codes', () => {
    expect(quote('a "b" #c')).toBe('"a #34;b#34; #35;c"');
    expect(quote('  two\n lines ')).toBe('"two lines"');
  });
});
