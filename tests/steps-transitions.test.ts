import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { addDays, utcToday } from '../src/core/metrics/days.ts';
import type { Db } from '../src/server/db/client.ts';
import { queryRows } from '../src/server/db/client.ts';
import { startPlay } from '../src/server/modules/plays/start-play.ts';
import { wakeSnoozedSteps } from '../src/server/modules/plays/waits.ts';
import { users } from '../src/server/modules/users/schema.ts';
import { eq } from 'drizzle-orm';
import { startTestApp } from './support/app.ts';
import type { TestApp } from './support/app.ts';
import { describeBackends } from './support/backends.ts';
import { SETUP_TIMEOUT_MS, flowPlaybook, newAccount, publishPlaybook, quietPlaySchedules, setManager } from './support/plays-fixtures.ts';

describeBackends('step transitions', (backend) => {
  let app: TestApp;
  let db: Db;
  let manager: { cookie: string; userId: string };
  let csm: { cookie: string; userId: string };
  let otherCsm: { cookie: string; userId: string };
  let viewer: { cookie: string; userId: string };
  const today = utcToday();

  beforeAll(async () => {
    app = await startTestApp(await backend.freshDatabase());
    db = app.running.services.database.db;
    await quietPlaySchedules(app);
    manager = await app.signIn('manager');
    csm = await app.signIn('csm');
    otherCsm = await app.signIn('csm');
    viewer = await app.signIn('viewer');
    // The manager manages csm only; otherCsm reports to nobody.
    await setManager(db, csm.userId, manager.userId);
    await publishPlaybook(app, manager.cookie, 'tp-flow', flowPlaybook('tp-flow'));
  }, SETUP_TIMEOUT_MS);
  afterAll(() => app.stop());

  let accountCounter = 0;
  async function newPlay() {
    const account = await newAccount(db, { name: `Account ${++accountCounter}`, ownerId: csm.userId, renewalDate: addDays(today, 90) }, { champion: { name: 'Kim Lee', email: 'kim@example.com' } });
    const started = await startPlay(db, { playbookId: 'tp-flow', version: 1, accountId: account.id, trigger: { kind: 'manual' } });
    if (!started.started) throw new Error('not started');
    const play = await app.call('GET', `/api/plays/${started.playId}`, { cookie: csm.cookie });
    const id = (stepId: string) => play.body.steps.find((s: { stepId: string }) => s.stepId === stepId).id as string;
    return { playId: started.playId, accountId: account.id, id };
  }
  const post = (cookie: string, stepId: string, transition: string, body: unknown = {}) => app.call('POST', `/api/steps/${stepId}/${transition}`, { cookie, body });
  const play = async (playId: string) => (await app.call('GET', `/api/plays/${playId}`, { cookie: manager.cookie })).body;
  const states = async (playId: string) => Object.fromEntries((await play(playId)).steps.map((s: { stepId: string; state: string }) => [s.stepId, s.state]));

  it('follows the branch a decision is answered with; steps never reached stay pending', async () => {
    const p = await newPlay();
    const review = await post(csm.cookie, p.id('review'), 'complete', { outcome: 'Looked', notes: 'Logins halved' });
    expect(review.status).toBe(200);
    expect(review.body.step).toMatchObject({ stepId: 'review', state: 'done', outcome: 'Looked', notes: 'Logins halved' });
    expect(review.body.opened.map((s: { stepId: string }) => s.stepId)).toEqual(['checkin']);
    expect(review.body.opened[0].draft.subject).toContain('a quick check-in');
    const checkin = await post(csm.cookie, p.id('checkin'), 'complete', {});
    const decision = checkin.body.opened[0];
    expect(decision.decision).toEqual({
      question: 'Did the customer reply?',
      answers: [{ answer: 'yes', next: 'call', nextTitle: 'Diagnostic call' }, { answer: 'no', next: 'escalate', nextTitle: 'Ask the manager for help' }],
    });
    expect(decision.dueOn).toBe(addDays(today, 3));

    const answered = await post(csm.cookie, decision.id, 'complete', { answer: 'No' });
    expect(answered.status).toBe(200);
    expect(answered.body.step).toMatchObject({ state: 'done', answer: 'no' });
    expect(answered.body.opened.map((s: { stepId: string; ownerId: string; dueOn: string }) => [s.stepId, s.ownerId, s.dueOn])).toEqual([['escalate', manager.userId, addDays(today, 1)]]);
    expect(answered.body.play).toEqual({ id: p.playId, status: 'open', outcome: null, flowEnded: false });

    const last = await post(manager.cookie, p.id('escalate'), 'complete', {});
    // The flow has ended; the play stays open until its success criteria decide.
    expect(last.body.play).toEqual({ id: p.playId, status: 'open', outcome: null, flowEnded: true });
    expect(await states(p.playId)).toEqual({ review: 'done', checkin: 'done', replied: 'done', call: 'pending', escalate: 'done' });
  });

  it('refuses a decision without an answer, or with one it does not offer, naming the answers', async () => {
    const p = await newPlay();
    await post(csm.cookie, p.id('review'), 'complete');
    await post(csm.cookie, p.id('checkin'), 'complete');
    const unknown = await post(csm.cookie, p.id('replied'), 'complete', { answer: 'maybe' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details.issues).toEqual([{ path: 'answer', message: '"maybe" is not an answer to "Did the customer reply?"; answer one of: yes, no' }]);
    const missing = await post(csm.cookie, p.id('replied'), 'complete', {});
    expect(missing.status).toBe(400);
    expect(missing.body.error.details.issues[0]).toEqual({ path: 'answer', message: 'is required to complete a decision: one of yes, no' });
    const skipped = await post(csm.cookie, p.id('replied'), 'skip', { reason: 'no idea' });
    expect(skipped.status).toBe(400);
    expect(skipped.body.error.code).toBe('decision_needs_answer');
    const yes = await post(csm.cookie, p.id('replied'), 'complete', { answer: 'yes' });
    expect(yes.body.opened.map((s: { stepId: string }) => s.stepId)).toEqual(['call']);
    expect(yes.body.opened[0].draft).toMatchObject({ kind: 'agenda', text: `Agenda for ${`Account ${accountCounter}`}: Diagnostic call\n`, mailto: null });
  });

  it('requires a reason to skip (400 naming reason), and moves on after a skip', async () => {
    const p = await newPlay();
    for (const body of [{}, { reason: '' }, { reason: '   ' }]) {
      const res = await post(csm.cookie, p.id('review'), 'skip', body);
      expect(res.status).toBe(400);
      expect(res.body.error.details.issues[0].path).toBe('reason');
    }
    const skipped = await post(csm.cookie, p.id('review'), 'skip', { reason: 'Reviewed last week' });
    expect(skipped.status).toBe(200);
    expect(skipped.body.step).toMatchObject({ state: 'skipped', skipReason: 'Reviewed last week' });
    expect(skipped.body.opened.map((s: { stepId: string }) => s.stepId)).toEqual(['checkin']);
  });

  it('gives 409 step_not_open with the state for a step that is not open', async () => {
    const p = await newPlay();
    await post(csm.cookie, p.id('review'), 'complete');
    const again = await post(csm.cookie, p.id('review'), 'complete');
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({ code: 'step_not_open', details: { state: 'done' } });
    const pending = await post(csm.cookie, p.id('call'), 'complete');
    expect(pending.body.error).toMatchObject({ code: 'step_not_open', details: { state: 'pending' } });
    expect((await post(csm.cookie, p.id('review'), 'snooze', { until: addDays(today, 2) })).body.error.details.state).toBe('done');
  });

  it('snoozes a step until a future day and wakes it that day', async () => {
    const p = await newPlay();
    const past = await post(csm.cookie, p.id('review'), 'snooze', { until: today });
    expect(past.status).toBe(400);
    expect(past.body.error.details.issues[0].path).toBe('until');
    const until = addDays(today, 3);
    const snoozed = await post(csm.cookie, p.id('review'), 'snooze', { until, notes: 'Customer on holiday' });
    expect(snoozed.body.step).toMatchObject({ state: 'snoozed', snoozedUntil: until });
    const upcoming = await app.call('GET', '/api/me/steps?view=upcoming', { cookie: csm.cookie });
    expect(upcoming.body.steps.map((s: { id: string }) => s.id)).toContain(p.id('review'));
    expect(await wakeSnoozedSteps(db, { today: addDays(today, 2) })).toBe(0);
    expect(await wakeSnoozedSteps(db, { today: until })).toBeGreaterThanOrEqual(1);
    const woken = (await play(p.playId)).steps.find((s: { stepId: string }) => s.stepId === 'review');
    expect(woken).toMatchObject({ state: 'open', snoozedUntil: null });
    // A snoozed step can also be completed directly.
    await post(csm.cookie, p.id('review'), 'snooze', { until });
    expect((await post(csm.cookie, p.id('review'), 'complete')).body.step.state).toBe('done');
  });

  it('reassigns a step to an active user only, and the new owner is told', async () => {
    const p = await newPlay();
    const unknown = await post(csm.cookie, p.id('review'), 'reassign', { userId: 'nobody' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details.issues[0]).toEqual({ path: 'userId', message: 'no active user has id "nobody"' });
    const gone = await app.signIn('csm');
    await db.update(users).set({ active: false }).where(eq(users.id, gone.userId));
    expect((await post(csm.cookie, p.id('review'), 'reassign', { userId: gone.userId })).status).toBe(400);

    const handed = await post(csm.cookie, p.id('review'), 'reassign', { userId: otherCsm.userId, notes: 'You know them' });
    expect(handed.status).toBe(200);
    expect(handed.body.step).toMatchObject({ ownerId: otherCsm.userId, ownerRule: 'reassigned', state: 'open' });
    const notes = await app.call('GET', '/api/notifications?unread=true', { cookie: otherCsm.cookie });
    expect(notes.body.data[0]).toMatchObject({ kind: 'step.assigned', title: `Review the account (Account ${accountCounter}, Flow tp-flow)` });
    // The previous owner no longer owns it.
    expect((await post(csm.cookie, p.id('review'), 'complete')).status).toBe(403);
    expect((await post(otherCsm.cookie, p.id('review'), 'complete')).status).toBe(200);
  });

  it('cancels a step that does not apply, and the flow goes on', async () => {
    const p = await newPlay();
    const cancelled = await post(csm.cookie, p.id('review'), 'cancel', { reason: 'Duplicate of another play' });
    expect(cancelled.body.step.state).toBe('cancelled');
    expect(cancelled.body.opened.map((s: { stepId: string }) => s.stepId)).toEqual(['checkin']);
    expect((await post(csm.cookie, p.id('review'), 'cancel')).body.error.code).toBe('step_not_open');
  });

  it('lets the owner, their manager, managers and admins act; not other CSMs, nor viewers', async () => {
    const p = await newPlay();
    expect((await post(viewer.cookie, p.id('review'), 'complete')).status).toBe(403);
    expect((await post(otherCsm.cookie, p.id('review'), 'complete')).status).toBe(403);
    expect((await app.call('PATCH', `/api/steps/${p.id('review')}/checklist/0`, { cookie: viewer.cookie, body: { done: true } })).status).toBe(403);
    expect((await post(manager.cookie, p.id('review'), 'snooze', { until: addDays(today, 1) })).status).toBe(200);
    const admin = await app.signIn('admin');
    expect((await post(admin.cookie, p.id('review'), 'complete')).status).toBe(200);
  });

  it('ticks checklist items of an open step', async () => {
    const p = await newPlay();
    const ticked = await app.call('PATCH', `/api/steps/${p.id('review')}/checklist/1`, { cookie: csm.cookie, body: { done: true } });
    expect(ticked.status).toBe(200);
    expect(ticked.body.checklist).toEqual([{ text: 'Look at usage', done: false }, { text: 'Check open tickets', done: true }]);
    expect((await app.call('PATCH', `/api/steps/${p.id('review')}/checklist/7`, { cookie: csm.cookie, body: { done: true } })).status).toBe(404);
    expect((await app.call('PATCH', `/api/steps/${p.id('call')}/checklist/0`, { cookie: csm.cookie, body: { done: true } })).body.error.code).toBe('step_not_open');
  });

  it('runs a step again when a decision loops back to it', async () => {
    const steps = `  - id: ask
    title: Ask for a date
    checklist: [Offer two slots]
  - id: agreed
    title: Did they agree a date?
    kind: decision
    question: Did they agree a date?
    branches:
      yes: end
      no: ask`;
    await publishPlaybook(app, manager.cookie, 'tp-loop', flowPlaybook('tp-loop', { steps }));
    const account = await newAccount(db, { name: 'Loop Co', ownerId: csm.userId });
    const started = await startPlay(db, { playbookId: 'tp-loop', version: 1, accountId: account.id, trigger: { kind: 'manual' } });
    if (!started.started) throw new Error('not started');
    const [ask, agreed] = (await play(started.playId)).steps;
    await app.call('PATCH', `/api/steps/${ask.id}/checklist/0`, { cookie: csm.cookie, body: { done: true } });
    await post(csm.cookie, ask.id, 'complete', { notes: 'Sent slots' });
    const no = await post(csm.cookie, agreed.id, 'complete', { answer: 'no' });
    expect(no.body.opened[0]).toMatchObject({ id: ask.id, state: 'open', notes: null, checklist: [{ text: 'Offer two slots', done: false }] });
    await post(csm.cookie, ask.id, 'complete');
    const yes = await post(csm.cookie, agreed.id, 'complete', { answer: 'yes' });
    expect(yes.body.play.flowEnded).toBe(true);
    const trail = (await play(started.playId)).events.map((e: { transition: string; fromState: string; toState: string }) => `${e.transition}:${e.fromState}>${e.toState}`);
    expect(trail).toEqual(['open:pending>open', 'checklist:open>open', 'complete:open>done', 'open:pending>open', 'complete:open>done', 'reopen:done>open', 'complete:open>done', 'reopen:done>open', 'complete:open>done']);
  });

  it('records every transition in the audit trail: who, when, from, to and the detail', async () => {
    const p = await newPlay();
    await app.call('PATCH', `/api/steps/${p.id('review')}/checklist/0`, { cookie: csm.cookie, body: { done: true } });
    await post(csm.cookie, p.id('review'), 'snooze', { until: addDays(today, 1) });
    await post(manager.cookie, p.id('review'), 'complete', { notes: 'Done by the manager' });
    await post(csm.cookie, p.id('checkin'), 'skip', { reason: 'Called instead' });
    const detail = await play(p.playId);
    const byStep = Object.fromEntries(detail.steps.map((s: { id: string; stepId: string }) => [s.id, s.stepId]));
    const trail = detail.events.map((e: any) => [byStep[e.stepId], e.transition, e.fromState, e.toState, e.actorId]);
    expect(trail).toEqual([
      ['review', 'open', 'pending', 'open', null],
      ['review', 'checklist', 'open', 'open', csm.userId],
      ['review', 'snooze', 'open', 'snoozed', csm.userId],
      ['review', 'complete', 'snoozed', 'done', manager.userId],
      ['checkin', 'open', 'pending', 'open', manager.userId],
      ['checkin', 'skip', 'open', 'skipped', csm.userId],
      ['replied', 'open', 'pending', 'open', csm.userId],
    ]);
    expect(detail.events[1].detail).toEqual({ index: 0, text: 'Look at usage', done: true });
    expect(detail.events[2].detail).toEqual({ until: addDays(today, 1) });
    expect(detail.events[3]).toMatchObject({ actorName: 'Test manager', detail: { notes: 'Done by the manager' } });
    expect(detail.events[4].detail).toEqual({ after: 'review' });
    expect(detail.events[5].detail).toEqual({ skipReason: 'Called instead' });
    for (const e of detail.events) expect(Date.now() - Date.parse(e.at)).toBeLessThan(60_000);
    const rows = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from step_events e join play_steps s on s.id = e.play_step_id where s.play_id = ${p.playId}`);
    expect(rows[0]!.n).toBe(7);
  });
});
