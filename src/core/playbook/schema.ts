import { z } from 'zod';
import {
  ANCHORS,
  CATEGORIES,
  CHANNELS,
  KEYWORD_SOURCES,
  LIFECYCLE_STAGES,
  OWNER_ROLES,
  PLAYBOOK_KINDS,
  RESOURCE_KINDS,
  STEP_KINDS,
  TEMPLATE_KINDS,
  TOUCH_MODELS,
} from './constants.ts';
import { ANCHOR_OFFSET_PATTERN, DUE_PATTERN, DURATION_PATTERN, HOLDOUT_PATTERN, SLUG_PATTERN } from './durations.ts';
import { playbookRuleIssues } from './rules.ts';

export * from './constants.ts';

// Format checks carry their own "expected ..." message because the linter shows it verbatim;
// Zod's default ("Invalid string: must match pattern /…/") means nothing to a playbook author.
// The same message is used when the value is not text at all (`cooldown: 60`).
const formatted = (pattern: string | RegExp, expected: string) =>
  z.string({ error: expected }).regex(typeof pattern === 'string' ? new RegExp(pattern) : pattern, expected);
const slug = () => formatted(SLUG_PATTERN, 'expected a slug (a-z, 0-9 and single hyphens)');
const text = () => z.string().min(1);
const duration = () => formatted(DURATION_PATTERN, 'expected a duration such as 14d or 2w');
const condition = () => text().describe('A condition in the engine condition language, stored as text.');
const due = () =>
  formatted(DUE_PATTERN, `expected 3d, 2d after <step-id> or <anchor> ±<duration> (anchors: ${ANCHORS.join(', ')})`).describe(
    '`3d` after the play starts, `2d after <step-id>`, or `renewal_date -90d`.',
  );
const httpUrl = () => z.httpUrl({ error: 'expected an http(s) URL' });
const stepRef = () => slug().describe('A step id, or `end`.');

const TriggerCommon = {
  segment: slug().optional().describe('A segment the account must be in.'),
  priority: z.int().min(0).max(100).default(50).describe('0–100, higher wins.'),
  exclusive_group: slug().optional().describe('No two open plays of the same group on one account.'),
};

const eventName = () => formatted(/^[a-z][a-z0-9_]*$/, 'expected an event name (a-z, 0-9, _)');

export const TriggerSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('signal'), when: condition(), ...TriggerCommon }),
  z.strictObject({
    kind: z.literal('date'),
    anchor: formatted(ANCHOR_OFFSET_PATTERN, `expected <anchor> ±<duration> (anchors: ${ANCHORS.join(', ')})`),
    when: condition().optional(),
    ...TriggerCommon,
  }),
  z.strictObject({
    kind: z.literal('event'),
    event: eventName(),
    where: condition().optional(),
    delay: duration().optional(),
    ...TriggerCommon,
  }),
  z.strictObject({ kind: z.literal('inactivity'), event: eventName(), days: duration(), ...TriggerCommon }),
  z.strictObject({
    kind: z.literal('keyword'),
    sources: z.array(z.enum(KEYWORD_SOURCES)).min(1),
    phrases: z.array(text()).min(1),
    competitors: z.array(text()).optional(),
    ...TriggerCommon,
  }),
  z.strictObject({ kind: z.literal('manual'), ...TriggerCommon }),
]);

export const ReentrySchema = z
  .union([
    z.literal('once'),
    z.strictObject({ cooldown: duration() }),
    z.strictObject({ max: z.int().min(1), per: duration() }),
  ], { error: 'expected once, { cooldown: <duration> } or { max: <n>, per: <duration> }' })
  .default('once');

export const WaitSchema = z.union([
  z.strictObject({ for: duration() }),
  z.strictObject({ until: condition(), timeout: duration() }),
], { error: 'expected { for: <duration> } or { until: <condition>, timeout: <duration> }' });

export const ActionSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('update_field'),
    field: formatted(/^[a-z][a-z0-9_.]*$/, 'expected a field name'),
    value: z.union([z.string(), z.number(), z.boolean(), z.null()]),
  }),
  z.strictObject({ type: z.literal('add_tag'), tag: text() }),
  z.strictObject({ type: z.literal('notify'), to: z.enum(OWNER_ROLES), message: text() }),
  z.strictObject({ type: z.literal('webhook'), url: httpUrl() }),
]);

