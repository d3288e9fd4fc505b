import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import { dueFor } from '../../../core/plays/index.ts';
import type { Db } from '../../db/client.ts';
import { errors } from '../../http/errors.ts';
import { accounts } from '../accounts/schema.ts';
import { getAccount } from '../accounts/service.ts';
import { getPlaybookRow } from '../playbooks/store.ts';
import { users } from '../users/schema.ts';
import type { PlayRow } from './play-context.ts';
import { playSteps, plays, stepEvents } from './schema.ts';
import { selectStepViews } from './step-views.ts';
import type { StepView } from './step-views.ts';
import type { PlayVersion } from './versions.ts';
import { loadVersions, versionKey } from './versions.ts';

export function playView(play: PlayRow, version: PlayVersion, accountName: string) {
  const success = version.playbook.success;
  return {
    id: play.id,
    playbookId: play.playbookId,
    playbookTitle: version.playbook.title,
    playbookKind: version.playbook.kind,
    version: play.version,
    accountId: play.accountId,
    accountName,
    ownerId: play.ownerId,
    status: play.status,
    control: play.control,
    outcome: play.outcome,
    outcomeReason: play.outcomeReason,
    trigger: { kind: play.triggerKind, detail: play.triggerDetail, key: play.triggerKey },
    priority: play.priority,
    exclusiveGroup: play.exclusiveGroup,
    startedOn: play.startedOn,
    startedAt: play.startedAt.toISOString(),
    successBy: play.successBy,
    success: success ? { within: success.within, when: success.when, description: success.description ?? null } : null,
    closedAt: play.closedAt?.toISOString() ?? null,
    closedBy: play.closedBy,
  };
}

/** An open play whose flow has nowhere left to go waits for its success criteria. */
function flowEnded(play: PlayRow, steps: StepView[]): boolean {
  return play.status === 'open' && !play.control && !steps.some((step) => step.state === 'open' || step.state === 'snoozed');
}

const stepOrder = [asc(playSteps.playId), asc(playSteps.position)];

async function playsWithSteps(db: Db, rows: { play: PlayRow; accountName: string }[], today: string) {
  const versions = await loadVersions(db, rows.map((row) => row.play));
  const steps = rows.length ? await selectStepViews(db, { where: inArray(playSteps.playId, rows.map((row) => row.play.id)), orderBy: stepOrder }, today) : [];
  return rows.map(({ play, accountName }) => {
    const own = steps.filter((step) => step.playId === play.id);
    return { ...playView(play, versions.get(versionKey(play.playbookId, play.version))!, accountName), flowEnded: flowEnded(play, own), steps: own };
  });
}

/** An account's plays, open ones first, newest first, each with its steps, checklists and outcome. */
export async function listAccountPlays(db: Db, accountId: string, today: string) {
  const account = await getAccount(db, accountId);
  const rows = await db.select().from(plays).where(eq(plays.accountId, accountId)).orderBy(sql`${plays.status} = 'open' desc`, desc(plays.startedAt), desc(plays.id));
  return playsWithSteps(db, rows.map((play) => ({ play, accountName: account.name })), today);
}

/** One play with its steps, the audit trail of every transition, and its milestones' days. */
export async function getPlayDetail(db: Db, playId: string, today: string) {
  const [row] = await db.select({ play: plays, accountName: accounts.name, renewalDate: accounts.renewalDate, contractStart: accounts.contractStart }).from(plays).innerJoin(accounts, eq(accounts.id, plays.accountId)).where(eq(plays.id, playId));
  if (!row) throw errors.notFound(`Play ${playId}`);
  const [detail] = await playsWithSteps(db, [row], today);
  const version = (await loadVersions(db, [row.play])).get(versionKey(row.play.playbookId, row.play.version))!;
  const events = await db
    .select({ id: stepEvents.id, stepId: stepEvents.playStepId, transition: stepEvents.transition, fromState: stepEvents.fromState, toState: stepEvents.toState, actorId: stepEvents.actorId, actorName: users.name, detail: stepEvents.detail, at: stepEvents.at })
    .from(stepEvents)
    .innerJoin(playSteps, eq(playSteps.id, stepEvents.playStepId))
    .leftJoin(users, eq(users.id, stepEvents.actorId))
    .where(eq(playSteps.playId, playId))
    .orderBy(asc(stepEvents.at), asc(stepEvents.id));
  const due = { playStart: row.play.startedOn, anchors: { renewal_date: row.renewalDate, contract_start: row.contractStart }, finishedOn: {}, businessDays: version.playbook.business_days };
  return {
    ...detail!,
    milestones: (version.playbook.milestones ?? []).map((milestone) => ({ name: milestone.name, due: milestone.due, dueOn: dueFor(milestone.due, due) })),
    events: events.map((event) => ({ ...event, at: event.at.toISOString() })),
  };
}

export interface PlaybookPlaysFilter {
  status?: 'open' | 'closed';
  version?: number;
  control?: boolean;
  page: number;
  pageSize: number;
}

/** A playbook's plays, newest first, with each play's step counts by state. */
export async function listPlaybookPlays(db: Db, playbookId: string, filter: PlaybookPlaysFilter) {
  await getPlaybookRow(db, playbookId);
  const conditions: (SQL | undefined)[] = [
    eq(plays.playbookId, playbookId),
    filter.status ? eq(plays.status, filter.status) : undefined,
    filter.version !== undefined ? eq(plays.version, filter.version) : undefined,
    filter.control !== undefined ? eq(plays.control, filter.control) : undefined,
  ];
  const where = and(...conditions);
  const [rows, [total]] = await Promise.all([
    db.select({ play: plays, accountName: accounts.name }).from(plays).innerJoin(accounts, eq(accounts.id, plays.accountId)).where(where)
      .orderBy(desc(plays.startedAt), desc(plays.id)).limit(filter.pageSize).offset((filter.page - 1) * filter.pageSize),
    db.select({ n: count() }).from(plays).where(where),
  ]);
  const versions = await loadVersions(db, rows.map((row) => row.play));
  const counts = rows.length
    ? await db.select({ playId: playSteps.playId, state: playSteps.state, n: count() }).from(playSteps).where(inArray(playSteps.playId, rows.map((row) => row.play.id))).groupBy(playSteps.playId, playSteps.state)
    : [];
  const data = rows.map(({ play, accountName }) => ({
    ...playView(play, versions.get(versionKey(play.playbookId, play.version))!, accountName),
    steps: Object.fromEntries(counts.filter((c) => c.playId === play.id).map((c) => [c.state, c.n])) as Record<string, number>,
  }));
  return { data, page: { page: filter.page, pageSize: filter.pageSize, total: total!.n } };
}

/** A play's status after a change, and whether its flow has ended. */
export async function playState(db: Db, playId: string) {
  const [row] = await db
    .select({ id: plays.id, status: plays.status, outcome: plays.outcome, control: plays.control, busy: sql<boolean>`exists (select 1 from play_steps s where s.play_id = ${playId} and s.state in ('open', 'snoozed'))` })
    .from(plays)
    .where(eq(plays.id, playId));
  if (!row) throw errors.notFound(`Play ${playId}`);
  return { id: row.id, status: row.status, outcome: row.outcome, flowEnded: row.status === 'open' && !row.control && !row.busy };
}
