import { z } from '@hono/zod-openapi';
import { LIFECYCLE_STAGES, PLAYBOOK_KINDS } from '../../../core/playbook/index.ts';
import { PagingQuery, pageOf } from '../../http/openapi.ts';
import { PLAYBOOK_STATUSES } from './schema.ts';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const TEMPLATE_NAME = /^[a-z0-9][a-z0-9_-]*$/;

export const PlaybookIdParam = z.object({
  id: z.string().max(100).regex(SLUG, 'expected a playbook id (a-z, 0-9 and single hyphens)').openapi({ param: { name: 'id', in: 'path' }, example: 'renewal' }),
});

export const VersionParam = PlaybookIdParam.extend({
  n: z.coerce.number().int().min(1).openapi({ param: { name: 'n', in: 'path' }, example: 1 }),
});

export const VersionQuery = z.object({
  version: z.coerce.number().int().min(1).optional().openapi({ description: 'A version number; default: the version that applies to you, else the latest' }),
});

export const ProblemSchema = z
  .object({
    file: z.string(),
    line: z.number(),
    col: z.number(),
    message: z.string(),
    severity: z.enum(['error', 'warning']),
    text: z.string().openapi({ example: 'renewal.yaml:12:5 steps[1].due: expected 3d, 2d after <step-id> or <anchor> ±<duration>' }),
  })
  .openapi('LintProblem');

export const LibraryFileSchema = z
  .object({
    path: z.string().min(1).max(500).openapi({ example: 'renewal.yaml' }),
    content: z.string(),
  })
  .strict()
  .openapi('LibraryFile');

export const ImportBodySchema = z
  .object({
    files: z.array(LibraryFileSchema).min(1).openapi({ description: 'Playbook files (.yaml) and their templates (templates/*.liquid), paths relative to the library' }),
    newStatus: z.enum(['draft', 'active']).default('draft').openapi({ description: 'Status of playbooks the library does not have yet' }),
  })
  .strict()
  .openapi('ImportRequest');

export const ImportResultSchema = z
  .object({
    created: z.array(z.object({ id: z.string(), version: z.number(), path: z.string() })),
    updated: z.array(z.object({ id: z.string(), version: z.number(), changelog: z.string() })),
    moved: z.array(z.object({ id: z.string(), from: z.string(), to: z.string() })),
    unchanged: z.array(z.string()),
    warnings: z.array(ProblemSchema),
  })
  .openapi('ImportResult');

export const FilesSchema = z.object({ files: z.array(LibraryFileSchema) }).openapi('LibraryFiles');

const TemplatesSchema = z
  .record(z.string().regex(TEMPLATE_NAME, 'expected a template name (a-z, 0-9, - and _)'), z.string())
  .default({})
  .openapi({ description: 'Template name → file text (front matter + Liquid)' });

export const LintBodySchema = z
  .object({
    source: z.string().openapi({ description: 'The playbook YAML' }),
    templates: TemplatesSchema,
    path: z.string().min(1).max(500).optional().openapi({ description: 'Where the file sits in the library; default: the stored path of the playbook with this id, else <id>.yaml' }),
  })
  .strict()
  .openapi('LintRequest');

const OutlineSchema = z
  .object({
    title: z.string(),
    steps: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        kind: z.string(),
        owner: z.string(),
        due: z.string().nullable().openapi({ description: 'The due offset in words ("2 days after \\"Call\\""), null when the step has none' }),
      }),
    ),
    flowchart: z.string().openapi({ description: 'Mermaid `flowchart TD` text, as GET /api/playbooks/{id}/flowchart gives for a version' }),
  })
  .openapi('PlaybookOutline');

export const LintResultSchema = z
  .object({
    problems: z.array(ProblemSchema),
    errorCount: z.number(),
    outline: OutlineSchema.optional().openapi({ description: 'When there is no error: the steps and flowchart of the text, for an editor\'s preview' }),
  })
  .openapi('LintResult');