export const StepSchema = z.strictObject({
  id: slug().describe('Unique within the file; `end` is reserved.'),
  title: text(),
  description: z.string().optional().describe('Markdown.'),
  kind: z.enum(STEP_KINDS).default('task'),
  owner: z.enum(OWNER_ROLES).default('csm').describe('Role that owns the step.'),
  channel: z.enum(CHANNELS).optional(),
  due: due().optional(),
  checklist: z.array(text()).optional().describe('Key activities.'),
  template: formatted(/^[a-z0-9][a-z0-9_-]*$/, 'expected a template name (a-z, 0-9, - and _)')
    .optional()
    .describe('Name of templates/<name>.liquid beside the playbook; required for email steps.'),
  uses: z.array(slug()).optional().describe('Ids of runbooks or scripts the step relies on.'),
  next: stepRef().optional().describe('The step that follows, or `end`. Default: the next step in the list.'),
  question: text().optional().describe('Decision steps only.'),
  branches: z.record(z.string(), stepRef()).optional().describe('Decision steps only: answer → step id or `end`.'),
  wait: WaitSchema.optional().describe('Wait steps only.'),
  action: ActionSchema.optional().describe('Action steps only.'),
});

export const MilestoneSchema = z.strictObject({ name: text(), due: due() });

export const ResourceSchema = z.strictObject({
  title: text(),
  url: httpUrl(),
  kind: z.enum(RESOURCE_KINDS).default('link'),
});

export const SuccessSchema = z.strictObject({
  within: duration().describe('The success window, from the play start.'),
  when: condition(),
  description: text().optional(),
});

export const FaqSchema = z.strictObject({ q: text(), a: text() });

export const CategorySchema = z.union([z.enum(CATEGORIES), slug()], {
  error: `expected a category slug such as ${CATEGORIES.slice(0, 4).join(', ')}`,
});

/** The shape of a playbook file without the cross-field rules (see `PlaybookSchema`). */
export const PlaybookShapeSchema = z.strictObject({
  id: slug().describe('Unique across the library.'),
  title: text(),
  kind: z.enum(PLAYBOOK_KINDS),
  category: CategorySchema,
  lifecycle: z.array(z.enum(LIFECYCLE_STAGES)).optional(),
  segments: z.array(slug()).optional(),
  touch_models: z.array(z.enum(TOUCH_MODELS)).optional(),
  owner: z.email({ error: 'expected an email address' }).describe('Who maintains the playbook.'),
  review_every: duration().optional(),
  business_days: z.boolean().default(false).describe('Due dates that land on a weekend move to Monday.'),
  when_to_use: text().describe('Prose for people.'),
  trigger: TriggerSchema.optional(),
  reentry: ReentrySchema,
  holdout: formatted(HOLDOUT_PATTERN, 'expected a percentage from 0% to 50%')
    .default('0%')
    .describe('Share of eligible accounts kept as control.'),
  customer_goal: text().optional().describe('Required for kind playbook.'),
  business_goal: text().optional().describe('Required for kind playbook.'),
  steps: z.array(StepSchema).min(1),
  milestones: z.array(MilestoneSchema).optional(),
  resources: z.array(ResourceSchema).optional(),
  success: SuccessSchema.optional().describe('Required for kind playbook.'),
  pitfalls: z.array(text()).optional().describe('Required (at least one) for kind playbook.'),
  faq: z.array(FaqSchema).optional(),
  related: z.array(slug()).optional(),
});

/** A playbook file: its shape plus the rules that span fields (flow, kind-specific fields). */
export const PlaybookSchema = PlaybookShapeSchema.superRefine((playbook, ctx) => {
  for (const issue of playbookRuleIssues(playbook)) ctx.addIssue({ code: 'custom', ...issue });
});

export const TemplateFrontMatterSchema = z
  .strictObject({
    kind: z.enum(TEMPLATE_KINDS),
    subject: text().optional().describe('Email templates only; Liquid, not HTML.'),
  })
  .superRefine((front, ctx) => {
    if (front.kind === 'email' && front.subject === undefined) {
      ctx.addIssue({ code: 'custom', path: ['subject'], message: 'required for email templates' });
    }
  });

export type Playbook = z.infer<typeof PlaybookSchema>;
export type PlaybookInput = z.input<typeof PlaybookSchema>;
export type Step = z.infer<typeof StepSchema>;
export type Trigger = z.infer<typeof TriggerSchema>;
export type Reentry = z.infer<typeof ReentrySchema>;
export type Wait = z.infer<typeof WaitSchema>;
export type Action = z.infer<typeof ActionSchema>;
export type Milestone = z.infer<typeof MilestoneSchema>;
export type Resource = z.infer<typeof ResourceSchema>;
export type Success = z.infer<typeof SuccessSchema>;
export type TemplateFrontMatter = z.infer<typeof TemplateFrontMatterSchema>;
