import { createRoute } from '@hono/zod-openapi';
import { utcToday } from '../../../core/metrics/days.ts';
import { requirePermission, requirePrincipal } from '../../http/auth-middleware.ts';
import { IdParam, authenticated, commonErrors, conflictError, jsonBody, jsonContent, notFoundError } from '../../http/openapi.ts';
import type { createRouter } from '../../http/router.ts';
import { PlaybookIdParam } from '../playbooks/api-schemas.ts';
import { AbandonBody, OutcomesSchema, PlayDetailSchema, PlayListSchema, PlaybookPlaysPage, PlaybookPlaysQuery, StartPlayBody } from './api-schemas.ts';
import { requestWebhooks } from './jobs.ts';
import { startManualPlay } from './manual-start.ts';
import { abandonPlay, playbookOutcomes } from './outcomes.ts';
import { actorFrom } from './permissions.ts';
import { getPlayDetail, listAccountPlays, listPlaybookPlays } from './play-views.ts';

type Router = ReturnType<typeof createRouter>;
const tags = ['Plays'];
const read = requirePermission('read');
const write = requirePermission('write');

export function registerPlayRoutes(app: Router) {
  app.openapi(
    createRoute({
      method: 'post', path: '/plays', tags, security: authenticated, middleware: [write] as const,
      summary: 'Start a playbook on an account by hand',
      description: 'Any active playbook, at the version that applies to you (its pilot version if you are in its pilot group). 409 playbook_not_active for drafts and retired playbooks; 409 play_already_open (details.playId) when the account has an open play of it.',
      request: { body: jsonBody(StartPlayBody) },
      responses: { 201: jsonContent(PlayDetailSchema, 'The new play'), ...commonErrors, ...notFoundError, ...conflictError },
    }),
    async (c) => {
      const { db } = c.var.services.database;
      const today = utcToday();
      const started = await startManualPlay(db, c.req.valid('json'), actorFrom(requirePrincipal(c)), { today });
      if (started.started) await requestWebhooks(c.var.services.jobs, started.webhookStepIds);
      return c.json(await getPlayDetail(db, started.playId!, today), 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get', path: '/plays/{id}', tags, security: authenticated, middleware: [read] as const,
      summary: 'One play: its steps, the audit trail of their transitions, milestones and outcome',
      request: { params: IdParam },
      responses: { 200: jsonContent(PlayDetailSchema, 'The play'), ...commonErrors, ...notFoundError },
    }),
    async (c) => c.json(await getPlayDetail(c.var.services.database.db, c.req.valid('param').id, utcToday()), 200),
  );

  app.openapi(
    createRoute({
      method: 'post', path: '/plays/{id}/abandon', tags, security: authenticated, middleware: [write] as const,
      summary: 'Close a play by hand as abandoned, saying why',
      description: 'The reason is required (400 naming reason). Remaining steps are cancelled. 409 play_closed when it is already closed.',
      request: { params: IdParam, body: jsonBody(AbandonBody) },
      responses: { 200: jsonContent(PlayDetailSchema, 'The closed play'), ...commonErrors, ...notFoundError, ...conflictError },
    }),
    async (c) => {
      const { db } = c.var.services.database;
      const { id } = c.req.valid('param');
      await abandonPlay(db, id, c.req.valid('json').reason, actorFrom(requirePrincipal(c)));
      return c.json(await getPlayDetail(db, id, utcToday()), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get', path: '/accounts/{id}/plays', tags, security: authenticated, middleware: [read] as const,
      summary: "An account's plays, open first, each with its steps, checklists and outcome",
      request: { params: IdParam },
      responses: { 200: jsonContent(PlayListSchema, 'The plays'), ...commonErrors, ...notFoundError },
    }),
    async (c) => c.json({ data: await listAccountPlays(c.var.services.database.db, c.req.valid('param').id, utcToday()) }, 200),
  );

  app.openapi(
    createRoute({
      method: 'get', path: '/playbooks/{id}/plays', tags, security: authenticated, middleware: [read] as const,
      summary: "A playbook's plays, newest first, with step counts by state",
      request: { params: PlaybookIdParam, query: PlaybookPlaysQuery },
      responses: { 200: jsonContent(PlaybookPlaysPage, 'A page of plays'), ...commonErrors, ...notFoundError },
    }),
    async (c) => c.json(await listPlaybookPlays(c.var.services.database.db, c.req.valid('param').id, c.req.valid('query')), 200),
  );

  app.openapi(
    createRoute({
      method: 'get', path: '/playbooks/{id}/outcomes', tags, security: authenticated, middleware: [read] as const,
      summary: 'Treated vs control plays per version, counted by outcome',
      description: 'Per version (newest first) and over all versions: open, success, failure and abandoned plays, for treated accounts and for held-out (control) ones.',
      request: { params: PlaybookIdParam },
      responses: { 200: jsonContent(OutcomesSchema, 'The counts'), ...commonErrors, ...notFoundError },
    }),
    async (c) => c.json(await playbookOutcomes(c.var.services.database.db, c.req.valid('param').id), 200),
  );
}
