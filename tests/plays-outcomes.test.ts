import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { addDays } from '../src/core/metrics/days.ts';
import type { Db } from '../src/server/db/client.ts';
import { queryRows } from '../src/server/db/client.ts';
import { sweepPlays } from '../src/server/modules/plays/jobs.ts';
import { notifyOverdueSteps } from '../src/server/modules/plays/overdue.ts';
import { startPlay } from '../src/server/modules/plays/start-play.ts';
import { evaluateSuccess } from '../src/server/modules/plays/success.ts';
import { changeStep } from '../src/server/modules/plays/transitions.ts';
import { startTestApp } from './support/app.ts';
import type { TestApp } from './support/app.ts';
import { describeBackends } from './support/backends.ts';
import { SETUP_TIMEOUT_MS, flowPlaybook, newAccount, publishPlaybook, quietPlaySchedules, setManager } from './support/plays-fixtures.ts';

const TODAY = '2026-11-20';
const SUCCESS_BY = '2026-12-20';

describeBackends('outcomes, overdue steps and in-flight plays', (backend) => {
  let app: TestApp;
  let db: Db;
  let manager: { cookie: string; userId: string };
  let csm: { cookie: string; userId: string };
  let loner: { cookie: string; userId: string };

  beforeAll(async () => {
    app = await startTestApp(await backend.freshDatabase());
    db = app.running.services.database.db;
    await quietPlaySchedules(app);
    manager = await app.signIn('manager');
    csm = await app.signIn('csm');
    loner = await app.signIn('csm');
    await setManager(db, csm.userId, manager.userId);
    await publishPlaybook(app, manager.cookie, 'tp-flow', flowPlaybook('tp-flow'));
  }, SETUP_TIMEOUT_MS);
  afterAll(() => app.stop());

  const play = async (playId: string) => (await app.call('GET', `/api/plays/${playId}`, { cookie: manager.cookie })).body;
  async function start(name: string, score: number, options: { control?: boolean; playbookId?: string; today?: string; ownerId?: string } = {}) {
    const account = await newAccount(db, { name, ownerId: options.ownerId ?? csm.userId }, { health: { score, tier: score >= 80 ? 'healthy' : 'at-risk' } });
    const started = await startPlay(db, { playbookId: options.playbookId ?? 'tp-flow', version: 1, accountId: account.id, trigger: { kind: 'signal' }, control: options.control, today: options.today ?? TODAY });
    if (!started.started) throw new Error('not started');
    return { playId: started.playId, accountId: account.id };
  }

  it('closes treated and control plays as success when the condition holds in the window, as failure after it; by hand as abandoned', async () => {
    const won = await start('Won Co', 85);
    const lost = await start('Lost Co', 50);
    const controlWon = await start('Control Won', 90, { control: true });
    const controlLost = await start('Control Lost', 40, { control: true });
    const gaveUp = await start('Gave Up Co', 50);
    await app.call('POST', `/api/plays/${gaveUp.playId}/abandon`, { cookie: csm.cookie, body: { reason: 'Customer is churning anyway' } });

    const first = await evaluateSuccess(db, { today: addDays(TODAY, 3) });
    expect(first).toMatchObject({ success: 2, failure: 0, errors: [] });
    const wonPlay = await play(won.playId);
    expect(wonPlay).toMatchObject({ status: 'closed', outcome: 'success', closedBy: null, outcomeReason: `success criteria met by ${addDays(TODAY, 3)}: health.score >= 80` });
    // Closing cancels what is left of the play, in the audit trail.
    expect(wonPlay.steps.map((s: { state: string }) => s.state)).toEqual(['cancelled', 'cancelled', 'cancelled', 'cancelled', 'cancelled']);
    expect(wonPlay.events.filter((e: { transition: string }) => e.transition === 'cancel').map((e: { fromState: string; detail: unknown }) => [e.fromState, e.detail])).toEqual([
      ['open', { reason: 'the play closed', outcome: 'success' }],
      ...Array.from({ length: 4 }, () => ['pending', { reason: 'the play closed', outcome: 'success' }]),
    ]);
    expect((await play(controlWon.playId)).outcome).toBe('success');
    expect((await play(lost.playId)).status).toBe('open');

    // The last day of the window still counts; the day after, the rest fail.
    expect((await evaluateSuccess(db, { today: SUCCESS_BY })).failure).toBe(0);
    const after = await evaluateSuccess(db, { today: addDays(SUCCESS_BY, 1) });
    expect(after.failure).toBe(2);
    expect(await play(lost.playId)).toMatchObject({ outcome: 'failure', outcomeReason: `the success window ended on ${SUCCESS_BY} without: health.score >= 80` });
    expect((await play(controlLost.playId)).outcome).toBe('failure');
    const timeline = await queryRows<{ type: string; summary: string }>(db, sql`select type, summary from timeline_events where account_id = ${controlLost.accountId} and type like 'play.%' order by id`);
    expect(timeline).toEqual([
      { type: 'play.started', summary: 'Control play of Flow tp-flow started (held out: no steps)' },
      { type: 'play.closed', summary: 'Control play Flow tp-flow closed: failure' },
    ]);

    const outcomes = await app.call('GET', '/api/playbooks/tp-flow/outcomes', { cookie: csm.cookie });
    expect(outcomes.status).toBe(200);
    expect(outcomes.body).toEqual({
      playbookId: 'tp-flow',
      versions: [{ version: 1, treated: { open: 0, success: 1, failure: 1, abandoned: 1, total: 3 }, control: { open: 0, success: 1, failure: 1, abandoned: 0, total: 2 } }],
      all: { treated: { open: 0, success: 1, failure: 1, abandoned: 1, total: 3 }, control: { open: 0, success: 1, failure: 1, abandoned: 0, total: 2 } },
    });
  });

  it('judges a play whose window ended while no evaluation ran on its last day, not as a failure by default', async () => {
    const late = await start('Late Co', 88);
    const run = await evaluateSuccess(db, { today: addDays(SUCCESS_BY, 5) });
    expect(run.success).toBe(1);
    expect(await play(late.playId)).toMatchObject({ outcome: 'success', outcomeReason: `success criteria met by ${SUCCESS_BY}: health.score >= 80` });
  });

  it('closes a runbook (no success criteria) as a success when its flow ends', async () => {
    const steps = `  - id: one
    title: First
  - id: two
    title: Second`;
    await publishPlaybook(app, manager.cookie, 'tp-runbook', flowPlaybook('tp-runbook', { kind: 'runbook', steps, success: null }));
    const run = await start('Runbook Co', 10, { playbookId: 'tp-runbook' });
    // A control play of a playbook without success criteria would measure nothing: it starts as a normal play.
    const held = await start('Runbook Held', 10, { playbookId: 'tp-runbook', control: true });
    expect((await play(held.playId)).control).toBe(false);
    const actor = { id: csm.userId, privileged: false, admin: false };
    const [one] = (await play(run.playId)).steps;
    const first = await changeStep(db, one.id, { type: 'complete' }, actor, { today: TODAY });
    await changeStep(db, first.openedStepIds[0]!, { type: 'complete' }, actor, { today: TODAY });
    expect(await play(run.playId)).toMatchObject({ status: 'closed', outcome: 'success', successBy: null, outcomeReason: 'every step of the flow is finished (the playbook has no success criteria)' });
  });

  it("tells the owner's manager once about a step overdue by N days (the owner, when there is no manager)", async () => {
    await db.execute(sql`update plays set status = 'closed', outcome = 'abandoned' where status = 'open'`);
    const mine = await start('Overdue Co', 50, { today: addDays(TODAY, -6) }); // review due TODAY - 4
    await start('Recent Co', 50, { today: addDays(TODAY, -4) }); // due TODAY - 2: not yet
    const lonely = await start('Lonely Co', 50, { today: addDays(TODAY, -6), ownerId: loner.userId });
    expect(await notifyOverdueSteps(db, { today: TODAY, days: 3 })).toBe(2);
    expect(await notifyOverdueSteps(db, { today: TODAY, days: 3 })).toBe(0);
    const [toManager] = await queryRows<{ title: string; link: string }>(db, sql`select title, link from notifications where user_id = ${manager.userId} and kind = 'step.overdue'`);
    expect(toManager).toEqual({ title: 'Test csm\'s step "Review the account" on Overdue Co is 4 days overdue', link: `/accounts/${mine.accountId}#play-${mine.playId}` });
    const [toOwner] = await queryRows<{ title: string }>(db, sql`select title from notifications where user_id = ${loner.userId} and kind = 'step.overdue'`);
    expect(toOwner!.title).toContain('Lonely Co');
    expect(lonely.playId).toBeTruthy();
    // The worklist flags it.
    const [flag] = await queryRows<{ notified: boolean }>(db, sql`select overdue_notified_at is not null as notified from play_steps where play_id = ${mine.playId} and step_id = 'review'`);
    expect(flag!.notified).toBe(true);
  });

  it('keeps open plays on their version by default, or migrates them by step id', async () => {
    const v1 = `  - id: a
    title: Step A
  - id: b
    title: Step B
  - id: c
    title: Step C`;
    await publishPlaybook(app, manager.cookie, 'tp-mig', flowPlaybook('tp-mig', { steps: v1 }));
    const advanced = await start('Advanced Co', 10, { playbookId: 'tp-mig' });
    const fresh = await start('Fresh Co', 10, { playbookId: 'tp-mig' });
    const actor = { id: csm.userId, privileged: false, admin: false };
    const [a] = (await play(advanced.playId)).steps;
    await changeStep(db, a.id, { type: 'complete', notes: 'Done well' }, actor, { today: TODAY });

    const kept = await publishPlaybook(app, manager.cookie, 'tp-mig', flowPlaybook('tp-mig', { steps: v1.replace('Step C', 'Step C, renamed') }));
    expect(kept.inFlight).toEqual({ mode: 'keep', migrated: 0 });
    expect((await play(advanced.playId)).version).toBe(1);

    const v3 = `  - id: a
    title: Step A again
  - id: c
    title: Step C
  - id: d
    title: Step D
    due: 2d`;
    const migrated = await publishPlaybook(app, manager.cookie, 'tp-mig', flowPlaybook('tp-mig', { steps: v3 }), { inFlight: 'migrate' });
    expect(migrated.inFlight).toEqual({ mode: 'migrate', migrated: 2 });

    const moved = await play(advanced.playId);
    expect(moved.version).toBe(3);
    expect(moved.steps.map((s: { stepId: string; title: string; state: string }) => [s.stepId, s.title, s.state])).toEqual([
      ['a', 'Step A again', 'done'],
      ['c', 'Step C', 'open'],
      ['d', 'Step D', 'pending'],
      ['b', 'Step B', 'cancelled'],
    ]);
    expect(moved.steps[0].notes).toBe('Done well');
    expect(moved.steps[2].dueOn).toBe(addDays(TODAY, 2));
    const cancel = moved.events.find((e: { transition: string; stepId: string }) => e.transition === 'cancel');
    expect(cancel).toMatchObject({ stepId: moved.steps[3].id, fromState: 'open', toState: 'cancelled', actorId: manager.userId, detail: { reason: 'step removed in version 3', fromVersion: 1, toVersion: 3 } });

    const untouched = await play(fresh.playId);
    expect(untouched.steps.map((s: { stepId: string; state: string }) => [s.stepId, s.state])).toEqual([['a', 'open'], ['c', 'pending'], ['d', 'pending'], ['b', 'cancelled']]);
    const timeline = await queryRows<{ summary: string }>(db, sql`select summary from timeline_events where account_id = ${fresh.accountId} and type = 'play.migrated'`);
    expect(timeline).toEqual([{ summary: 'Play of Flow tp-mig moved from version 1 to 3' }]);
  });

  it('runs the sweep: snoozes wake, waits end, webhooks go out, outcomes are decided', async () => {
    const run = await sweepPlays(db, { today: TODAY });
    expect(run).toMatchObject({ woken: 0, webhooks: { called: 0, failed: 0 } });
    expect(run.success.errors).toEqual([]);
  });
});
