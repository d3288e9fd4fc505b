import { createRoute } from '@hono/zod-openapi';
import { createRouter } from '../../http/router.ts';

import { requirePermission } from '../../http/auth-middleware.ts';
import type { AppEnv, Principal } from '../../http/env.ts';
import { IdParam, PagingQuery, authenticated, commonErrors, conflictError, jsonBody, jsonContent, notFoundError } from '../../http/openapi.ts';
import {
  AccountInputSchema, AccountListQuery, AccountPage, AccountPatchSchema, AccountSchema,
  ContactInputSchema, ContactListQuery, ContactPage, ContactPatchSchema, ContactSchema, TimelinePage,
} from './api-schemas.ts';
import { createContact, deleteContact, getContact, listContacts, publicContact, updateContact } from './contacts-service.ts';
import { listAccounts } from './account-list.ts';
import type { AccountSortKey } from './account-list.ts';
import { createAccount, deleteAccount, getAccount, publicAccount, updateAccount } from './service.ts';
import type { HealthTier } from '../../../core/health/model.ts';
import { listTimeline, publicTimelineEvent } from './timeline.ts';

export function actorOf(principal: Principal | undefined): string | null {
  if (!principal) return null;
  return principal.kind === 'user' ? principal.id : principal.createdBy;
}

const read = requirePermission('read');
const write = requirePermission('write');
const accountsTag = ['Accounts'];
const contactsTag = ['Contacts'];

export function accountRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({
      method: 'get', path: '/accounts', tags: accountsTag, security: authenticated, middleware: [read] as const,
      summary: 'List accounts with paging, sorting and filters',
      request: { query: AccountListQuery },
      responses: { 200: jsonContent(AccountPage, 'A page of accounts'), ...commonErrors },
    }),
    async (c) => {
      const { sort, page, pageSize, ...filter } = c.req.valid('query');
      const { rows, total } = await listAccounts(c.var.services.database.db, {
        filter,
        sort: sort.replace(/^-/, '') as AccountSortKey,
        descending: sort.startsWith('-'),
        page,
        pageSize,
      });
      const data = rows.map((row) => ({ ...publicAccount(row), healthScore: row.healthScore, healthTier: row.healthTier as HealthTier | null }));
      return c.json({ data, page: { page, pageSize, total } }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post', path: '/accounts', tags: accountsTag, security: authenticated, middleware: [write] as const,
      summary: 'Create an account',
      request: { body: jsonBody(AccountInputSchema) },
      responses: { 201: jsonContent(AccountSchema, 'The created account'), ...commonErrors, ...conflictError },
    }),
    async (c) => {
      const row = await createAccount(c.var.services.database.db, c.req.valid('json'), actorOf(c.var.principal));
      return c.json(publicAccount(row), 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get', path: '/accounts/{id}', tags: accountsTag, security: authenticated, middleware: [read] as const,
      summary: 'Get one account',
      request: { params: IdParam },
      responses: { 200: jsonContent(AccountSchema, 'The account'), ...commonErrors, ...notFoundError },
    }),
    async (c) => c.json(publicAccount(await getAccount(c.var.services.database.db, c.req.valid('param').id)), 200),
  );

  app.openapi(
    createRoute({
      method: 'patch', path: '/accounts/{id}', tags: accountsTag, security: authenticated, middleware: [write] as const,
      summary: 'Change some fields of an account',
      request: { params: IdParam, body: jsonBody(AccountPatchSchema) },
      responses: { 200: jsonContent(AccountSchema, 'The updated account'), ...commonErrors, ...notFoundError, ...conflictError },
    }),
    async (c) => {
      const row = await updateAccount(c.var.services.database.db, c.req.valid('param').id, c.req.valid('json'), actorOf(c.var.principal));
      return c.json(publicAccount(row), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete', path: '/accounts/{id}', tags: accountsTag, security: authenticated, middleware: [write] as const,
      summary: 'Delete an account with its contacts and timeline',
      request: { params: IdParam },
      responses: { 204: { description: 'Deleted' }, ...commonErrors, ...notFoundError },
    }),
    async (c) => {
      await deleteAccount(c.var.services.database.db, c.req.valid('param').id);
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'get', path: '/accounts/{id}/timeline', tags: accountsTag, security: authenticated, middleware: [read] as const,
      summary: "The account's timeline, newest first",
      request: { params: IdParam, query: PagingQuery },
      responses: { 200: jsonContent(TimelinePage, 'A page of timeline events'), ...commonErrors, ...notFoundError },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const { page, pageSize } = c.req.valid('query');
      await getAccount(c.var.services.database.db, id);
      const { rows, total } = await listTimeline(c.var.services.database.db, id, page, pageSize);
      return c.json({ data: rows.map(publicTimelineEvent), page: { page, pageSize, total } }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get', path: '/contacts', tags: contactsTag, security: authenticated, middleware: [read] as const,
      summary: 'List contacts, filtered by account, role, status or text',
      request: { query: ContactListQuery },
      responses: { 200: jsonContent(ContactPage, 'A page of contacts'), ...commonErrors },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const { rows, total } = await listContacts(c.var.services.database.db, q, q.page, q.pageSize);
      return c.json({ data: rows.map(publicContact), page: { page: q.page, pageSize: q.pageSize, total } }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post', path: '/contacts', tags: contactsTag, security: authenticated, middleware: [write] as const,
      summary: 'Create a contact on an account',
      request: { body: jsonBody(ContactInputSchema) },
      responses: { 201: jsonContent(ContactSchema, 'The created contact'), ...commonErrors, ...conflictError },
    }),
    async (c) => c.json(publicContact(await createContact(c.var.services.database.db, c.req.valid('json'), actorOf(c.var.principal))), 201),
  );

  app.openapi(
    createRoute({
      method: 'get', path: '/contacts/{id}', tags: contactsTag, security: authenticated, middleware: [read] as const,
      summary: 'Get one contact',
      request: { params: IdParam },
      responses: { 200: jsonContent(ContactSchema, 'The contact'), ...commonErrors, ...notFoundError },
    }),
    async (c) => c.json(publicContact(await getContact(c.var.services.database.db, c.req.valid('param').id)), 200),
  );

  app.openapi(
    createRoute({
      method: 'patch', path: '/contacts/{id}', tags: contactsTag, security: authenticated, middleware: [write] as const,
      summary: 'Change a contact: roles, status (a champion leaving), details',
      request: { params: IdParam, body: jsonBody(ContactPatchSchema) },
      responses: { 200: jsonContent(ContactSchema, 'The updated contact'), ...commonErrors, ...notFoundError, ...conflictError },
    }),
    async (c) => {
      const row = await updateContact(c.var.services.database.db, c.req.valid('param').id, c.req.valid('json'), actorOf(c.var.principal));
      return c.json(publicContact(row), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete', path: '/contacts/{id}', tags: contactsTag, security: authenticated, middleware: [write] as const,
      summary: 'Delete a contact',
      request: { params: IdParam },
      responses: { 204: { description: 'Deleted' }, ...commonErrors, ...notFoundError },
    }),
    async (c) => {
      await deleteContact(c.var.services.database.db, c.req.valid('param').id);
      return c.body(null, 204);
    },
  );

  return app;
}

