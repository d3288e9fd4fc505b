import { z } from '@hono/zod-openapi';
import { PagingQuery, PageMeta } from '../../http/openapi.ts';
import { STEP_STATES } from './schema.ts';
import { WORKLIST_VIEWS } from './worklist.ts';

const nullableText = () => z.string().nullable();
const note = (max: number) => z.string().trim().max(max);
const required = (message: string) => z.string({ error: message }).trim().min(1, message);

export const StepIdParam = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });
export const ChecklistParam = StepIdParam.extend({
  index: z.coerce.number().int().min(0).openapi({ param: { name: 'index', in: 'path' }, description: 'Position of the item, from 0' }),
});

export const StepSchema = z
  .object({
    id: z.uuid(),
    playId: z.uuid(),
    stepId: z.string().openapi({ description: "The step's id in the playbook" }),
    position: z.number(),
    kind: z.string().openapi({ example: 'email' }),
    title: z.string(),
    description: nullableText(),
    channel: nullableText(),
    uses: z.array(z.string()).openapi({ description: 'Runbooks and scripts the step relies on' }),
    state: z.enum(STEP_STATES),
    ownerRole: z.string(),
    ownerId: nullableText(),
    ownerName: nullableText(),
    ownerRule: nullableText().openapi({ description: 'How the owner was chosen: account_owner, owner_manager, executive_owner, role_setting, fallback_owner, fallback_admin, reassigned' }),
    dueOn: nullableText(),
    overdue: z.boolean(),
    daysOverdue: z.number(),
    snoozedUntil: nullableText(),
    openedAt: nullableText(),
    finishedAt: nullableText(),
    answer: nullableText(),
    outcome: nullableText(),
    notes: nullableText(),
    skipReason: nullableText(),
    checklist: z.array(z.object({ text: z.string(), done: z.boolean() })),
    draft: z
      .object({
        kind: z.string(),
        subject: nullableText(),
        body: z.string().openapi({ description: 'As rendered: HTML-escaped for email templates' }),
        text: z.string().openapi({ description: 'Plain text, for copying' }),
        to: nullableText().openapi({ description: "The champion's (else the sponsor's) email" }),
        mailto: nullableText(),
      })
      .nullable()
      .openapi({ description: 'The template filled in when the step opened' }),
    renderError: nullableText().openapi({ description: 'Why the template could not be filled in (the play goes on)' }),
    decision: z
      .object({ question: z.string(), answers: z.array(z.object({ answer: z.string(), next: z.string(), nextTitle: nullableText() })) })
      .nullable(),
    wait: z.object({ for: nullableText(), until: nullableText(), timeout: nullableText(), endsOn: nullableText() }).nullable(),
    action: z
      .object({
        type: z.string(),
        url: z.string().optional(),
        tag: z.string().optional(),
        field: z.string().optional(),
        value: z.union([z.string(), z.number(), z.boolean(), z.null()]).optional(),
        to: z.string().optional(),
        message: z.string().optional(),
      })
      .nullable(),
    result: z.record(z.string(), z.unknown()).nullable(),
    account: z.object({ id: z.uuid(), name: z.string(), healthTier: nullableText(), healthScore: z.number().nullable(), renewalDate: nullableText() }),
    play: z.object({ id: z.uuid(), playbookId: z.string(), playbookTitle: z.string(), version: z.number(), startedOn: z.string(), status: z.string(), control: z.boolean() }),
  })
  .openapi('PlayStep');

const playFields = {
  id: z.uuid(),
  playbookId: z.string(),
  playbookTitle: z.string(),
  playbookKind: z.string(),
  version: z.number(),
  accountId: z.uuid(),
  accountName: z.string(),
  ownerId: nullableText(),
  status: z.enum(['open', 'closed']),
  control: z.boolean().openapi({ description: 'A held-out account: no steps, measured the same way' }),
  outcome: z.enum(['success', 'failure', 'abandoned']).nullable(),
  outcomeReason: nullableText(),
  trigger: z.object({ kind: z.string(), detail: z.record(z.string(), z.unknown()), key: nullableText() }),
  priority: z.number(),
  exclusiveGroup: nullableText(),
  startedOn: z.string(),
  startedAt: z.string(),
  successBy: nullableText().openapi({ description: 'Last day of the success window' }),
  success: z.object({ within: z.string(), when: z.string(), description: nullableText() }).nullable(),
  closedAt: nullableText(),
  closedBy: nullableText(),
};

export const PlaySchema = z
  .object({ ...playFields, flowEnded: z.boolean().openapi({ description: 'Open, no step left to work on: waiting for its success criteria' }), steps: z.array(StepSchema) })
  .openapi('Play');

