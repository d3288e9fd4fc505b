import type { Playbook, Trigger } from './schema.ts';
import { describeAnchorOffset, describeDue, describeDuration } from './timing.ts';

const MAX_RESOURCES = 5;
const MAX_PITFALLS = 3;

/** Text of one line of the card: plain text plus, optionally, a condition shown as code. */
interface Line {
  text: string;
  code?: string;
}

export interface QuickReference {
  title: string;
  meta: string;
  whenToUse: string;
  trigger?: Line;
  goals: { label: string; text: string }[];
  success?: Line;
  steps: { title: string; detail: string; branches: string[] }[];
  resources: { title: string; url?: string; kind: string }[];
  pitfalls: string[];
}

/** The content of a one-page card, independent of how it is rendered. */
export function buildQuickReference(playbook: Playbook): QuickReference {
  const titleOf = (id: string) => (id === 'end' ? 'End' : (playbook.steps.find((step) => step.id === id)?.title ?? id));
  const goals = [
    { label: 'Customer goal', text: playbook.customer_goal },
    { label: 'Business goal', text: playbook.business_goal },
  ].filter((goal): goal is { label: string; text: string } => Boolean(goal.text));
  return {
    title: playbook.title,
    meta: [playbook.kind, playbook.category, `owner ${playbook.owner}`].join(' · '),
    whenToUse: flatten(playbook.when_to_use),
    trigger: playbook.trigger && describeTrigger(playbook.trigger),
    goals: goals.map((goal) => ({ ...goal, text: flatten(goal.text) })),
    success: playbook.success && {
      text: `Within ${describeDuration(playbook.success.within)}${playbook.success.description ? `: ${flatten(playbook.success.description)}` : ''}`,
      code: playbook.success.when,
    },
    steps: playbook.steps.map((step) => ({
      title: step.kind === 'decision' && step.question ? step.question : step.title,
      detail: [step.kind, step.owner, step.channel !== step.kind && step.channel, step.due && describeDue(step.due, titleOf)]
        .filter(Boolean)
        .join(' · '),
      branches: Object.entries(step.branches ?? {}).map(([answer, target]) => `${answer} → ${titleOf(target)}`),
    })),
    resources: (playbook.resources ?? []).slice(0, MAX_RESOURCES).map((resource) => ({
      title: resource.title,
      url: /^https?:\/\//i.test(resource.url) ? resource.url : undefined,
      kind: resource.kind,
    })),
    pitfalls: (playbook.pitfalls ?? []).slice(0, MAX_PITFALLS).map(flatten),
  };
}

function describeTrigger(trigger: Trigger): Line {
  switch (trigger.kind) {
    case 'signal':
      return { text: 'When', code: trigger.when };
    case 'date':
      return { text: `${capitalize(describeAnchorOffset(trigger.anchor))}${trigger.when ? ', if' : ''}`, code: trigger.when };
    case 'event':
      return {
        text: `${trigger.delay ? `${describeDuration(trigger.delay)} after` : 'On'} event ${trigger.event}${trigger.where ? ', where' : ''}`,
        code: trigger.where,
      };
    case 'inactivity':
      return { text: `No ${trigger.event} event for ${describeDuration(trigger.days)}` };
    case 'keyword':
      return {
        text: `A ${trigger.sources.join(' or ')} mentions ${[...trigger.phrases, ...(trigger.competitors ?? [])].map((p) => `"${p}"`).join(', ')}`,
      };
    case 'manual':
      return { text: 'Started by hand from the account page' };
  }
}

