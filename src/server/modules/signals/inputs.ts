import { z } from '@hono/zod-openapi';
import { CONTACT_ROLES } from '../../../core/accounts/vocabulary.ts';
import { parseIsoTimestamp } from '../../../core/ingest/timestamps.ts';
import { SURVEY_KINDS, TICKET_PRIORITIES, TICKET_STATUSES } from './schema.ts';

/** Rollups the metrics engine computes from events; a reported metric may not take their names. */
export const ROLLUP_METRICS = ['daily_active_users', 'weekly_active_users', 'monthly_active_users'] as const;
const METRIC_NAME = /^[a-z][a-z0-9_]*$/;
/** A reported day may be this far back: series are day-indexed arrays, and 1900 would be 45,000 empty days. */
export const MAX_METRIC_AGE_DAYS = 3650;

export const SCORE_RANGES = { nps: [0, 10], csat: [1, 5] } as const;
export const CLOSED_STATUSES: readonly string[] = ['solved', 'closed'];
export const CONTACT_CHANGES = ['left', 'role_added', 'role_removed'] as const;

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => text(max).nullish();

export const AccountRef = text(200).openapi({ description: 'The account: its id, crmId or productId', example: '0015g00000XYZ' });

/** ISO 8601; a timestamp without a zone is UTC. */
export const Timestamp = z
  .string()
  .refine((v) => parseIsoTimestamp(v) !== undefined, 'must be an ISO 8601 date or timestamp, like 2026-03-01T12:00:00Z')
  .openapi({ example: '2026-03-01T12:00:00Z' });

export function toDate(value: string): Date;
export function toDate(value: string | null | undefined): Date | null | undefined;
export function toDate(value: string | null | undefined): Date | null | undefined {
  return value === null || value === undefined ? value : new Date(parseIsoTimestamp(value)!);
}

export const MetricName = z
  .string()
  .max(100)
  .superRefine((name, ctx) => {
    if (name.startsWith('events.') || (ROLLUP_METRICS as readonly string[]).includes(name)) {
      ctx.addIssue({ code: 'custom', message: `is a rollup computed from events (${ROLLUP_METRICS.join(', ')}, events.*); report your own metrics under other names` });
    } else if (!METRIC_NAME.test(name)) {
      ctx.addIssue({ code: 'custom', message: 'must be lower_snake_case: a letter, then letters, digits or _' });
    }
  })
  .openapi({ example: 'seats_used' });

const dayMs = 86_400_000;
export const MetricDay = z.iso
  .date()
  .refine((day) => {
    const ms = Date.parse(`${day}T00:00:00Z`);
    return ms <= Date.now() + dayMs && ms >= Date.now() - MAX_METRIC_AGE_DAYS * dayMs;
  }, `must be within the last ${MAX_METRIC_AGE_DAYS / 365} years and not after tomorrow`)
  .openapi({ example: '2026-03-01' });

export const MetricValueInput = z
  .object({
    account: AccountRef,
    metric: MetricName,
    day: MetricDay,
    value: z.number().nullable().openapi({ description: 'The value that day; null erases it', example: 42 }),
  })
  .strict()
  .openapi('MetricValueInput');
export type MetricValueInput = z.infer<typeof MetricValueInput>;

export const MetricValuesBody = z.array(MetricValueInput).min(1).max(10_000).openapi('MetricValues');

const csat = z.int('must be a whole number from 1 to 5').min(1, 'must be a whole number from 1 to 5').max(5, 'must be a whole number from 1 to 5');

function checkClosing(value: { status?: string | null; closedAt?: string | null; openedAt?: string | null }, ctx: z.RefinementCtx) {
  if (value.closedAt && value.status && !CLOSED_STATUSES.includes(value.status)) {
    ctx.addIssue({ code: 'custom', path: ['closedAt'], message: `only goes with status solved or closed (status is ${value.status})` });
  }
  if (value.closedAt && value.openedAt && parseIsoTimestamp(value.closedAt)! < parseIsoTimestamp(value.openedAt)!) {
    ctx.addIssue({ code: 'custom', path: ['closedAt'], message: 'is before openedAt' });
  }
}