export const PlayDetailSchema = z
  .object({
    ...PlaySchema.shape,
    milestones: z.array(z.object({ name: z.string(), due: z.string(), dueOn: nullableText() })),
    events: z.array(
      z.object({
        id: z.number(),
        stepId: z.uuid(),
        transition: z.string(),
        fromState: z.string(),
        toState: z.string(),
        actorId: nullableText(),
        actorName: nullableText(),
        detail: z.record(z.string(), z.unknown()),
        at: z.string(),
      }),
    ).openapi({ description: 'The audit trail: every transition of every step, oldest first' }),
  })
  .openapi('PlayDetail');

export const PlayListSchema = z.object({ data: z.array(PlaySchema) }).openapi('PlayList');

export const PlaybookPlaysPage = z
  .object({ data: z.array(z.object({ ...playFields, steps: z.record(z.string(), z.number()).openapi({ description: 'Step counts by state' }) })), page: PageMeta })
  .openapi('PlaybookPlaysPage');

export const PlaybookPlaysQuery = PagingQuery.extend({
  status: z.enum(['open', 'closed']).optional(),
  version: z.coerce.number().int().min(1).optional(),
  control: z.enum(['true', 'false']).transform((value) => value === 'true').optional(),
});

const counts = z.object({ open: z.number(), success: z.number(), failure: z.number(), abandoned: z.number(), total: z.number() });
export const OutcomesSchema = z
  .object({
    playbookId: z.string(),
    versions: z.array(z.object({ version: z.number(), treated: counts, control: counts })),
    all: z.object({ treated: counts, control: counts }),
  })
  .openapi('PlaybookOutcomes');

export const WorklistQuery = z.object({
  view: z.enum(WORKLIST_VIEWS).default('today').openapi({ description: 'today: open steps due today or earlier (overdue flagged); overdue; upcoming: due in the next `days` days, and snoozed steps' }),
  userId: z.string().min(1).optional().openapi({ description: "Someone else's steps (managers and admins)" }),
  team: z.enum(['true', 'false']).transform((value) => value === 'true').optional().openapi({ description: "The whole team's steps (managers and admins)" }),
  days: z.coerce.number().int().min(1).max(365).default(14),
  limit: z.coerce.number().int().min(1).max(1000).default(300),
});

export const WorklistSchema = z
  .object({
    view: z.enum(WORKLIST_VIEWS),
    today: z.string(),
    userId: nullableText(),
    team: z.boolean(),
    counts: z.object({ today: z.number(), overdue: z.number(), upcoming: z.number() }),
    steps: z.array(StepSchema),
  })
  .openapi('Worklist');

export const CompleteBody = z
  .object({
    outcome: note(200).optional().openapi({ example: 'Customer agreed to a call' }),
    notes: note(10_000).optional(),
    answer: note(200).optional().openapi({ description: "Required for a decision: one of its branches' answers", example: 'yes' }),
  })
  .strict()
  .openapi('CompleteStep');
export const SkipBody = z.object({ reason: required('is required: say why the step is skipped').pipe(z.string().max(2000)), notes: note(10_000).optional() }).strict().openapi('SkipStep');
export const SnoozeBody = z.object({ until: z.iso.date().openapi({ description: 'A day after today', example: '2026-12-01' }), notes: note(10_000).optional() }).strict().openapi('SnoozeStep');
export const ReassignBody = z.object({ userId: required('is required: the user to hand the step to'), notes: note(10_000).optional() }).strict().openapi('ReassignStep');
export const CancelBody = z.object({ reason: note(2000).optional() }).strict().openapi('CancelStep');
export const ChecklistBody = z.object({ done: z.boolean() }).strict().openapi('ChecklistItemChange');

export const StepChangeSchema = z
  .object({
    step: StepSchema,
    opened: z.array(StepSchema).openapi({ description: 'Steps the change opened: what to show next' }),
    play: z.object({ id: z.uuid(), status: z.enum(['open', 'closed']), outcome: z.enum(['success', 'failure', 'abandoned']).nullable(), flowEnded: z.boolean() }),
  })
  .openapi('StepChange');

export const StartPlayBody = z
  .object({ playbookId: z.string().min(1).openapi({ example: 'usage-drop' }), accountId: z.uuid() })
  .strict()
  .openapi('StartPlay');
export const AbandonBody = z.object({ reason: required('is required: say why the play is abandoned').pipe(z.string().max(2000)) }).strict().openapi('AbandonPlay');

export const NotificationsQuery = z.object({
  unread: z.enum(['true', 'false']).transform((value) => value === 'true').optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export const NotificationListSchema = z
  .object({
    unread: z.number(),
    data: z.array(z.object({ id: z.uuid(), kind: z.string(), title: z.string(), link: nullableText(), createdAt: z.string(), readAt: nullableText() })),
  })
  .openapi('NotificationList');
