import { z } from '@hono/zod-openapi';
import { pageOf } from '../../http/openapi.ts';
import { ContactSchema } from '../accounts/api-schemas.ts';
import { PagingQuery } from '../../http/openapi.ts';
import { SURVEY_KINDS, TICKET_PRIORITIES, TICKET_STATUSES } from './schema.ts';

export const TicketSchema = z
  .object({
    id: z.uuid(),
    accountId: z.uuid(),
    contactId: z.uuid().nullable(),
    externalId: z.string().nullable(),
    subject: z.string(),
    priority: z.enum(TICKET_PRIORITIES),
    status: z.enum(TICKET_STATUSES),
    openedAt: z.string(),
    closedAt: z.string().nullable(),
    csat: z.number().nullable(),
    updatedAt: z.string(),
  })
  .openapi('Ticket');

export const TicketPage = pageOf(TicketSchema, 'TicketPage');
export const TicketListQuery = PagingQuery.extend({ status: z.enum(TICKET_STATUSES).optional() });

export const SurveySchema = z
  .object({
    id: z.uuid(),
    accountId: z.uuid(),
    contactId: z.uuid().nullable(),
    externalId: z.string().nullable(),
    kind: z.enum(SURVEY_KINDS),
    score: z.number(),
    comment: z.string().nullable(),
    respondedAt: z.string(),
  })
  .openapi('SurveyResponse');

export const SurveyPage = pageOf(SurveySchema, 'SurveyPage');
export const SurveyListQuery = PagingQuery.extend({ kind: z.enum(SURVEY_KINDS).optional() });

export const NoteSchema = z
  .object({ id: z.uuid(), accountId: z.uuid(), authorId: z.string().nullable(), authorName: z.string().nullable(), body: z.string(), createdAt: z.string() })
  .openapi('Note');

export const NotePage = pageOf(NoteSchema, 'NotePage');

export const MetricReportSchema = z.object({ stored: z.number().openapi({ description: 'Values written' }), accounts: z.number() }).openapi('MetricReport');

export const ContactChangeResult = z
  .object({ contact: ContactSchema, changed: z.boolean().openapi({ description: 'False when the change was already true' }) })
  .openapi('ContactChangeResult');
