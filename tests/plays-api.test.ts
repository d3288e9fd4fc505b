import { afterAll, beforeAll, expect, it } from 'vitest';
import { addDays, utcToday } from '../src/core/metrics/days.ts';
import type { Db } from '../src/server/db/client.ts';
import { startPlay } from '../src/server/modules/plays/start-play.ts';
import { createToken } from '../src/server/modules/users/tokens.ts';
import { startTestApp } from './support/app.ts';
import type { TestApp } from './support/app.ts';
import { describeBackends } from './support/backends.ts';
import { SETUP_TIMEOUT_MS, flowPlaybook, newAccount, publishPlaybook, quietPlaySchedules, setManager } from './support/plays-fixtures.ts';

type Person = { cookie: string; userId: string };

describeBackends('worklist and plays API', (backend) => {
  let app: TestApp;
  let db: Db;
  let manager: Person;
  let alice: Person;
  let bob: Person;
  let viewer: Person;
  let admin: Person;
  const today = utcToday();
  const plays: Record<string, string> = {};
  let critical: { id: string };

  beforeAll(async () => {
    app = await startTestApp(await backend.freshDatabase());
    db = app.running.services.database.db;
    await quietPlaySchedules(app);
    admin = await app.signIn('admin');
    manager = await app.signIn('manager');
    alice = await app.signIn('csm');
    bob = await app.signIn('csm');
    viewer = await app.signIn('viewer');
    await setManager(db, alice.userId, manager.userId);
    await publishPlaybook(app, manager.cookie, 'tp-flow', flowPlaybook('tp-flow'));
    await publishPlaybook(app, manager.cookie, 'tp-draft', flowPlaybook('tp-draft'), { activate: false });

    critical = await newAccount(db, { name: 'Critical Co', ownerId: alice.userId, renewalDate: addDays(today, 40) }, { health: { score: 21, tier: 'critical' } });
    const soon = await newAccount(db, { name: 'Soon Co', ownerId: alice.userId });
    const fresh = await newAccount(db, { name: 'Fresh Co', ownerId: alice.userId });
    const bobs = await newAccount(db, { name: 'Bob Co', ownerId: bob.userId });
    const start = async (accountId: string, daysAgo: number) => {
      const started = await startPlay(db, { playbookId: 'tp-flow', version: 1, accountId, trigger: { kind: 'signal' }, today: addDays(today, -daysAgo) });
      if (!started.started) throw new Error('not started');
      return started.playId;
    };
    plays.overdue = await start(critical.id, 5); // review due 3 days ago
    plays.dueToday = await start(soon.id, 2);
    plays.upcoming = await start(fresh.id, 0);
    plays.bobs = await start(bobs.id, 0);
  }, SETUP_TIMEOUT_MS);
  afterAll(() => app.stop());

  const steps = (cookie: string, query = '') => app.call('GET', `/api/me/steps${query}`, { cookie });
  const ids = (body: { steps: { play: { id: string } }[] }) => body.steps.map((s) => s.play.id);

  it("shows a CSM's steps due today and overdue, then overdue alone, then upcoming, with the account context", async () => {
    const todayView = await steps(alice.cookie);
    expect(todayView.status).toBe(200);
    expect(todayView.body).toMatchObject({ view: 'today', today, userId: alice.userId, team: false, counts: { today: 2, overdue: 1, upcoming: 1 } });
    expect(ids(todayView.body)).toEqual([plays.overdue, plays.dueToday]);
    const [late, due] = todayView.body.steps;
    expect(late).toMatchObject({
      stepId: 'review', kind: 'task', state: 'open', overdue: true, daysOverdue: 3, dueOn: addDays(today, -3), ownerName: 'Test csm',
      account: { id: critical.id, name: 'Critical Co', healthTier: 'critical', healthScore: 21, renewalDate: addDays(today, 40) },
      play: { id: plays.overdue, playbookId: 'tp-flow', playbookTitle: 'Flow tp-flow', version: 1 },
      checklist: [{ text: 'Look at usage', done: false }, { text: 'Check open tickets', done: false }],
    });
    expect(due).toMatchObject({ overdue: false, daysOverdue: 0, dueOn: today });
    expect(ids((await steps(alice.cookie, '?view=overdue')).body)).toEqual([plays.overdue]);
    expect(ids((await steps(alice.cookie, '?view=upcoming')).body)).toEqual([plays.upcoming]);
  });

  it('shows a decision with its answers and an email with its draft', async () => {
    const review = (await steps(alice.cookie, '?view=upcoming')).body.steps[0];
    const checkin = (await app.call('POST', `/api/steps/${review.id}/complete`, { cookie: alice.cookie, body: {} })).body.opened[0];
    expect(checkin.draft).toMatchObject({ kind: 'email', subject: 'Fresh Co: a quick check-in' });
    const decision = (await app.call('POST', `/api/steps/${checkin.id}/complete`, { cookie: alice.cookie, body: {} })).body.opened[0];
    const upcoming = (await steps(alice.cookie, '?view=upcoming')).body.steps;
    expect(upcoming.find((s: { id: string }) => s.id === decision.id).decision.answers.map((a: { answer: string }) => a.answer)).toEqual(['yes', 'no']);
  });

  it("keeps CSMs to their own steps; managers see anyone's and their team's; viewers have no worklist", async () => {
    expect((await steps(alice.cookie, `?userId=${bob.userId}`)).status).toBe(403);
    expect((await steps(alice.cookie, '?team=true')).status).toBe(403);
    expect((await steps(viewer.cookie)).status).toBe(403);
    const forAlice = await steps(manager.cookie, `?userId=${alice.userId}`);
    expect(forAlice.status).toBe(200);
    expect(ids(forAlice.body)).toEqual([plays.overdue, plays.dueToday]);
    expect(ids((await steps(manager.cookie, `?userId=${bob.userId}&view=upcoming`)).body)).toEqual([plays.bobs]);
    const team = await steps(manager.cookie, '?team=true&view=upcoming');
    expect(team.body.team).toBe(true);
    expect(ids(team.body)).not.toContain(plays.bobs);
    expect(ids((await steps(admin.cookie, '?team=true&view=upcoming')).body)).toContain(plays.bobs);
  });

  it('starts any active playbook by hand, once per account, and refuses drafts', async () => {
    const account = await newAccount(db, { name: 'Manual Co', ownerId: alice.userId });
    const started = await app.call('POST', '/api/plays', { cookie: alice.cookie, body: { playbookId: 'tp-flow', accountId: account.id } });
    expect(started.status).toBe(201);
    expect(started.body).toMatchObject({ playbookId: 'tp-flow', version: 1, accountId: account.id, accountName: 'Manual Co', status: 'open', trigger: { kind: 'manual', detail: { startedBy: alice.userId } }, ownerId: alice.userId, flowEnded: false });
    expect(started.body.steps[0]).toMatchObject({ stepId: 'review', state: 'open' });
    const again = await app.call('POST', '/api/plays', { cookie: alice.cookie, body: { playbookId: 'tp-flow', accountId: account.id } });
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({ code: 'play_already_open', details: { playId: started.body.id } });
    const draft = await app.call('POST', '/api/plays', { cookie: alice.cookie, body: { playbookId: 'tp-draft', accountId: account.id } });
    expect(draft.status).toBe(409);
    expect(draft.body.error.code).toBe('playbook_not_active');
    expect((await app.call('POST', '/api/plays', { cookie: alice.cookie, body: { playbookId: 'tp-flow', accountId: '00000000-0000-4000-8000-000000000000' } })).status).toBe(404);
    expect((await app.call('POST', '/api/plays', { cookie: viewer.cookie, body: { playbookId: 'tp-flow', accountId: account.id } })).status).toBe(403);
    // A starter playbook with another trigger kind can be started by hand too.
    const starter = (await app.call('GET', '/api/playbooks?status=active&kind=playbook&pageSize=200', { cookie: alice.cookie })).body.data.find((p: { id: string }) => !p.id.startsWith('tp-'));
    expect((await app.call('POST', '/api/plays', { cookie: alice.cookie, body: { playbookId: starter.id, accountId: account.id } })).status).toBe(201);
  });

  it("lists an account's plays with steps and outcomes, and a playbook's plays with step counts", async () => {
    const abandoned = await app.call('POST', `/api/plays/${plays.bobs}/abandon`, { cookie: bob.cookie, body: { reason: 'Customer churned' } });
    expect(abandoned.status).toBe(200);
    expect(abandoned.body).toMatchObject({ status: 'closed', outcome: 'abandoned', outcomeReason: 'Customer churned', closedBy: bob.userId });
    expect(abandoned.body.steps.every((s: { state: string }) => s.state === 'cancelled')).toBe(true);
    const list = await app.call('GET', `/api/accounts/${critical.id}/plays`, { cookie: viewer.cookie });
    expect(list.status).toBe(200);
    expect(list.body.data).toHaveLength(1);
    expect(list.body.data[0]).toMatchObject({ id: plays.overdue, status: 'open', success: { within: '30d', when: 'health.score >= 80' }, successBy: addDays(today, 25) });
    expect(list.body.data[0].steps.map((s: { stepId: string }) => s.stepId)).toEqual(['review', 'checkin', 'replied', 'call', 'escalate']);

    const page = await app.call('GET', '/api/playbooks/tp-flow/plays?status=closed', { cookie: viewer.cookie });
    expect(page.body.page.total).toBe(1);
    expect(page.body.data[0]).toMatchObject({ id: plays.bobs, outcome: 'abandoned', accountName: 'Bob Co', steps: { cancelled: 5 } });
    expect((await app.call('GET', '/api/playbooks/tp-flow/plays', { cookie: viewer.cookie })).body.page.total).toBeGreaterThanOrEqual(5);
    expect((await app.call('GET', '/api/playbooks/nope/plays', { cookie: viewer.cookie })).status).toBe(404);
  });

  it('requires a reason to abandon, refuses a closed play, and keeps it to the owner, their manager and managers', async () => {
    const missing = await app.call('POST', `/api/plays/${plays.dueToday}/abandon`, { cookie: alice.cookie, body: { reason: ' ' } });
    expect(missing.status).toBe(400);
    expect(missing.body.error.details.issues[0].path).toBe('reason');
    expect((await app.call('POST', `/api/plays/${plays.dueToday}/abandon`, { cookie: bob.cookie, body: { reason: 'Not mine' } })).status).toBe(403);
    expect((await app.call('POST', `/api/plays/${plays.dueToday}/abandon`, { cookie: manager.cookie, body: { reason: 'Duplicate' } })).status).toBe(200);
    const again = await app.call('POST', `/api/plays/${plays.dueToday}/abandon`, { cookie: manager.cookie, body: { reason: 'Duplicate' } });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('play_closed');
  });

  it('lists notifications and marks them read; API tokens have none', async () => {
    const list = await app.call('GET', '/api/notifications', { cookie: alice.cookie });
    expect(list.status).toBe(200);
    expect(list.body.unread).toBeGreaterThan(0);
    const first = list.body.data[0];
    expect((await app.call('POST', `/api/notifications/${first.id}/read`, { cookie: alice.cookie })).status).toBe(204);
    expect((await app.call('POST', `/api/notifications/${first.id}/read`, { cookie: bob.cookie })).status).toBe(404);
    const marked = await app.call('POST', '/api/notifications/read-all', { cookie: alice.cookie });
    expect(marked.body.marked).toBe(list.body.unread - 1);
    expect((await app.call('GET', '/api/notifications?unread=true', { cookie: alice.cookie })).body).toMatchObject({ unread: 0, data: [] });
    const token = await createToken(db, { name: 'ci', scopes: ['admin'], createdBy: admin.userId });
    expect((await app.call('GET', '/api/notifications', { token: token.token })).status).toBe(403);
    // An admin token reads anyone's worklist, naming whose.
    expect((await app.call('GET', `/api/me/steps?userId=${alice.userId}`, { token: token.token })).status).toBe(200);
  });
});
