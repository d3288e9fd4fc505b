import { createRoute } from '@hono/zod-openapi';
import { inArray } from 'drizzle-orm';
import { utcToday } from '../../../core/metrics/days.ts';
import { requirePermission, requirePrincipal } from '../../http/auth-middleware.ts';
import { errors } from '../../http/errors.ts';
import { authenticated, commonErrors, conflictError, jsonBody, jsonContent, notFoundError } from '../../http/openapi.ts';
import type { createRouter } from '../../http/router.ts';
import type { Db } from '../../db/client.ts';
import {
  CancelBody, ChecklistBody, ChecklistParam, CompleteBody, ReassignBody, SkipBody, SnoozeBody, StepChangeSchema, StepIdParam, StepSchema, WorklistQuery, WorklistSchema,
} from './api-schemas.ts';
import { requestWebhooks } from './jobs.ts';
import { actorFrom } from './permissions.ts';
import { playState } from './play-views.ts';
import { playSteps } from './schema.ts';
import { selectStepViews } from './step-views.ts';
import { changeStep, setChecklistItem } from './transitions.ts';
import type { StepAction, StepChange } from './transitions.ts';
import { listWorklist } from './worklist.ts';

type Router = ReturnType<typeof createRouter>;
const tags = ['Steps'];
const write = requirePermission('write');

async function stepViews(db: Db, ids: string[], today: string) {
  if (!ids.length) return [];
  const views = await selectStepViews(db, { where: inArray(playSteps.id, ids), orderBy: [] }, today);
  return ids.map((id) => views.find((view) => view.id === id)!).filter(Boolean);
}

async function changeView(db: Db, change: StepChange, today: string) {
  const [step, ...opened] = await stepViews(db, [change.stepId, ...change.openedStepIds], today);
  return { step: step!, opened, play: await playState(db, change.playId) };
}

const TRANSITIONS = [
  { name: 'complete', body: CompleteBody, summary: 'Complete a step (a decision needs its answer); opens what follows', description: 'A decision answered with an answer it does not offer gives 400 naming the answers it accepts.' },
  { name: 'skip', body: SkipBody, summary: 'Skip a step, saying why (the reason is required); opens what follows', description: 'Decisions cannot be skipped: answer them.' },
  { name: 'snooze', body: SnoozeBody, summary: 'Hide a step until a day after today; it comes back open that day', description: '' },
  { name: 'reassign', body: ReassignBody, summary: 'Hand a step to another active user', description: '' },
  { name: 'cancel', body: CancelBody, summary: 'Cancel a step that does not apply; the flow goes on past it', description: '' },
] as const;

export function registerStepRoutes(app: Router) {
  app.openapi(
    createRoute({
      method: 'get', path: '/me/steps', tags: ['Worklist'], security: authenticated, middleware: [write] as const,
      summary: 'My steps: due today (and overdue), overdue, or upcoming, in worklist order',
      description: 'Managers and admins may pass userId for anyone\'s steps, or team=true for their team\'s (an admin\'s team is everyone). A CSM asking for someone else\'s gets 403; viewers have no worklist (403).',
      request: { query: WorklistQuery },
      responses: { 200: jsonContent(WorklistSchema, 'The steps, with counts for every view'), ...commonErrors },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const actor = actorFrom(requirePrincipal(c));
      return c.json(await listWorklist(c.var.services.database.db, actor, { ...q, today: utcToday() }), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get', path: '/steps/{id}', tags, security: authenticated, middleware: [requirePermission('read')] as const,
      summary: 'One step with its account, play, draft and decision',
      request: { params: StepIdParam },
      responses: { 200: jsonContent(StepSchema, 'The step'), ...commonErrors, ...notFoundError },
    }),
    async (c) => {
      const [step] = await stepViews(c.var.services.database.db, [c.req.valid('param').id], utcToday());
      if (!step) throw errors.notFound(`Step ${c.req.valid('param').id}`);
      return c.json(step, 200);
    },
  );

  for (const transition of TRANSITIONS) {
    app.openapi(
      createRoute({
        method: 'post', path: `/steps/{id}/${transition.name}`, tags, security: authenticated, middleware: [write] as const,
        summary: transition.summary,
        description: `${transition.description} The step's owner, their manager, and managers and admins may do this (else 403). A step that is not open or snoozed gives 409 step_not_open with its state. Recorded in the audit trail.`.trim(),
        request: { params: StepIdParam, body: jsonBody(transition.body) },
        responses: { 200: jsonContent(StepChangeSchema, 'The step, the steps it opened, and the play'), ...commonErrors, ...notFoundError, ...conflictError },
      }),
      async (c) => {
        const { db } = c.var.services.database;
        const today = utcToday();
        const action = { type: transition.name, ...(c.req.valid('json') as object) } as StepAction;
        const change = await changeStep(db, c.req.valid('param').id, action, actorFrom(requirePrincipal(c)), { today });
        await requestWebhooks(c.var.services.jobs, change.webhookStepIds);
        return c.json(await changeView(db, change, today), 200);
      },
    );
  }

  app.openapi(
    createRoute({
      method: 'patch', path: '/steps/{id}/checklist/{index}', tags, security: authenticated, middleware: [write] as const,
      summary: 'Tick or untick one checklist item of an open step',
      request: { params: ChecklistParam, body: jsonBody(ChecklistBody) },
      responses: { 200: jsonContent(StepSchema, 'The step'), ...commonErrors, ...notFoundError, ...conflictError },
    }),
    async (c) => {
      const { db } = c.var.services.database;
      const { id, index } = c.req.valid('param');
      await setChecklistItem(db, id, index, c.req.valid('json').done, actorFrom(requirePrincipal(c)));
      const [step] = await stepViews(db, [id], utcToday());
      return c.json(step!, 200);
    },
  );
}
