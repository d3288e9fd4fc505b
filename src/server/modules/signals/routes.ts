import { createRoute } from '@hono/zod-openapi';
import type { Principal } from '../../http/env.ts';
import { requirePermission } from '../../http/auth-middleware.ts';
import { IdParam, PagingQuery, authenticated, commonErrors, conflictError, jsonBody, jsonContent, notFoundError } from '../../http/openapi.ts';
import { createRouter } from '../../http/router.ts';
import type { Db } from '../../db/client.ts';
import { publicContact } from '../accounts/contacts-service.ts';
import { actorOf } from '../accounts/routes.ts';
import { getAccount } from '../accounts/service.ts';
import { ContactChangeResult, MetricReportSchema, NotePage, NoteSchema, SurveyListQuery, SurveyPage, SurveySchema, TicketListQuery, TicketPage, TicketSchema } from './api-schemas.ts';
import { applyContactChange } from './contact-changes-service.ts';
import { rescoreAfterCommit } from './health-request.ts';
import { writeOrIngest } from './feed-permission.ts';
import { ContactChangeInput, MetricValuesBody, NoteInput, SurveyInput, TicketInput, TicketPatch, toDate } from './inputs.ts';
import { reportMetricValues } from './metric-values-service.ts';
import { addNotes, listNotes, publicNote } from './notes-service.ts';
import { resolveOrThrow } from './resolve-refs.ts';
import { listSurveys, publicSurvey, saveSurveys } from './surveys-service.ts';
import { getTicket, listTickets, publicTicket, saveTickets, updateTicket } from './tickets-service.ts';

const read = requirePermission('read');
const write = requirePermission('write');
const tags = ['Signals'];

export function authorName(principal: Principal | undefined): string | null {
  return principal?.name ?? null;
}