export const TicketInput = z
  .object({
    account: AccountRef,
    subject: text(500).openapi({ example: 'Export fails on large files' }),
    priority: z.enum(TICKET_PRIORITIES).optional().openapi({ description: 'Default normal' }),
    status: z.enum(TICKET_STATUSES).optional().openapi({ description: 'Default open; closed when closedAt is given' }),
    openedAt: Timestamp.optional().openapi({ description: 'Default now' }),
    closedAt: Timestamp.nullish(),
    csat: csat.nullish().openapi({ description: 'Customer satisfaction with the ticket, 1–5' }),
    externalId: optionalText(200).openapi({ description: "The helpdesk's id: sending it again updates that ticket" }),
    contact: optionalText(320).openapi({ description: 'The requester: contact id, email or externalId' }),
  })
  .strict()
  .superRefine(checkClosing)
  .openapi('TicketInput');
export type TicketInput = z.infer<typeof TicketInput>;

export const TicketPatch = z
  .object({
    subject: text(500).optional(),
    priority: z.enum(TICKET_PRIORITIES).optional(),
    status: z.enum(TICKET_STATUSES).optional(),
    closedAt: Timestamp.nullish().openapi({ description: 'Closes the ticket at this time (default now when status becomes solved or closed)' }),
    csat: csat.nullish(),
  })
  .strict()
  .superRefine(checkClosing)
  .refine((p) => Object.keys(p).length > 0, 'needs at least one field to change')
  .openapi('TicketPatch');
export type TicketPatch = z.infer<typeof TicketPatch>;

export const SurveyInput = z
  .object({
    account: AccountRef,
    kind: z.enum(SURVEY_KINDS),
    score: z.int('must be a whole number'),
    comment: z.string().trim().max(5000).nullish(),
    respondedAt: Timestamp.optional().openapi({ description: 'Default now' }),
    contact: optionalText(320).openapi({ description: 'Who answered: contact id, email or externalId' }),
    externalId: optionalText(200).openapi({ description: "The survey tool's response id: sending it again updates that response" }),
  })
  .strict()
  .superRefine((value, ctx) => {
    const [min, max] = SCORE_RANGES[value.kind];
    if (value.score < min || value.score > max) {
      ctx.addIssue({ code: 'custom', path: ['score'], message: `must be from ${min} to ${max} for ${value.kind} (got ${value.score})` });
    }
  })
  .openapi('SurveyInput');
export type SurveyInput = z.infer<typeof SurveyInput>;

export const NoteInput = z.object({ body: text(20_000).openapi({ example: 'Call with the new VP: renewal looks safe.' }) }).strict().openapi('NoteInput');

/** A note from a CSV file: whose account, who wrote it (a user's email) and when. */
export const NoteImportRow = z
  .object({ account: AccountRef, body: text(20_000), author: z.email().nullish(), createdAt: Timestamp.optional() })
  .strict();
export type NoteImportRow = z.infer<typeof NoteImportRow>;

export const ContactChangeInput = z
  .object({
    contact: text(320).openapi({ description: 'Contact id, email or externalId', example: 'jane@acme.example' }),
    change: z.enum(CONTACT_CHANGES),
    role: z.enum(CONTACT_ROLES).optional().openapi({ description: 'For role_added and role_removed' }),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (value.change !== 'left' && !value.role) ctx.addIssue({ code: 'custom', path: ['role'], message: `is required for ${value.change}` });
    if (value.change === 'left' && value.role) ctx.addIssue({ code: 'custom', path: ['role'], message: 'does not go with change left' });
  })
  .openapi('ContactChangeInput');
export type ContactChangeInput = z.infer<typeof ContactChangeInput>;
