import { eq } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import { daysBetween } from '../../../core/metrics/days.ts';
import { decisionAnswers, htmlUnescape, isOverdue, mailtoHref } from '../../../core/plays/index.ts';
import { END_STEP } from '../../../core/playbook/index.ts';
import type { Action } from '../../../core/playbook/index.ts';
import type { Db } from '../../db/client.ts';
import { accounts } from '../accounts/schema.ts';
import { healthScores } from '../health/schema.ts';
import { users } from '../users/schema.ts';
import { playSteps, plays } from './schema.ts';
import type { PlayVersion } from './versions.ts';
import { loadVersions, versionKey } from './versions.ts';

const columns = {
  step: playSteps,
  play: { id: plays.id, playbookId: plays.playbookId, version: plays.version, accountId: plays.accountId, startedOn: plays.startedOn, status: plays.status, control: plays.control },
  account: { id: accounts.id, name: accounts.name, renewalDate: accounts.renewalDate },
  health: { tier: healthScores.tier, score: healthScores.score },
  ownerName: users.name,
};

export interface StepQuery {
  where?: SQL;
  orderBy: SQL[];
  limit?: number;
}

type StepJoinRow = {
  step: typeof playSteps.$inferSelect;
  play: { id: string; playbookId: string; version: number; accountId: string; startedOn: string; status: string; control: boolean };
  account: { id: string; name: string; renewalDate: string | null };
  health: { tier: string; score: number } | null;
  ownerName: string | null;
};

/** Steps with what a worklist shows beside each: account, health, play, and the step's definition. */
export async function selectStepViews(db: Db, query: StepQuery, today: string) {
  const base = db
    .select(columns)
    .from(playSteps)
    .innerJoin(plays, eq(plays.id, playSteps.playId))
    .innerJoin(accounts, eq(accounts.id, plays.accountId))
    .leftJoin(healthScores, eq(healthScores.accountId, plays.accountId))
    .leftJoin(users, eq(users.id, playSteps.ownerId))
    .where(query.where)
    .orderBy(...query.orderBy);
  const rows = (query.limit ? await base.limit(query.limit) : await base) as StepJoinRow[];
  const versions = await loadVersions(db, rows.map((row) => ({ playbookId: row.play.playbookId, version: row.play.version })));
  return rows.map((row) => stepView(row, versions.get(versionKey(row.play.playbookId, row.play.version))!, today));
}

export type StepView = ReturnType<typeof stepView>;

function draftView(rendered: NonNullable<StepJoinRow['step']['rendered']>) {
  const email = rendered.kind === 'email';
  const text = email ? htmlUnescape(rendered.body) : rendered.body;
  return {
    kind: rendered.kind,
    subject: rendered.subject ?? null,
    body: rendered.body,
    text,
    to: rendered.to ?? null,
    mailto: email ? mailtoHref(rendered.to, rendered.subject, text) : null,
  };
}

/** An action's settings, flattened so that one shape describes every action type. */
function actionView(action: Action): { type: string; url?: string; tag?: string; field?: string; value?: string | number | boolean | null; to?: string; message?: string } {
  return { ...action };
}

export function stepView(row: StepJoinRow, version: PlayVersion, today: string) {
  const s = row.step;
  // A step a later version dropped has no definition there; its row still tells its story.
  const def = version.stepsById.get(s.stepId);
  const overdue = isOverdue(s.state, s.dueOn, today);
  const wait = def?.wait;
  const action = def?.action;
  return {
    id: s.id,
    playId: s.playId,
    stepId: s.stepId,
    position: s.position,
    kind: s.kind,
    title: s.title,
    description: def?.description ?? null,
    channel: def?.channel ?? null,
    uses: def?.uses ?? [],
    state: s.state,
    ownerRole: s.ownerRole,
    ownerId: s.ownerId,
    ownerName: row.ownerName,
    ownerRule: s.ownerRule,
    dueOn: s.dueOn,
    overdue,
    daysOverdue: overdue ? daysBetween(s.dueOn!, today) : 0,
    snoozedUntil: s.snoozedUntil,
    openedAt: s.openedAt?.toISOString() ?? null,
    finishedAt: s.finishedAt?.toISOString() ?? null,
    answer: s.answer,
    outcome: s.outcome,
    notes: s.notes,
    skipReason: s.skipReason,
    checklist: s.checklist,
    draft: s.rendered ? draftView(s.rendered) : null,
    renderError: s.renderError,
    decision:
      def?.kind === 'decision'
        ? {
            question: def.question ?? def.title,
            answers: decisionAnswers(def).map((answer) => {
              const next = def.branches![answer]!;
              return { answer, next, nextTitle: next === END_STEP ? null : (version.stepsById.get(next)?.title ?? null) };
            }),
          }
        : null,
    wait: wait ? { for: 'for' in wait ? wait.for : null, until: 'until' in wait ? wait.until : null, timeout: 'timeout' in wait ? wait.timeout : null, endsOn: s.waitUntil } : null,
    action: action ? actionView(action) : null,
    result: s.result,
    account: { id: row.account.id, name: row.account.name, healthTier: row.health?.tier ?? null, healthScore: row.health ? Math.round(row.health.score) : null, renewalDate: row.account.renewalDate },
    play: { id: row.play.id, playbookId: row.play.playbookId, playbookTitle: version.playbook.title, version: row.play.version, startedOn: row.play.startedOn, status: row.play.status, control: row.play.control },
  };
}
