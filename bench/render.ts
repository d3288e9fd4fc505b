// Render 10,000 templates (the starter library's, in turn) with merge fields through the safe
// renderer: parse, render and memory limits, in-memory templates, HTML escaping for emails, a hard
// time limit, a fresh engine per render. Baseline in the same run: plain LiquidJS with no limits and
// one shared engine, rendering the same bodies; the ratio is the price of safety.
import { Liquid } from 'liquidjs';
import { buildMergeContext, renderTemplate } from '../src/core/playbook/index.ts';
import { readLibraryDir } from '../src/server/modules/playbooks/library-dir.ts';
import { STARTER_LIBRARY_DIR } from '../src/server/modules/playbooks/starter-library.ts';

const RENDERS = Number(process.env.BENCH_RENDERS ?? 10_000);

const { files } = await readLibraryDir(STARTER_LIBRARY_DIR);
const templates = files.filter((file) => file.path.endsWith('.liquid')).map((file) => file.content);
const context = buildMergeContext({
  today: '2026-11-23',
  account: { name: 'Northwind Freight', domain: 'northwind.example', arr: 182_000, plan: 'Enterprise', tier: 'enterprise', touch_model: 'high', lifecycle: 'renewal', renewal_date: '2027-02-28', health_score: 58, health_tier: 'at-risk', traits: { primary_use_case: 'route planning', primary_goal: 'fewer late deliveries' } },
  champion: { name: 'Dana Whitfield', email: 'dana@northwind.example', title: 'Head of Operations' },
  sponsor: { name: 'Luis Ortega', email: 'luis@northwind.example', title: 'COO' },
  csm: { name: 'Sam Lee', email: 'sam@example.com' },
  manager: { name: 'Priya Shah', email: 'priya@example.com' },
  play: { playbook_title: 'Renewal', started_on: '2026-10-31', step_title: 'Value review', due_on: '2026-11-30' },
});

function run(render: (source: string) => unknown): number {
  for (let i = 0; i < 200; i++) render(templates[i % templates.length]!);
  const started = performance.now();
  for (let i = 0; i < RENDERS; i++) render(templates[i % templates.length]!);
  return performance.now() - started;
}

let failures = 0;
let firstFailure = '';
const safe = run((source) => {
  try {
    return renderTemplate(source, context);
  } catch (error) {
    failures++;
    firstFailure ||= (error as Error).message;
    return null;
  }
});
const plain = new Liquid();
// The baseline renders the body only: the front matter is the safe renderer's own format.
const bodies = new Map(templates.map((source) => [source, source.replace(/^---\n[\s\S]*?\n---\n/, '')]));
const baseline = run((source) => plain.parseAndRenderSync(bodies.get(source)!, context));

const rate = (ms: number) => Math.round(RENDERS / (ms / 1000));
console.log(`render: ${RENDERS} renders of ${templates.length} templates, ${failures} failed${failures ? ` (first: ${firstFailure})` : ''}`);
console.log(`render: safe renderer ${(safe / 1000).toFixed(2)} s, ${rate(safe)} renders/s, ${(safe / RENDERS * 1000).toFixed(0)} µs each`);
console.log(`render: baseline plain LiquidJS ${(baseline / 1000).toFixed(2)} s, ${rate(baseline)} renders/s`);
console.log(`render: ratio safe/baseline ${(safe / baseline).toFixed(1)}x`);
