import { z } from '@hono/zod-openapi';
import { HEALTH_TIERS, HealthModelSchema } from '../../../core/health/model.ts';

export const HealthModelVersionSchema = z
  .object({
    id: z.number().int().openapi({ description: 'Version number; the highest is the newest' }),
    active: z.boolean(),
    note: z.string().nullable(),
    createdBy: z.string().nullable(),
    createdAt: z.string(),
    config: z.record(z.string(), z.unknown()).openapi({ description: 'The full model, every default filled in (see docs/metrics-and-health.md)' }),
  })
  .openapi('HealthModelVersion');

export const HealthModelVersionList = z.object({ data: z.array(HealthModelVersionSchema) }).openapi('HealthModelVersionList');

export const HealthModelUpdateSchema = z
  .object({
    config: HealthModelSchema.describe("The model; fields left out take the default model's values"),
    note: z.string().trim().min(1).max(500).optional().openapi({ description: 'Why it changed, for the version list' }),
  })
  .strict()
  .openapi('HealthModelUpdate');

export const HealthModelPreviewRequest = z.object({ config: HealthModelSchema }).strict().openapi('HealthModelPreviewRequest');

const tierCounts = z.object(Object.fromEntries([...HEALTH_TIERS, 'unscored'].map((t) => [t, z.number().int()])) as Record<string, z.ZodNumber>);
const tierName = z.enum([...HEALTH_TIERS, 'unscored']);

export const HealthModelPreviewSchema = z
  .object({
    day: z.string(),
    currentModelId: z.number().int(),
    accounts: z.number().int(),
    before: tierCounts.openapi({ description: 'Tiers under the active model, on today\'s inputs' }),
    after: tierCounts.openapi({ description: 'Tiers under the candidate model, on the same inputs' }),
    changed: z.number().int(),
    moves: z.array(z.object({ from: tierName, to: tierName, count: z.number().int() })),
  })
  .openapi('HealthModelPreview');

export const RecomputeQueuedSchema = z.object({ queued: z.boolean() }).openapi('HealthRecomputeQueued');

export const RecomputeRequestSchema = z
  .object({ accountIds: z.array(z.uuid()).min(1).max(10_000).optional().openapi({ description: 'Leave out to recompute every account' }) })
  .strict()
  .openapi('HealthRecomputeRequest');