export function quickReferenceMarkdown(playbook: Playbook): string {
  const card = buildQuickReference(playbook);
  const line = (value: Line) => `${md(value.text)}${value.code ? ` ${mdCode(value.code)}` : ''}`;
  const out = [`# ${md(card.title)}`, '', `*${md(card.meta)}*`, '', `**When to use:** ${md(card.whenToUse)}`];
  if (card.trigger) out.push('', `**Trigger:** ${line(card.trigger)}`);
  for (const goal of card.goals) out.push('', `**${goal.label}:** ${md(goal.text)}`);
  if (card.success) out.push('', `**Success:** ${line(card.success)}`);
  out.push('', '## Key steps', '');
  card.steps.forEach((step, index) => {
    out.push(`${index + 1}. **${md(step.title)}** (${md(step.detail)})`);
    for (const branch of step.branches) out.push(`   - ${md(branch)}`);
  });
  if (card.resources.length > 0) {
    out.push('', '## Resources', '');
    for (const resource of card.resources) {
      const title = md(resource.title);
      out.push(`- ${resource.url ? `[${title}](<${resource.url.replace(/[<>\s]/g, encodeURIComponent)}>)` : title} (${resource.kind})`);
    }
  }
  if (card.pitfalls.length > 0) {
    out.push('', '## Pitfalls', '');
    for (const pitfall of card.pitfalls) out.push(`- ${md(pitfall)}`);
  }
  return `${out.join('\n')}\n`;
}

export function quickReferenceHtml(playbook: Playbook): string {
  const card = buildQuickReference(playbook);
  const line = (value: Line) => `${html(value.text)}${value.code ? ` <code>${html(value.code)}</code>` : ''}`;
  const facts = [
    ['When to use', html(card.whenToUse)],
    ...(card.trigger ? [['Trigger', line(card.trigger)]] : []),
    ...card.goals.map((goal) => [goal.label, html(goal.text)]),
    ...(card.success ? [['Success', line(card.success)]] : []),
  ];
  const steps = card.steps
    .map((step) => {
      const branches = step.branches.length > 0 ? `<ul>${step.branches.map((b) => `<li>${html(b)}</li>`).join('')}</ul>` : '';
      return `<li><strong>${html(step.title)}</strong> <span class="detail">${html(step.detail)}</span>${branches}</li>`;
    })
    .join('\n');
  const resources = card.resources
    .map((r) => `<li>${r.url ? `<a href="${html(r.url)}">${html(r.title)}</a>` : html(r.title)} <span class="detail">${html(r.kind)}</span></li>`)
    .join('\n');
  const pitfalls = card.pitfalls.map((pitfall) => `<li>${html(pitfall)}</li>`).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${html(card.title)} — quick reference</title>
<style>${PRINT_CSS}</style>
</head>
<body>
<main class="card">
<header><h1>${html(card.title)}</h1><p class="meta">${html(card.meta)}</p></header>
<dl>
${facts.map(([label = '', value = '']) => `<dt>${html(label)}</dt><dd>${value}</dd>`).join('\n')}
</dl>
<section><h2>Key steps</h2><ol>
${steps}
</ol></section>
${resources ? `<section><h2>Resources</h2><ul>\n${resources}\n</ul></section>` : ''}
${pitfalls ? `<section><h2>Pitfalls</h2><ul>\n${pitfalls}\n</ul></section>` : ''}
</main>
</body>
</html>
`;
}

const PRINT_CSS = `
@page { size: A4; margin: 12mm; }
* { box-sizing: border-box; }
body { font: 10.5pt/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; color: #111; margin: 0; }
.card { max-width: 186mm; margin: 0 auto; padding: 8mm 0; }
h1 { font-size: 17pt; margin: 0; }
h2 { font-size: 11.5pt; margin: 10pt 0 4pt; border-bottom: 1px solid #999; }
.meta, .detail { color: #555; font-size: 9pt; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 3pt 10pt; margin: 8pt 0; }
dt { font-weight: 600; }
dd { margin: 0; }
code { font: 9pt ui-monospace, Menlo, Consolas, monospace; background: #f3f3f3; padding: 0 2pt; overflow-wrap: anywhere; }
ol, ul { margin: 0; padding-left: 16pt; }
li { margin: 2pt 0; break-inside: avoid; }
a { color: inherit; }
@media print { .card { padding: 0; } a[href]::after { content: " (" attr(href) ")"; font-size: 8pt; color: #555; } }
`;

function flatten(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function html(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** Backslash-escapes what Markdown would read as markup (CommonMark allows it for any punctuation). */
function md(text: string): string {
  return flatten(text).replace(/[\\`*_{}[\]<>()#+!|~&]/g, '\\$&');
}

/** An inline code span long enough to hold any backticks inside the text. */
function mdCode(text: string): string {
  const flat = flatten(text);
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}