export const DraftBodySchema = z
  .object({
    source: z.string(),
    templates: TemplatesSchema,
    basedOnVersion: z.number().int().min(1).nullable().optional().openapi({ description: 'The version this edit started from; default the latest' }),
    revision: z.number().int().min(0).optional().openapi({ description: 'The draft revision this edit started from; a save over a newer save is refused with 409' }),
  })
  .strict()
  .openapi('DraftInput');

export const DraftSchema = z
  .object({
    playbookId: z.string(),
    source: z.string(),
    templates: z.record(z.string(), z.string()),
    basedOnVersion: z.number().nullable(),
    revision: z.number(),
    updatedBy: z.string().nullable(),
    updatedAt: z.string().nullable(),
    saved: z.boolean().openapi({ description: 'False when no draft is saved and this is the latest version to start from' }),
  })
  .openapi('Draft');

export const DraftSavedSchema = z.object({ draft: DraftSchema, problems: z.array(ProblemSchema), errorCount: z.number() }).openapi('DraftSaved');

const changelog = () =>
  z.string({ error: 'a changelog note is required: say what changed and why' }).trim().min(1, 'a changelog note is required: say what changed and why').max(2000);

export const PublishBodySchema = z
  .object({
    changelog: changelog(),
    basedOnVersion: z.number().int().min(1).nullable().openapi({ description: 'The version your draft is based on (null for the first version); 409 stale_draft when someone published since' }),
    activate: z.boolean().default(true).openapi({ description: 'On an active playbook, put the new version in use at once; false holds it back for a pilot' }),
    inFlight: z.enum(['keep', 'migrate']).default('keep').openapi({ description: 'Open plays: keep them on their version (default), or migrate them to the new one (steps matched by id; new steps added, dropped ones cancelled)' }),
  })
  .strict()
  .openapi('PublishRequest');

export const RevertBodySchema = z
  .object({
    version: z.number().int().min(1),
    changelog: changelog(),
    basedOnVersion: z.number().int().min(1).optional(),
  })
  .strict()
  .openapi('RevertRequest');

export const StatusBodySchema = z
  .object({
    status: z.enum(PLAYBOOK_STATUSES),
    version: z.number().int().min(1).optional().openapi({ description: 'With status active: the version to put in use' }),
  })
  .strict()
  .openapi('StatusChange');

export const VersionSchema = z
  .object({
    number: z.number(),
    changelog: z.string(),
    publishedBy: z.string().nullable(),
    publishedAt: z.string(),
    source: z.string().optional(),
    templates: z.record(z.string(), z.string()).optional(),
    playbook: z.record(z.string(), z.unknown()).optional().openapi({ description: 'The parsed playbook, defaults applied' }),
  })
  .openapi('PlaybookVersion');

const playbookFields = {
  id: z.string(),
  path: z.string(),
  status: z.enum(PLAYBOOK_STATUSES),
  currentVersion: z.number().nullable().openapi({ description: 'The latest published version' }),
  activeVersion: z.number().nullable().openapi({ description: 'The version in use for everyone outside a pilot' }),
  lockVersion: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
};

export const PlaybookRowSchema = z.object(playbookFields).openapi('PlaybookState');

export const PlaybookSummarySchema = z
  .object({ ...playbookFields, title: z.string().nullable(), kind: z.string().nullable(), category: z.string().nullable() })
  .openapi('PlaybookSummary');

export const PilotBodySchema = z
  .object({
    version: z.number().int().min(1),
    userIds: z.array(z.string().min(1)).min(1).max(500),
    startsOn: z.iso.date(),
    endsOn: z.iso.date(),
  })
  .strict()
  .openapi('PilotInput');

export const PilotSchema = z
  .object({ version: z.number(), userIds: z.array(z.string()), startsOn: z.string(), endsOn: z.string(), updatedBy: z.string().nullable().optional(), updatedAt: z.string().optional() })
  .openapi('Pilot');

