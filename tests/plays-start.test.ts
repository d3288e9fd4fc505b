import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Db } from '../src/server/db/client.ts';
import { queryRows } from '../src/server/db/client.ts';
import { abandonPlay } from '../src/server/modules/plays/outcomes.ts';
import { startPlay } from '../src/server/modules/plays/start-play.ts';
import { changeStep } from '../src/server/modules/plays/transitions.ts';
import { setSetting } from '../src/server/modules/system/settings.ts';
import { startTestApp } from './support/app.ts';
import type { TestApp } from './support/app.ts';
import { describeBackends } from './support/backends.ts';
import { SETUP_TIMEOUT_MS, flowPlaybook, newAccount, publishPlaybook, quietPlaySchedules, setManager } from './support/plays-fixtures.ts';

const TODAY = '2026-11-20'; // a Friday

describeBackends('starting plays', (backend) => {
  let app: TestApp;
  let db: Db;
  let manager: { cookie: string; userId: string };
  let csm: { cookie: string; userId: string };
  let admin: { cookie: string; userId: string };
  const system = { id: null, privileged: true, admin: true };

  beforeAll(async () => {
    app = await startTestApp(await backend.freshDatabase());
    db = app.running.services.database.db;
    await quietPlaySchedules(app);
    admin = await app.signIn('admin');
    manager = await app.signIn('manager');
    csm = await app.signIn('csm');
    await setManager(db, csm.userId, manager.userId);
    await publishPlaybook(app, manager.cookie, 'tp-flow', flowPlaybook('tp-flow'));
    await publishPlaybook(app, manager.cookie, 'tp-weekdays', flowPlaybook('tp-weekdays', { businessDays: true }));
    await publishPlaybook(app, manager.cookie, 'tp-broken', flowPlaybook('tp-broken', { checkinTemplate: 'too-big' }));
  }, SETUP_TIMEOUT_MS);
  afterAll(() => app.stop());

  const stepsOf = (playId: string) =>
    queryRows<{ id: string; step_id: string; state: string; due_on: string | null; owner_id: string | null; owner_rule: string; position: number; checklist: { text: string; done: boolean }[]; rendered: any; render_error: string | null }>(
      db,
      sql`select id, step_id, state, due_on::text, owner_id, owner_rule, position, checklist, rendered, render_error from play_steps where play_id = ${playId} order by position`,
    );

  it('creates one step per playbook step: the first open, owners resolved by role, due dates from start, steps and anchors', async () => {
    const account = await newAccount(db, { name: 'Acme & Sons', ownerId: csm.userId, renewalDate: '2027-01-15' }, { health: { score: 55, tier: 'at-risk' }, champion: { name: 'Dana Smith', email: 'dana@acme.example' } });
    const started = await startPlay(db, { playbookId: 'tp-flow', version: 1, accountId: account.id, trigger: { kind: 'signal', detail: { 'health.score': '55' } }, today: TODAY });
    expect(started).toMatchObject({ started: true, control: false });
    if (!started.started) return;
    const [play] = await queryRows<any>(db, sql`select status, owner_id, started_on::text, success_by::text, trigger_kind, trigger_detail, control from plays where id = ${started.playId}`);
    expect(play).toMatchObject({ status: 'open', owner_id: csm.userId, started_on: TODAY, success_by: '2026-12-20', trigger_kind: 'signal', trigger_detail: { 'health.score': '55' }, control: false });

    const steps = await stepsOf(started.playId);
    expect(steps.map((s) => [s.step_id, s.state, s.due_on, s.owner_rule])).toEqual([
      ['review', 'open', '2026-11-22', 'account_owner'],
      ['checkin', 'pending', null, 'account_owner'],
      ['replied', 'pending', null, 'account_owner'],
      ['call', 'pending', '2026-12-16', 'account_owner'],
      ['escalate', 'pending', null, 'owner_manager'],
    ]);
    expect(steps[4]!.owner_id).toBe(manager.userId);
    expect(steps[0]!.checklist).toEqual([{ text: 'Look at usage', done: false }, { text: 'Check open tickets', done: false }]);

    // The email renders when it opens, with the account as it is then.
    const change = await changeStep(db, steps[0]!.id, { type: 'complete', notes: 'Usage is down in reporting' }, { id: csm.userId, privileged: false, admin: false }, { today: TODAY });
    expect(change.openedStepIds).toEqual([steps[1]!.id]);
    const [checkin] = (await stepsOf(started.playId)).filter((s) => s.step_id === 'checkin');
    expect(checkin).toMatchObject({ state: 'open', due_on: '2026-11-21', render_error: null });
    expect(checkin!.rendered.subject).toBe('Acme & Sons: a quick check-in');
    expect(checkin!.rendered.to).toBe('dana@acme.example');
    expect(checkin!.rendered.body).toContain('Hi Dana,');
    expect(checkin!.rendered.body).toContain('Acme &amp; Sons is at-risk with 56 days to renewal.');
    expect(checkin!.rendered.body).toContain('Test csm (manager Test manager), Flow tp-flow, due 2026-11-21');

    const res = await app.call('GET', `/api/plays/${started.playId}`, { cookie: csm.cookie });
    expect(res.status).toBe(200);
    const view = res.body.steps.find((s: { stepId: string }) => s.stepId === 'checkin');
    expect(view.draft.text).toContain('Acme & Sons is at-risk with 56 days to renewal.');
    expect(view.draft.mailto).toMatch(/^mailto:dana@acme\.example\?subject=Acme%20%26%20Sons%3A%20a%20quick%20check-in&body=Hi%20Dana%2C%0D%0A/);
    expect(res.body.steps.find((s: { stepId: string }) => s.stepId === 'review').notes).toBe('Usage is down in reporting');

    const timeline = await queryRows<{ type: string; summary: string }>(db, sql`select type, summary from timeline_events where account_id = ${account.id} and type like 'play.%'`);
    expect(timeline).toEqual([{ type: 'play.started', summary: 'Play started: Flow tp-flow' }]);
    const notes = await app.call('GET', '/api/notifications', { cookie: csm.cookie });
    expect(notes.body.data.map((n: { kind: string; title: string }) => [n.kind, n.title])).toContainEqual(['play.started', 'Flow tp-flow started on Acme & Sons']);
  });

  it('moves weekend due dates to Monday when the playbook says business days, and an anchor already past is due at once', async () => {
    const account = await newAccount(db, { name: 'Weekday Co', ownerId: csm.userId, renewalDate: '2026-12-01' });
    const started = await startPlay(db, { playbookId: 'tp-weekdays', version: 1, accountId: account.id, trigger: { kind: 'manual' }, today: TODAY });
    if (!started.started) throw new Error('not started');
    const steps = await stepsOf(started.playId);
    // 2d from Friday is Sunday: Monday. renewal -30d is 2026-11-01, behind the start: due on the start day.
    expect(steps.map((s) => [s.step_id, s.due_on])).toEqual([['review', '2026-11-23'], ['checkin', null], ['replied', null], ['call', TODAY], ['escalate', null]]);
  });

  it('keeps the play going when a template fails to render, with the error on the step', async () => {
    const account = await newAccount(db, { name: 'Broken Template Inc', ownerId: csm.userId });
    const started = await startPlay(db, { playbookId: 'tp-broken', version: 1, accountId: account.id, trigger: { kind: 'manual' }, today: TODAY });
    if (!started.started) throw new Error('not started');
    const [review] = await stepsOf(started.playId);
    const actor = { id: csm.userId, privileged: false, admin: false };
    await changeStep(db, review!.id, { type: 'complete' }, actor, { today: TODAY });
    const checkin = (await stepsOf(started.playId)).find((s) => s.step_id === 'checkin')!;
    expect(checkin).toMatchObject({ state: 'open', rendered: null });
    expect(checkin.render_error).toMatch(/memory limit/);
    const done = await changeStep(db, checkin.id, { type: 'complete', outcome: 'sent by hand' }, actor, { today: TODAY });
    expect(done.openedStepIds).toHaveLength(1);
  });

  it('resolves owners from account roles, the role settings, and falls back to the owner, then to an admin', async () => {
    const executive = await app.signIn('manager');
    const support = await app.signIn('csm');
    await setSetting(db, 'engine.roleOwners', { support: support.userId });
    const steps = `  - id: exec
    title: Executive note
    owner: executive
  - id: support
    title: Support review
    owner: support
  - id: sales
    title: Sales check
    owner: sales`;
    await publishPlaybook(app, manager.cookie, 'tp-owners', flowPlaybook('tp-owners', { steps }));
    const withExec = await newAccount(db, { name: 'Exec Co', ownerId: csm.userId, traits: { executive_owner_id: executive.userId } });
    const noExec = await newAccount(db, { name: 'No Exec Co', ownerId: csm.userId });
    const orphan = await newAccount(db, { name: 'Orphan Co' });
    const rules = async (accountId: string) => {
      const started = await startPlay(db, { playbookId: 'tp-owners', version: 1, accountId, trigger: { kind: 'manual' }, today: TODAY });
      if (!started.started) throw new Error('not started');
      return (await stepsOf(started.playId)).map((s) => [s.step_id, s.owner_id, s.owner_rule]);
    };
    expect(await rules(withExec.id)).toEqual([['exec', executive.userId, 'executive_owner'], ['support', support.userId, 'role_setting'], ['sales', csm.userId, 'fallback_owner']]);
    expect((await rules(noExec.id))[0]).toEqual(['exec', manager.userId, 'owner_manager']);
    const orphaned = await rules(orphan.id);
    expect(orphaned[0]).toEqual(['exec', admin.userId, 'fallback_admin']);
    expect(orphaned[2]).toEqual(['sales', admin.userId, 'fallback_admin']);
    await setSetting(db, 'engine.roleOwners', {});
  });

  it('starts a control play without steps for a held-out account', async () => {
    const account = await newAccount(db, { name: 'Held Out Ltd', ownerId: csm.userId });
    const started = await startPlay(db, { playbookId: 'tp-flow', version: 1, accountId: account.id, trigger: { kind: 'signal' }, control: true, today: TODAY });
    expect(started).toMatchObject({ started: true, control: true, openedStepIds: [] });
    if (!started.started) return;
    expect(await stepsOf(started.playId)).toEqual([]);
    const [play] = await queryRows<any>(db, sql`select control, success_by::text, status from plays where id = ${started.playId}`);
    expect(play).toEqual({ control: true, success_by: '2026-12-20', status: 'open' });
  });

  it('starts exactly one play when many start the same playbook on the same account at once', async () => {
    const account = await newAccount(db, { name: 'Race Co', ownerId: csm.userId });
    const results = await Promise.all(
      Array.from({ length: 6 }, () => startPlay(db, { playbookId: 'tp-flow', version: 1, accountId: account.id, trigger: { kind: 'signal' }, today: TODAY })),
    );
    expect(results.filter((r) => r.started)).toHaveLength(1);
    const winner = results.find((r) => r.started)!;
    for (const loser of results.filter((r) => !r.started)) expect(loser).toEqual({ started: false, reason: 'already_open', playId: (winner as { playId: string }).playId });
    const [{ n }] = (await queryRows<{ n: number }>(db, sql`select count(*)::int as n from plays where account_id = ${account.id}`)) as [{ n: number }];
    expect(n).toBe(1);
  });

  it('fires a keyed trigger once per key, even after its play closed', async () => {
    const account = await newAccount(db, { name: 'Ticket Co', ownerId: csm.userId });
    const start = (key: string) => startPlay(db, { playbookId: 'tp-flow', version: 1, accountId: account.id, trigger: { kind: 'event', key }, today: TODAY });
    const first = await start('ticket-1');
    if (!first.started) throw new Error('not started');
    await abandonPlay(db, first.playId, 'Handled elsewhere', system);
    expect(await start('ticket-1')).toEqual({ started: false, reason: 'already_fired', playId: first.playId });
    expect((await start('ticket-2')).started).toBe(true);
  });
});
