import { and, asc, eq, gt, isNull, lt, lte, notInArray, or, sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import { addDays } from '../../../core/conditions/dates.ts';
import { AUTOMATIC_KINDS } from '../../../core/plays/index.ts';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/client.ts';
import { errors } from '../../http/errors.ts';
import { accounts } from '../accounts/schema.ts';
import { users } from '../users/schema.ts';
import type { Actor } from './permissions.ts';
import { playSteps, plays } from './schema.ts';
import { selectStepViews } from './step-views.ts';

export const WORKLIST_VIEWS = ['today', 'overdue', 'upcoming'] as const;
export type WorklistView = (typeof WORKLIST_VIEWS)[number];

export interface WorklistRequest {
  view: WorklistView;
  /** Someone else's worklist (managers and admins only). */
  userId?: string;
  /** The whole team: a manager's reports and themselves; for an admin, everyone. */
  team?: boolean;
  /** How far ahead `upcoming` looks, in days. */
  days: number;
  today: string;
  limit: number;
}

function ownerScope(actor: Actor, request: WorklistRequest): { where: SQL | undefined; scope: { userId: string | null; team: boolean } } {
  if (request.team) {
    if (!actor.privileged) throw errors.forbidden("Only managers and admins can see the team's steps");
    if (actor.admin || !actor.id) return { where: undefined, scope: { userId: null, team: true } };
    const team = sql`(select ${users.id} from ${users} where ${users.managerId} = ${actor.id} or ${users.id} = ${actor.id})`;
    return { where: sql`${playSteps.ownerId} in ${team}`, scope: { userId: actor.id, team: true } };
  }
  const userId = request.userId ?? actor.id;
  if (!userId) throw errors.validation([{ path: 'query.userId', message: 'is required for an API token: whose steps? (or team=true)' }]);
  if (userId !== actor.id && !actor.privileged) throw errors.forbidden("CSMs see their own steps; only managers and admins can see someone else's");
  return { where: eq(playSteps.ownerId, userId), scope: { userId, team: false } };
}

function viewFilters(today: string, days: number): Record<WorklistView, SQL> {
  const open = eq(playSteps.state, 'open');
  return {
    today: and(open, or(isNull(playSteps.dueOn), lte(playSteps.dueOn, today)))!,
    overdue: and(open, lt(playSteps.dueOn, today))!,
    upcoming: or(and(open, gt(playSteps.dueOn, today), lte(playSteps.dueOn, addDays(today, days))), eq(playSteps.state, 'snoozed'))!,
  };
}

/**
 * The steps someone should work on, in the order a worklist groups them (due day, account,
 * play, position), with the counts of every view for the tabs. Only people's steps: the
 * engine's own (waits, actions) never show up here.
 */
export async function listWorklist(db: Db, actor: Actor, request: WorklistRequest) {
  const { where: owners, scope } = ownerScope(actor, request);
  const base = and(eq(plays.status, 'open'), notInArray(playSteps.kind, [...AUTOMATIC_KINDS]), owners);
  const filters = viewFilters(request.today, request.days);
  const [steps, [counts]] = await Promise.all([
    selectStepViews(
      db,
      {
        where: and(base, filters[request.view]),
        orderBy: [sql`${playSteps.dueOn} asc nulls last`, sql`lower(${accounts.name})`, asc(plays.accountId), asc(plays.startedAt), asc(playSteps.playId), asc(playSteps.position)],
        limit: request.limit,
      },
      request.today,
    ),
    queryRows<{ today: number; overdue: number; upcoming: number }>(
      db,
      sql`select count(*) filter (where ${filters.today})::int as today, count(*) filter (where ${filters.overdue})::int as overdue,
                 count(*) filter (where ${filters.upcoming})::int as upcoming
          from ${playSteps} join ${plays} on ${plays.id} = ${playSteps.playId} where ${base}`,
    ),
  ]);
  return { view: request.view, today: request.today, ...scope, counts: counts!, steps };
}
