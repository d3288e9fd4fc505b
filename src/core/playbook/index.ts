// The playbook format: schema, lint, rendering and the views built from a playbook.
export * from './schema.ts';
export { parseAnchorOffset, parseDue, parseDuration, parsePercent, type AnchorOffset, type Due } from './durations.ts';
export { analyzeFlow, flowEdges, type FlowAnalysis, type FlowEdge, type FlowStep } from './flow.ts';
export {
  formatProblem,
  lintLibrary,
  lintPlaybookText,
  templatePath,
  type ConditionChecker,
  type KnownPlaybook,
  type LibraryFile,
  type LintOptions,
  type LintTextOptions,
  type Problem,
  type Severity,
} from './lint.ts';
export { parsePlaybook, type ParsedPlaybook } from './parse.ts';
export { MERGE_FIELDS, checkMergeField } from './merge-fields.ts';
export * from './render.ts';
export { playbookFlowchart, type FlowchartStep } from './mermaid.ts';
export { buildQuickReference, quickReferenceHtml, quickReferenceMarkdown, type QuickReference } from './quick-reference.ts';
export { describeDue, describeDuration } from './timing.ts';
export * from './diff.ts';
export { playbookJsonSchema, playbookJsonSchemaText } from './json-schema.ts';
