import { z } from '@hono/zod-openapi';
import { PagingQuery, pageOf } from '../../http/openapi.ts';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const SegmentIdParam = z.object({
  id: z.string().max(100).regex(SLUG, 'expected a segment id (a-z, 0-9 and single hyphens)').openapi({ param: { name: 'id', in: 'path' }, example: 'enterprise-high-touch' }),
});

const condition = z.string().trim().min(1).max(10_000).openapi({ description: 'A condition in the condition language (docs/engine.md)', example: 'tier = "enterprise" and touch_model = "high"' });

export const SegmentCreateSchema = z
  .object({
    id: z.string().max(100).regex(SLUG, 'expected a segment id (a-z, 0-9 and single hyphens)').openapi({ description: 'What triggers (`segment:`) and conditions (`in_segment("…")`) call it', example: 'enterprise-high-touch' }),
    name: z.string().trim().min(1).max(200),
    description: z.string().max(2_000).nullable().optional(),
    condition,
  })
  .strict()
  .openapi('SegmentCreate');

export const SegmentUpdateSchema = z
  .object({ name: z.string().trim().min(1).max(200).optional(), description: z.string().max(2_000).nullable().optional(), condition: condition.optional() })
  .strict()
  .openapi('SegmentUpdate');

export const SegmentSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string().nullable(),
    condition: z.string(),
    createdBy: z.string().nullable(),
    updatedAt: z.string(),
    computedAt: z.string().nullable().openapi({ description: 'When membership was last recomputed' }),
    lastError: z.string().nullable().openapi({ description: 'Why the last recompute failed at run time; the previous members stay' }),
    members: z.number().int(),
  })
  .openapi('Segment');

export const SegmentList = z.object({ data: z.array(SegmentSchema) }).openapi('SegmentList');

export const SegmentSavedSchema = z
  .object({ segment: SegmentSchema, recompute: z.object({ added: z.number().int(), removed: z.number().int(), error: z.string().optional() }).optional() })
  .openapi('SegmentSaved');

export const SegmentMemberSchema = z
  .object({ id: z.string(), name: z.string(), arr: z.number().nullable(), tier: z.string().nullable(), touchModel: z.string().nullable(), lifecycle: z.string().nullable(), ownerId: z.string().nullable() })
  .openapi('SegmentMember');

export const SegmentMemberPage = pageOf(SegmentMemberSchema, 'SegmentMemberPage');

export const RecomputedSchema = z.object({ added: z.number().int(), removed: z.number().int(), error: z.string().optional(), segment: SegmentSchema }).openapi('SegmentRecomputed');

export const PreviewBodySchema = z
  .object({
    condition: condition.optional(),
    playbookId: z.string().max(100).regex(SLUG).optional(),
    version: z.number().int().min(1).optional().openapi({ description: 'With playbookId; default the version in use, else the latest' }),
    source: z
      .string()
      .max(1_048_576)
      .optional()
      .openapi({ description: "A playbook's YAML as it is being edited (an unpublished draft): previews its trigger; 400 lint_failed when the file has errors" }),
    limit: z.number().int().min(1).max(500).default(50),
    offset: z.number().int().min(0).default(0),
  })
  .strict()
  .refine((b) => [b.condition, b.playbookId, b.source].filter((v) => v !== undefined).length === 1, { message: 'send one of condition, playbookId or source', path: ['condition'] })
  .openapi('PreviewRequest');

const values = z.record(z.string(), z.string().nullable()).openapi({ description: 'Signal text → its value for this account (as text)' });

const DecisionSchema = z
  .object({
    playbookId: z.string(),
    version: z.number().int(),
    kind: z.string(),
    accountId: z.string(),
    key: z.string(),
    outcome: z.enum(['started', 'control', 'skipped']),
    reason: z.string().optional(),
    detail: z.record(z.string(), z.unknown()),
  })
  .openapi('SweepDecision');

export const PreviewSchema = z
  .object({
    kind: z.string().openapi({ description: '"condition", or the trigger kind of the playbook' }),
    condition: z.string().optional(),
    playbookId: z.string().optional(),
    version: z.number().int().optional(),
    total: z.number().int(),
    accounts: z.array(z.object({ id: z.string(), name: z.string(), values: values.optional(), detail: z.record(z.string(), z.unknown()).optional() })),
    nextSweep: z
      .object({ started: z.number().int(), control: z.number().int(), skipped: z.number().int(), decisions: z.array(DecisionSchema) })
      .optional()
      .openapi({ description: 'Dry run of the next sweep for this playbook (only for the version in use)' }),
  })
  .openapi('Preview');

export const ExplainQuery = z.object({
  condition: condition,
  accountId: z.uuid(),
});

export const ExplainBodySchema = z
  .object({
    condition,
    accountId: z.uuid(),
    eventProperties: z.record(z.string(), z.unknown()).optional().openapi({ description: "An event's properties, to explain an event trigger's `where` (properties.<key>)" }),
  })
  .strict()
  .openapi('ExplainRequest');

type ExplainNodeShape = { text: string; result: unknown; values?: Record<string, unknown>; error?: string; children?: ExplainNodeShape[] };
const ExplainNodeSchema: z.ZodType<ExplainNodeShape> = z.lazy(() =>
  z.object({
    text: z.string(),
    result: z.union([z.boolean(), z.number(), z.string(), z.null()]),
    values: z.record(z.string(), z.unknown()).optional(),
    error: z.string().optional(),
    children: z.array(ExplainNodeSchema).optional(),
  }).openapi('ExplainNode'),
);

export const ExplanationSchema = z
  .object({ accountId: z.string(), name: z.string(), today: z.string(), matches: z.boolean(), tree: ExplainNodeSchema })
  .openapi('Explanation');

export const TriggerErrorQuery = PagingQuery.extend({
  includeResolved: z.enum(['true', 'false']).default('false').transform((v) => v === 'true').openapi({ description: 'Also list errors that went away' }),
});

export const TriggerErrorSchema = z
  .object({
    id: z.number().int(),
    playbookId: z.string(),
    version: z.number().int(),
    triggerKind: z.string().nullable(),
    message: z.string(),
    occurredAt: z.string(),
    lastOccurredAt: z.string(),
    repeats: z.number().int(),
    resolvedAt: z.string().nullable(),
  })
  .openapi('TriggerError');

export const TriggerErrorPage = pageOf(TriggerErrorSchema, 'TriggerErrorPage');

export const SweepBodySchema = z
  .object({
    playbookIds: z.array(z.string().regex(SLUG)).min(1).optional(),
    accountIds: z.array(z.uuid()).min(1).max(10_000).optional(),
    dryRun: z.boolean().default(false),
  })
  .strict()
  .openapi('SweepRequest');

export const SweepResultSchema = z
  .object({
    today: z.string(),
    triggers: z.number().int(),
    candidates: z.number().int(),
    started: z.number().int(),
    control: z.number().int(),
    skipped: z.number().int(),
    errors: z.array(z.object({ playbookId: z.string(), version: z.number().int(), message: z.string() })),
    ms: z.number(),
    decisions: z.array(DecisionSchema).openapi({ description: 'The first 200 decisions' }),
  })
  .openapi('SweepResult');