export const PlaybookDetailSchema = z
  .object({
    ...playbookFields,
    version: VersionSchema.nullable(),
    draft: z.object({ basedOnVersion: z.number().nullable(), revision: z.number(), updatedAt: z.string() }).nullable(),
    pilot: PilotSchema.nullable(),
  })
  .openapi('Playbook');

export const PublishedSchema = z
  .object({
    playbook: PlaybookRowSchema,
    version: VersionSchema,
    inFlight: z.object({ mode: z.enum(['keep', 'migrate']), migrated: z.number().openapi({ description: 'Open plays moved to the new version' }) }).optional(),
  })
  .openapi('Published');

export const PlaybookListQuery = PagingQuery.extend({
  status: z.enum(PLAYBOOK_STATUSES).optional(),
  kind: z.enum(PLAYBOOK_KINDS).optional(),
  category: z.string().max(100).optional(),
});

export const PlaybookPage = pageOf(PlaybookSummarySchema, 'PlaybookPage');

export const SearchQuery = PagingQuery.extend({
  q: z.string().trim().max(500).optional().openapi({ description: 'Words to find (web-search syntax: "exact phrase", -exclude, or)' }),
  kind: z.enum(PLAYBOOK_KINDS).optional(),
  category: z.string().max(100).optional(),
  lifecycle: z.enum(LIFECYCLE_STAGES).optional(),
  segment: z.string().max(100).optional(),
  status: z.enum(PLAYBOOK_STATUSES).optional(),
});

export const SearchHitSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    titleHtml: z.string(),
    kind: z.string(),
    category: z.string(),
    status: z.enum(PLAYBOOK_STATUSES),
    version: z.number(),
    lifecycle: z.array(z.string()),
    segments: z.array(z.string()),
    rank: z.number().nullable(),
    snippet: z.string().openapi({ description: 'HTML-escaped text with matches in <mark>' }),
  })
  .openapi('SearchHit');

export const SearchPage = pageOf(SearchHitSchema, 'SearchPage');

export const DiffQuery = z.object({
  from: z.coerce.number().int().min(1),
  to: z.coerce.number().int().min(1),
});

export const DiffSchema = z
  .object({
    from: z.number(),
    to: z.number(),
    fields: z.array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() })),
    steps: z.object({
      added: z.array(z.record(z.string(), z.unknown())),
      removed: z.array(z.record(z.string(), z.unknown())),
      changed: z.array(z.object({ id: z.string(), title: z.string(), changes: z.array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() })) })),
      reordered: z.object({ before: z.array(z.string()), after: z.array(z.string()) }).optional(),
    }),
    templates: z.object({ added: z.array(z.string()), removed: z.array(z.string()), changed: z.array(z.string()) }),
    text: z.string().openapi({ description: 'Unified diff of the YAML and the templates' }),
  })
  .openapi('PlaybookDiff');

export const QuickReferenceQuery = VersionQuery.extend({ format: z.enum(['html', 'md']).default('html') });

export const FeedbackBodySchema = z
  .object({
    rating: z.number().int().min(1, 'must be a whole number from 1 to 5').max(5, 'must be a whole number from 1 to 5'),
    comment: z.string().max(5000).nullish(),
  })
  .strict()
  .openapi('FeedbackInput');

const FeedbackEntrySchema = z.object({ userId: z.string(), userName: z.string().nullable(), rating: z.number(), comment: z.string().nullable(), at: z.string() });

export const VersionFeedbackSchema = z
  .object({ version: z.number(), count: z.number(), averageRating: z.number().nullable(), entries: z.array(FeedbackEntrySchema) })
  .openapi('VersionFeedback');

export const FeedbackListSchema = z.object({ versions: z.array(VersionFeedbackSchema) }).openapi('FeedbackList');

export const FeedbackSavedSchema = z
  .object({ version: z.number(), rating: z.number(), comment: z.string().nullable(), at: z.string() })
  .openapi('FeedbackSaved');

export const VersionListSchema = z.object({ versions: z.array(VersionSchema) }).openapi('PlaybookVersions');
