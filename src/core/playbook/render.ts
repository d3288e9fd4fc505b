import { LiquidError } from 'liquidjs';
import type { TemplateKind } from './constants.ts';
import { createSafeLiquid, DEFAULT_RENDER_LIMITS, stripLiquidPosition, type RenderLimits } from './liquid-engine.ts';
import type { MergeContext } from './merge-fields.ts';
import { TemplateFrontMatterSchema } from './schema.ts';
import { describeIssues } from './schema-issues.ts';
import { splitTemplate } from './template-source.ts';
import { parseYamlSource } from './yaml-source.ts';

export type { MergeAccount, MergeContext, MergeContextInput, MergePerson, MergePlay, MergeUser } from './merge-fields.ts';
export { buildMergeContext } from './merge-fields.ts';
export { DEFAULT_RENDER_LIMITS, type RenderLimits } from './liquid-engine.ts';

export interface RenderTemplateOptions {
  /** HTML-escape every output of the body. Default: true for email templates. */
  escapeHtml?: boolean;
  /** Other templates by name, for `include`/`render`; by default there are none. */
  partials?: Readonly<Record<string, string>>;
  limits?: Partial<RenderLimits>;
}

export interface RenderedTemplate {
  kind: TemplateKind;
  /** Plain text (never HTML-escaped); present for email templates. */
  subject?: string;
  body: string;
}

/** Any reason a template could not be rendered; the message is meant for the template's author. */
export class TemplateError extends Error {
  override name = 'TemplateError';
}

const LIMIT_MESSAGES: [RegExp, (limits: RenderLimits) => string][] = [
  [/template render limit exceeded/, (limits) => `template took longer than its ${limits.renderMs} ms render limit`],
  [/memory alloc limit exceeded/, () => 'template built more text or data than its memory limit allows'],
  [/parse length limit exceeded/, (limits) => `template is longer than its ${limits.parseChars} character limit`],
];

/** Renders a template file (front matter + Liquid body) against merge fields. */
export function renderTemplate(source: string, context: MergeContext, options: RenderTemplateOptions = {}): RenderedTemplate {
  const limits = { ...DEFAULT_RENDER_LIMITS, ...options.limits };
  const front = parseFrontMatter(source);
  const escapeHtml = options.escapeHtml ?? front.kind === 'email';
  const deadline = performance.now() + limits.renderMs;
  const render = (text: string, escape: boolean, where: (line: number, col: number) => string) => {
    // Subject and body share one time budget, so the whole call has a hard upper bound.
    const remaining = { ...limits, renderMs: Math.max(1, deadline - performance.now()) };
    const liquid = createSafeLiquid({ escapeHtml: escape, partials: options.partials, limits: remaining });
    let output: string;
    try {
      output = String(liquid.parseAndRenderSync(text, context));
    } catch (error) {
      throw new TemplateError(explain(error, limits, where));
    }
    if (output.length > limits.outputChars) {
      throw new TemplateError(`rendered template is longer than its ${limits.outputChars} character limit`);
    }
    return output;
  };
  const subject =
    front.subject === undefined ? undefined : render(front.subject, false, (_line, col) => `subject, col ${col}`).trim();
  const body = render(front.body, escapeHtml, (line, col) => `line ${line + front.bodyLine - 1}, col ${col}`);
  return { kind: front.kind, subject, body };
}

function parseFrontMatter(source: string): { kind: TemplateKind; subject?: string; body: string; bodyLine: number } {
  const parts = splitTemplate(source);
  if (parts.frontMatter === null) throw new TemplateError(parts.error!);
  const yaml = parseYamlSource(parts.frontMatter);
  const firstError = yaml.diagnostics.find((diagnostic) => diagnostic.severity === 'error');
  if (firstError) throw new TemplateError(`front matter: ${firstError.message}`);
  const parsed = TemplateFrontMatterSchema.safeParse(yaml.value ?? {});
  if (!parsed.success) {
    const messages = describeIssues(parsed.error.issues, yaml.value).map((issue) => issue.message);
    throw new TemplateError(`front matter: ${messages.join('; ')}`);
  }
  return { ...parsed.data, body: parts.body, bodyLine: parts.bodyLine };
}

function explain(error: unknown, limits: RenderLimits, where: (line: number, col: number) => string): string {
  const message = error instanceof Error ? error.message : String(error);
  for (const [pattern, describe] of LIMIT_MESSAGES) if (pattern.test(message)) return describe(limits);
  const missing = /ENOENT: Failed to lookup "([^"]*)"/.exec(message);
  const reason = missing ? `template "${missing[1]}" not found` : stripLiquidPosition(message);
  const position = LiquidError.is(error) ? error.token.getPosition() : undefined;
  return position ? `${where(position[0], position[1])}: ${reason}` : reason;
}
