import { LiquidError, type Liquid } from 'liquidjs';
import type { TemplateKind } from './constants.ts';
import { createSafeLiquid, DEFAULT_RENDER_LIMITS, stripLiquidPosition } from './liquid-engine.ts';
import { checkMergeField, type MergePath } from './merge-fields.ts';
import type { Problem } from './problem.ts';
import { TemplateFrontMatterSchema } from './schema.ts';
import { describeIssues } from './schema-issues.ts';
import { splitTemplate } from './template-source.ts';
import { parseYamlSource, type Position } from './yaml-source.ts';

export interface TemplateLint {
  problems: Problem[];
  /** The front matter's kind, when it is valid. */
  kind?: TemplateKind;
}

/** Maps a line/column of a piece of Liquid to a line/column of the template file. */
type PlaceInFile = (line: number, col: number) => Position;

export function lintTemplateFile(file: string, content: string): TemplateLint {
  const problems: Problem[] = [];
  const report = (position: Position, message: string) => problems.push({ file, ...position, message, severity: 'error' });
  const parts = splitTemplate(content);
  if (parts.frontMatter === null) {
    report({ line: 1, col: 1 }, parts.error!);
    return { problems };
  }

  const shift = (position: Position): Position => ({ line: position.line + parts.frontMatterLine - 1, col: position.col });
  const yaml = parseYamlSource(parts.frontMatter);
  for (const diagnostic of yaml.diagnostics) {
    problems.push({ file, ...shift(diagnostic), message: `front matter: ${diagnostic.message}`, severity: diagnostic.severity });
  }
  let kind: TemplateKind | undefined;
  if (yaml.diagnostics.length === 0) {
    const parsed = TemplateFrontMatterSchema.safeParse(yaml.value ?? {});
    if (parsed.success) kind = parsed.data.kind;
    else {
      for (const issue of describeIssues(parsed.error.issues, yaml.value)) {
        const position = issue.key ? yaml.keyPositionOf(issue.path, issue.key) : yaml.positionOf(issue.path);
        report(shift(position), `front matter: ${issue.message}`);
      }
    }
    const subject = (yaml.value as { subject?: unknown } | undefined)?.subject;
    if (typeof subject === 'string') {
      checkLiquid(subject, (line, col) => shift(yaml.positionInScalar(['subject'], line, col)), report);
    }
  }
  checkLiquid(parts.body, (line, col) => ({ line: line + parts.bodyLine - 1, col }), report);
  return { problems, kind };
}

function checkLiquid(source: string, place: PlaceInFile, report: (position: Position, message: string) => void): void {
  const liquid = lintingLiquid();
  let templates;
  try {
    templates = liquid.parse(source);
  } catch (error) {
    // LiquidJS stops at its first syntax error, so one problem per piece of Liquid is all there is.
    const [line, col] = LiquidError.is(error) ? error.token.getPosition() : [1, 1];
    report(place(line, col), `Liquid syntax error: ${stripLiquidPosition((error as Error).message)}`);
    return;
  }
  const { globals } = liquid.analyzeSync(templates, { partials: false });
  for (const variables of Object.values(globals)) {
    for (const variable of variables) {
      const message = checkMergeField(variable.toArray() as MergePath);
      if (message) report(place(variable.location.row, variable.location.col), message);
    }
  }
}

function lintingLiquid(): Liquid {
  const liquid = createSafeLiquid({ escapeHtml: false, limits: { ...DEFAULT_RENDER_LIMITS, parseChars: Infinity } });
  for (const tag of ['include', 'render', 'layout']) {
    liquid.registerTag(tag, {
      parse() {
        throw new Error(`templates cannot load other templates ({% ${tag} %})`);
      },
      render() {},
    });
  }
  return liquid;
}