/** Customer signals besides events, under /api: metric values, tickets, surveys, notes, contact changes. */
export function signalRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({
      method: 'post', path: '/metrics/values', tags, security: authenticated, middleware: [writeOrIngest] as const,
      summary: 'Report daily metric values (seats used, storage, anything not computed from events)',
      description: 'Each value names its account by id, crmId or productId. Sending a day again replaces its value. Rollup names (daily/weekly/monthly_active_users, events.*) are refused.',
      request: { body: jsonBody(MetricValuesBody) },
      responses: { 200: jsonContent(MetricReportSchema, 'Stored'), ...commonErrors },
    }),
    async (c) => {
      const body = c.req.valid('json');
      const db = c.var.services.database.db;
      const resolved = await resolveOrThrow(db, body, true);
      const values = body.map((v, i) => ({ accountId: resolved[i]!.accountId, metric: v.metric, day: v.day, value: v.value }));
      await db.transaction((tx) => reportMetricValues(tx as unknown as Db, values, actorOf(c.var.principal)));
      await rescoreAfterCommit(c.var.services, values.map((v) => v.accountId));
      return c.json({ stored: values.length, accounts: new Set(values.map((v) => v.accountId)).size }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post', path: '/tickets', tags, security: authenticated, middleware: [writeOrIngest] as const,
      summary: 'Record a support ticket (or update the one with the same externalId)',
      request: { body: jsonBody(TicketInput) },
      responses: { 201: jsonContent(TicketSchema, 'Created'), 200: jsonContent(TicketSchema, 'Updated (externalId known)'), ...commonErrors, ...conflictError },
    }),
    async (c) => {
      const input = c.req.valid('json');
      const db = c.var.services.database.db;
      const [target] = await resolveOrThrow(db, [input], false);
      const [saved] = await db.transaction((tx) =>
        saveTickets(tx as unknown as Db, [{
          accountId: target!.accountId, contactId: target!.contactId ?? undefined, externalId: input.externalId ?? undefined, subject: input.subject,
          priority: input.priority, status: input.status, openedAt: toDate(input.openedAt) ?? undefined, closedAt: toDate(input.closedAt), csat: input.csat,
        }], actorOf(c.var.principal)),
      );
      await rescoreAfterCommit(c.var.services, [saved!.ticket.accountId]);
      return c.json(publicTicket(saved!.ticket), saved!.created ? 201 : 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get', path: '/tickets/{id}', tags, security: authenticated, middleware: [read] as const,
      summary: 'Get one ticket',
      request: { params: IdParam },
      responses: { 200: jsonContent(TicketSchema, 'The ticket'), ...commonErrors, ...notFoundError },
    }),
    async (c) => c.json(publicTicket(await getTicket(c.var.services.database.db, c.req.valid('param').id)), 200),
  );

  app.openapi(
    createRoute({
      method: 'patch', path: '/tickets/{id}', tags, security: authenticated, middleware: [writeOrIngest] as const,
      summary: 'Change a ticket: close it (closedAt defaults to now), reopen it, set priority or CSAT',
      request: { params: IdParam, body: jsonBody(TicketPatch) },
      responses: { 200: jsonContent(TicketSchema, 'The updated ticket'), ...commonErrors, ...notFoundError },
    }),
    async (c) => {
      const row = await updateTicket(c.var.services.database.db, c.req.valid('param').id, c.req.valid('json'), actorOf(c.var.principal));
      await rescoreAfterCommit(c.var.services, [row.accountId]);
      return c.json(publicTicket(row), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get', path: '/accounts/{id}/tickets', tags, security: authenticated, middleware: [read] as const,
      summary: "The account's tickets, newest first",
      request: { params: IdParam, query: TicketListQuery },
      responses: { 200: jsonContent(TicketPage, 'A page of tickets'), ...commonErrors, ...notFoundError },
    }),
    async (c) => {
      const db = c.var.services.database.db;
      const { id } = c.req.valid('param');
      const { page, pageSize, status } = c.req.valid('query');
      await getAccount(db, id);
      const { rows, total } = await listTickets(db, id, { status }, page, pageSize);
      return c.json({ data: rows.map(publicTicket), page: { page, pageSize, total } }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post', path: '/surveys', tags, security: authenticated, middleware: [writeOrIngest] as const,
      summary: 'Record an NPS (0–10) or CSAT (1–5) response, with its comment',
      request: { body: jsonBody(SurveyInput) },
      responses: { 201: jsonContent(SurveySchema, 'Created'), 200: jsonContent(SurveySchema, 'Updated (externalId known)'), ...commonErrors, ...conflictError },
    }),
    async (c) => {
      const input = c.req.valid('json');
      const db = c.var.services.database.db;
      const [target] = await resolveOrThrow(db, [input], false);
      const names = new Map(target!.contactId && target!.contactName ? [[target!.contactId, target!.contactName]] : []);
      const [saved] = await db.transaction((tx) =>
        saveSurveys(tx as unknown as Db, [{
          accountId: target!.accountId, contactId: target!.contactId, externalId: input.externalId ?? null, kind: input.kind, score: input.score,
          comment: input.comment ?? null, respondedAt: toDate(input.respondedAt) ?? new Date(),
        }], actorOf(c.var.principal), names),
      );
      await rescoreAfterCommit(c.var.services, [saved!.response.accountId]);
      return c.json(publicSurvey(saved!.response), saved!.created ? 201 : 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get', path: '/accounts/{id}/surveys', tags, security: authenticated, middleware: [read] as const,
      summary: "The account's NPS and CSAT responses, newest first",
      request: { params: IdParam, query: SurveyListQuery },
      responses: { 200: jsonContent(SurveyPage, 'A page of responses'), ...commonErrors, ...notFoundError },
    }),
    async (c) => {
      const db = c.var.services.database.db;
      const { id } = c.req.valid('param');
      const { page, pageSize, kind } = c.req.valid('query');
      await getAccount(db, id);
      const { rows, total } = await listSurveys(db, id, { kind }, page, pageSize);
      return c.json({ data: rows.map(publicSurvey), page: { page, pageSize, total } }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post', path: '/accounts/{id}/notes', tags, security: authenticated, middleware: [write] as const,
      summary: 'Add a note to an account; the author is the caller',
      request: { params: IdParam, body: jsonBody(NoteInput) },
      responses: { 201: jsonContent(NoteSchema, 'The note'), ...commonErrors, ...notFoundError },
    }),
    async (c) => {
      const db = c.var.services.database.db;
      const { id } = c.req.valid('param');
      await getAccount(db, id);
      const principal = c.var.principal;
      const [note] = await db.transaction((tx) => addNotes(tx as unknown as Db, [{ accountId: id, authorId: actorOf(principal), authorName: authorName(principal), body: c.req.valid('json').body }]));
      return c.json(publicNote({ ...note!, authorName: authorName(principal) }), 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get', path: '/accounts/{id}/notes', tags, security: authenticated, middleware: [read] as const,
      summary: "The account's notes, newest first",
      request: { params: IdParam, query: PagingQuery },
      responses: { 200: jsonContent(NotePage, 'A page of notes'), ...commonErrors, ...notFoundError },
    }),
    async (c) => {
      const db = c.var.services.database.db;
      const { id } = c.req.valid('param');
      const { page, pageSize } = c.req.valid('query');
      await getAccount(db, id);
      const { rows, total } = await listNotes(db, id, page, pageSize);
      return c.json({ data: rows.map(publicNote), page: { page, pageSize, total } }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post', path: '/accounts/{id}/contact-changes', tags, security: authenticated, middleware: [writeOrIngest] as const,
      summary: 'Record a relationship change: a contact left, or gained or gave up a role (champion, executive sponsor…)',
      request: { params: IdParam, body: jsonBody(ContactChangeInput) },
      responses: { 200: jsonContent(ContactChangeResult, 'The contact after the change'), ...commonErrors, ...notFoundError },
    }),
    async (c) => {
      const db = c.var.services.database.db;
      const { id } = c.req.valid('param');
      await getAccount(db, id);
      const { contact, changed } = await applyContactChange(db, id, c.req.valid('json'), actorOf(c.var.principal));
      if (changed) await rescoreAfterCommit(c.var.services, [id]);
      return c.json({ contact: publicContact(contact), changed }, 200);
    },
  );

  return app;
}
