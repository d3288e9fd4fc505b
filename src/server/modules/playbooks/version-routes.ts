import { createRoute } from '@hono/zod-openapi';
import { requirePermission, requirePrincipal } from '../../http/auth-middleware.ts';
import { AppError, errors } from '../../http/errors.ts';
import { authenticated, commonErrors, conflictError, jsonBody, jsonContent, notFoundError } from '../../http/openapi.ts';
import {
  DiffQuery, DiffSchema, DraftBodySchema, DraftSavedSchema, DraftSchema, FeedbackBodySchema, FeedbackListSchema, FeedbackSavedSchema,
  PilotBodySchema, PilotSchema, PlaybookIdParam, PlaybookRowSchema, PublishBodySchema, PublishedSchema, RevertBodySchema, StatusBodySchema,
  VersionListSchema, VersionParam, VersionSchema,
} from './api-schemas.ts';
import { giveFeedback, listFeedback } from './feedback-service.ts';
import { errorsIn } from './library-files.ts';
import { diffVersions, listVersions } from './library-service.ts';
import { getPilot, publicPilot, removePilot, setPilot } from './pilot-service.ts';
import { publicProblem } from './problems.ts';
import type { PlaybookRouter } from './route-helpers.ts';
import { actorOf } from './route-helpers.ts';
import { changeStatus } from './status-service.ts';
import { getVersionRow, publicPlaybookRow, publicVersion } from './store.ts';
import { discardDraft, getDraft, publicDraft, publishDraft, revertToVersion, saveDraft } from './versions-service.ts';

const read = requirePermission('read');
const write = requirePermission('write');
const manage = requirePermission('playbooks:manage');
const tags = ['Playbook versions'];
const sizeError = { 413: { description: 'The playbook or a template is larger than 1 MB' } } as const;

export function registerVersionRoutes(app: PlaybookRouter) {
  app.openapi(
    createRoute({
      method: 'get', path: '/playbooks/{id}/versions', tags, security: authenticated, middleware: [read] as const,
      summary: 'Published versions, newest first, with who published them and when',
      request: { params: PlaybookIdParam },
      responses: { 200: jsonContent(VersionListSchema, 'The versions'), ...commonErrors, ...notFoundError },
    }),
    async (c) => c.json({ versions: await listVersions(c.var.services.database.db, c.req.valid('param').id) }, 200),
  );

  app.openapi(
    createRoute({
      method: 'get', path: '/playbooks/{id}/versions/{n}', tags, security: authenticated, middleware: [read] as const,
      summary: 'One published version with its file, templates and parsed playbook',
      request: { params: VersionParam },
      responses: { 200: jsonContent(VersionSchema, 'The version'), ...commonErrors, ...notFoundError },
    }),
    async (c) => {
      const { id, n } = c.req.valid('param');
      return c.json(publicVersion(await getVersionRow(c.var.services.database.db, id, n), { content: true }), 200);
    },
  );

  // Versions are immutable; say so plainly instead of answering "no route".
  app.on(['PUT', 'PATCH', 'DELETE', 'POST'], '/playbooks/:id/versions/:n', (c) => {
    const id = c.req.param('id');
    throw new AppError(
      405,
      'version_immutable',
      `Published versions cannot be changed. Edit the draft (PUT /api/playbooks/${id}/draft) and publish it as a new version, or revert (POST /api/playbooks/${id}/revert).`,
      undefined,
      { Allow: 'GET' },
    );
  });

  app.openapi(
    createRoute({
      method: 'get', path: '/playbooks/{id}/draft', tags, security: authenticated, middleware: [manage] as const,
      summary: 'The saved draft, or a new one from the latest version (saved: false)',
      request: { params: PlaybookIdParam },
      responses: { 200: jsonContent(DraftSchema, 'The draft'), ...commonErrors, ...notFoundError },
    }),
    async (c) => c.json(await getDraft(c.var.services.database.db, c.req.valid('param').id), 200),
  );

  app.openapi(
    createRoute({
      method: 'put', path: '/playbooks/{id}/draft', tags, security: authenticated, middleware: [manage] as const,
      summary: 'Save the draft (creating the playbook when the id is new); returns its lint problems',
      request: { params: PlaybookIdParam, body: jsonBody(DraftBodySchema) },
      responses: {
        200: jsonContent(DraftSavedSchema, 'The saved draft and every problem lint finds in it'),
        201: jsonContent(DraftSavedSchema, 'A new playbook with its first draft'),
        ...commonErrors, ...notFoundError, ...conflictError, ...sizeError,
      },
    }),
    async (c) => {
      const saved = await saveDraft(c.var.services.database.db, c.req.valid('param').id, c.req.valid('json'), actorOf(c.var.principal));
      const body = { draft: publicDraft(saved.draft), problems: saved.problems.map(publicProblem), errorCount: errorsIn(saved.problems).length };
      return saved.created ? c.json(body, 201) : c.json(body, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete', path: '/playbooks/{id}/draft', tags, security: authenticated, middleware: [manage] as const,
      summary: 'Discard the draft',
      request: { params: PlaybookIdParam },
      responses: { 204: { description: 'Discarded' }, ...commonErrors, ...notFoundError },
    }),
    async (c) => {
      await discardDraft(c.var.services.database.db, c.req.valid('param').id);
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'post', path: '/playbooks/{id}/publish', tags, security: authenticated, middleware: [manage] as const,
      summary: 'Publish the draft as a new immutable version',
      description:
        'Needs a changelog note (400 naming changelog) and the version the draft is based on: when someone published in between, 409 stale_draft asks you to rebase the draft. A draft with lint errors gives 400 lint_failed. inFlight: "migrate" moves open plays to the new version in the same transaction.',
      request: { params: PlaybookIdParam, body: jsonBody(PublishBodySchema) },
      responses: { 201: jsonContent(PublishedSchema, 'The new version'), ...commonErrors, ...notFoundError, ...conflictError },
    }),
    async (c) => {
      const result = await publishDraft(c.var.services.database.db, c.req.valid('param').id, c.req.valid('json'), actorOf(c.var.principal));
      return c.json({ playbook: publicPlaybookRow(result.playbook), version: publicVersion(result.version), inFlight: result.inFlight }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'post', path: '/playbooks/{id}/revert', tags, security: authenticated, middleware: [manage] as const,
      summary: "Publish an old version's content as a new version",
      request: { params: PlaybookIdParam, body: jsonBody(RevertBodySchema) },
      responses: { 201: jsonContent(PublishedSchema, 'The new version'), ...commonErrors, ...notFoundError, ...conflictError },
    }),
    async (c) => {
      const result = await revertToVersion(c.var.services.database.db, c.req.valid('param').id, c.req.valid('json'), actorOf(c.var.principal));
      return c.json({ playbook: publicPlaybookRow(result.playbook), version: publicVersion(result.version) }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'post', path: '/playbooks/{id}/status', tags, security: authenticated, middleware: [manage] as const,
      summary: 'Move the playbook along draft → pilot → active → retired (or roll out another version of an active one)',
      request: { params: PlaybookIdParam, body: jsonBody(StatusBodySchema) },
      responses: { 200: jsonContent(PlaybookRowSchema, 'The playbook'), ...commonErrors, ...notFoundError, ...conflictError },
    }),
    async (c) => c.json(publicPlaybookRow(await changeStatus(c.var.services.database.db, c.req.valid('param').id, c.req.valid('json'))), 200),
  );

  app.openapi(
    createRoute({
      method: 'get', path: '/playbooks/{id}/diff', tags, security: authenticated, middleware: [read] as const,
      summary: 'What changed between two versions: structured (fields, steps, templates) and as unified text',
      request: { params: PlaybookIdParam, query: DiffQuery },
      responses: { 200: jsonContent(DiffSchema, 'The differences'), ...commonErrors, ...notFoundError },
    }),
    async (c) => {
      const { from, to } = c.req.valid('query');
      return c.json(await diffVersions(c.var.services.database.db, c.req.valid('param').id, from, to), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get', path: '/playbooks/{id}/pilot', tags, security: authenticated, middleware: [read] as const,
      summary: 'Who pilots which version, and when',
      request: { params: PlaybookIdParam },
      responses: { 200: jsonContent(PilotSchema, 'The pilot'), ...commonErrors, ...notFoundError },
    }),
    async (c) => c.json(publicPilot(await getPilot(c.var.services.database.db, c.req.valid('param').id)), 200),
  );

  app.openapi(
    createRoute({
      method: 'put', path: '/playbooks/{id}/pilot', tags, security: authenticated, middleware: [manage] as const,
      summary: 'Set the pilot: a version for named CSMs between two dates (inclusive)',
      request: { params: PlaybookIdParam, body: jsonBody(PilotBodySchema) },
      responses: { 200: jsonContent(PilotSchema, 'The pilot'), ...commonErrors, ...notFoundError, ...conflictError },
    }),
    async (c) => c.json(publicPilot(await setPilot(c.var.services.database.db, c.req.valid('param').id, c.req.valid('json'), actorOf(c.var.principal))), 200),
  );

  app.openapi(
    createRoute({
      method: 'delete', path: '/playbooks/{id}/pilot', tags, security: authenticated, middleware: [manage] as const,
      summary: 'Remove the pilot',
      request: { params: PlaybookIdParam },
      responses: { 204: { description: 'Removed' }, ...commonErrors, ...notFoundError, ...conflictError },
    }),
    async (c) => {
      await removePilot(c.var.services.database.db, c.req.valid('param').id);
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'post', path: '/playbooks/{id}/versions/{n}/feedback', tags, security: authenticated, middleware: [write] as const,
      summary: 'Rate a version 1–5 with an optional comment (one rating per person per version; a new one replaces it)',
      request: { params: VersionParam, body: jsonBody(FeedbackBodySchema) },
      responses: { 201: jsonContent(FeedbackSavedSchema, 'The feedback as stored'), ...commonErrors, ...notFoundError },
    }),
    async (c) => {
      const principal = requirePrincipal(c);
      if (principal.kind !== 'user') throw errors.forbidden('Feedback comes from a person: sign in to rate a version (API tokens cannot)');
      const { id, n } = c.req.valid('param');
      const row = await giveFeedback(c.var.services.database.db, id, n, principal.id, c.req.valid('json'));
      return c.json({ version: row.version, rating: row.rating, comment: row.comment, at: row.updatedAt.toISOString() }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get', path: '/playbooks/{id}/versions/{n}/feedback', tags, security: authenticated, middleware: [read] as const,
      summary: "A version's feedback with its average rating",
      request: { params: VersionParam },
      responses: { 200: jsonContent(FeedbackListSchema, 'The feedback'), ...commonErrors, ...notFoundError },
    }),
    async (c) => {
      const { id, n } = c.req.valid('param');
      return c.json({ versions: await listFeedback(c.var.services.database.db, id, n) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get', path: '/playbooks/{id}/feedback', tags, security: authenticated, middleware: [read] as const,
      summary: 'Feedback on every version, newest version first, each with its average rating',
      request: { params: PlaybookIdParam },
      responses: { 200: jsonContent(FeedbackListSchema, 'The feedback, per version'), ...commonErrors, ...notFoundError },
    }),
    async (c) => c.json({ versions: await listFeedback(c.var.services.database.db, c.req.valid('param').id) }, 200),
  );
}
