import { createServer } from 'node:http';
import type { IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { addDays } from '../src/core/metrics/days.ts';
import type { Db } from '../src/server/db/client.ts';
import { queryRows } from '../src/server/db/client.ts';
import { getAccount } from '../src/server/modules/accounts/service.ts';
import { startPlay } from '../src/server/modules/plays/start-play.ts';
import { changeStep } from '../src/server/modules/plays/transitions.ts';
import { finishWaits } from '../src/server/modules/plays/waits.ts';
import { runWebhookSteps } from '../src/server/modules/plays/webhooks.ts';
import { setSetting } from '../src/server/modules/system/settings.ts';
import { startTestApp } from './support/app.ts';
import type { TestApp } from './support/app.ts';
import { describeBackends } from './support/backends.ts';
import { SETUP_TIMEOUT_MS, flowPlaybook, newAccount, publishPlaybook, quietPlaySchedules, setHealth, setManager } from './support/plays-fixtures.ts';

const TODAY = '2026-11-20';
const HOOK_HOST = 'http://hooks.example.test';
const realFetch = globalThis.fetch;

function automationSteps(hookUrl: string, extra = '') {
  return `  - id: tag-it
    title: Tag the account
    kind: action
    action: { type: add_tag, tag: rescue }
  - id: mark
    title: Mark at risk
    kind: action
    action: { type: update_field, field: lifecycle, value: at-risk }
  - id: trait
    title: Note the source
    kind: action
    action: { type: update_field, field: traits.rescue_source, value: playbook }
  - id: tell
    title: Tell the manager
    kind: action
    action: { type: notify, to: manager, message: A rescue play started }
${extra}  - id: hook
    title: Tell the CRM
    kind: action
    action: { type: webhook, url: "${hookUrl}" }
  - id: pause
    title: Give it a week
    kind: wait
    wait: { for: 7d }
  - id: healthy
    title: Wait until healthy
    kind: wait
    wait: { until: health.score >= 70, timeout: 14d }
  - id: wrap
    title: Usage is back
    kind: milestone`;
}

describeBackends('automatic steps: actions, webhooks, waits and auto-send', (backend) => {
  let app: TestApp;
  let db: Db;
  let manager: { cookie: string; userId: string };
  let csm: { cookie: string; userId: string };
  let server: Server;
  let base: string;
  const received: { path: string; body: any; agent?: string }[] = [];
  const actor = () => ({ id: csm.userId, privileged: false, admin: false });

  beforeAll(async () => {
    server = createServer((req: IncomingMessage, res) => {
      let text = '';
      req.on('data', (chunk) => (text += chunk));
      req.on('end', () => {
        received.push({ path: req.url!, body: text ? JSON.parse(text) : null, agent: req.headers['user-agent'] });
        if (req.url === '/hang') return; // never answers
        res.writeHead(req.url === '/fail' ? 500 : 200).end('ok');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    // Playbook URLs must name a host (lint refuses bare IPs and localhost); the test's host leads to the local server.
    globalThis.fetch = (input, init) => realFetch(String(input).replace(HOOK_HOST, base), init);
    app = await startTestApp(await backend.freshDatabase());
    db = app.running.services.database.db;
    await quietPlaySchedules(app);
    manager = await app.signIn('manager');
    csm = await app.signIn('csm');
    await setManager(db, csm.userId, manager.userId);
    await setSetting(db, 'engine.webhookTimeoutMs', 400);
    await publishPlaybook(app, manager.cookie, 'tp-auto', flowPlaybook('tp-auto', { steps: automationSteps(`${HOOK_HOST}/hook`) }));
    await publishPlaybook(app, manager.cookie, 'tp-auto-fail', flowPlaybook('tp-auto-fail', {
      steps: automationSteps(`${HOOK_HOST}/fail`, `  - id: bad-field
    title: Set a bad touch model
    kind: action
    action: { type: update_field, field: touch_model, value: galaxy }
`),
    }));
    await publishPlaybook(app, manager.cookie, 'tp-auto-hang', flowPlaybook('tp-auto-hang', { steps: automationSteps(`${HOOK_HOST}/hang`) }));
    await publishPlaybook(app, manager.cookie, 'tp-email', flowPlaybook('tp-email'));
  }, SETUP_TIMEOUT_MS);
  afterAll(async () => {
    globalThis.fetch = realFetch;
    await app.stop();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const steps = (playId: string) =>
    queryRows<{ id: string; step_id: string; state: string; outcome: string | null; notes: string | null; result: any; wait_until: string | null }>(
      db,
      sql`select id, step_id, state, outcome, notes, result, wait_until::text from play_steps where play_id = ${playId} order by position`,
    );
  const summary = async (playId: string) => (await steps(playId)).map((s) => [s.step_id, s.state, s.outcome]);

  it('runs actions as they are reached: a tag, field updates, a notification, then a webhook; then waits', async () => {
    const account = await newAccount(db, { name: 'Auto Co', ownerId: csm.userId, traits: { tags: ['vip'] } }, { health: { score: 40, tier: 'critical' } });
    const started = await startPlay(db, { playbookId: 'tp-auto', version: 1, accountId: account.id, trigger: { kind: 'signal' }, today: TODAY });
    if (!started.started) throw new Error('not started');
    expect(await summary(started.playId)).toEqual([
      ['tag-it', 'done', 'ok'], ['mark', 'done', 'ok'], ['trait', 'done', 'ok'], ['tell', 'done', 'ok'],
      ['hook', 'open', null], ['pause', 'pending', null], ['healthy', 'pending', null], ['wrap', 'pending', null],
    ]);
    const updated = await getAccount(db, account.id);
    expect(updated.traits).toEqual({ tags: ['vip', 'rescue'], rescue_source: 'playbook' });
    expect(updated.lifecycleStage).toBe('at-risk');
    const managerNotes = await app.call('GET', '/api/notifications', { cookie: manager.cookie });
    expect(managerNotes.body.data.map((n: { kind: string; title: string }) => [n.kind, n.title])).toContainEqual(['play.notify', 'A rescue play started (Auto Co)']);

    // The webhook is called once the transaction that reached it has committed.
    expect(started.webhookStepIds).toHaveLength(1);
    expect(await runWebhookSteps(db, { stepIds: started.webhookStepIds, today: TODAY })).toEqual({ called: 1, failed: 0 });
    const call = received.find((r) => r.path === '/hook')!;
    expect(call.agent).toMatch(/^Playmaker\//);
    expect(call.body).toMatchObject({ event: 'play.step', playbook: { id: 'tp-auto', version: 1 }, play: { id: started.playId }, account: { id: account.id, name: 'Auto Co' }, step: { id: 'hook', title: 'Tell the CRM' } });
    const afterHook = await steps(started.playId);
    expect(afterHook[4]).toMatchObject({ state: 'done', outcome: 'ok', result: { type: 'webhook', status: 'ok', httpStatus: 200 } });
    expect(afterHook[5]).toMatchObject({ step_id: 'pause', state: 'open', wait_until: addDays(TODAY, 7) });
    // Nothing left to call: a second run calls nobody.
    expect(await runWebhookSteps(db, { today: TODAY })).toEqual({ called: 0, failed: 0 });

    // The duration wait ends on its day; the until-wait then opens with its timeout.
    expect((await finishWaits(db, { today: addDays(TODAY, 6) })).elapsed).toBe(0);
    expect((await finishWaits(db, { today: addDays(TODAY, 7) })).elapsed).toBe(1);
    const waiting = (await steps(started.playId))[6]!;
    expect(waiting).toMatchObject({ step_id: 'healthy', state: 'open', wait_until: addDays(TODAY, 21) });
    expect((await finishWaits(db, { today: addDays(TODAY, 8) })).met).toBe(0);
    await setHealth(db, account.id, 75, 'neutral');
    expect((await finishWaits(db, { today: addDays(TODAY, 9) })).met).toBe(1);
    expect((await summary(started.playId)).slice(5)).toEqual([['pause', 'done', 'elapsed'], ['healthy', 'done', 'condition_met'], ['wrap', 'open', null]]);
  });

  it('records failed actions and webhooks on the step, tells the owner, and goes on', async () => {
    const account = await newAccount(db, { name: 'Fail Co', ownerId: csm.userId }, { health: { score: 30, tier: 'critical' } });
    const started = await startPlay(db, { playbookId: 'tp-auto-fail', version: 1, accountId: account.id, trigger: { kind: 'signal' }, today: TODAY });
    if (!started.started) throw new Error('not started');
    const bad = (await steps(started.playId)).find((s) => s.step_id === 'bad-field')!;
    expect(bad).toMatchObject({ state: 'done', outcome: 'failed', result: { type: 'update_field', status: 'failed' } });
    expect(bad.notes).toMatch(/^touchModel: /);
    expect(await runWebhookSteps(db, { today: TODAY })).toEqual({ called: 1, failed: 1 });
    const hook = (await steps(started.playId)).find((s) => s.step_id === 'hook')!;
    expect(hook).toMatchObject({ state: 'done', outcome: 'failed', notes: 'the endpoint answered HTTP 500', result: { status: 'failed', httpStatus: 500 } });
    expect((await steps(started.playId)).find((s) => s.step_id === 'pause')!.state).toBe('open');
    const notes = await app.call('GET', '/api/notifications', { cookie: csm.cookie });
    expect(notes.body.data.map((n: { kind: string; title: string }) => [n.kind, n.title])).toContainEqual(['action.failed', 'Webhook of "Tell the CRM" failed on Fail Co: the endpoint answered HTTP 500']);
  });

  it('gives up on a webhook that does not answer in time', async () => {
    const account = await newAccount(db, { name: 'Hang Co', ownerId: csm.userId });
    const started = await startPlay(db, { playbookId: 'tp-auto-hang', version: 1, accountId: account.id, trigger: { kind: 'signal' }, today: TODAY });
    if (!started.started) throw new Error('not started');
    const began = Date.now();
    expect(await runWebhookSteps(db, { today: TODAY })).toEqual({ called: 1, failed: 1 });
    expect(Date.now() - began).toBeLessThan(5_000);
    expect((await steps(started.playId)).find((s) => s.step_id === 'hook')).toMatchObject({ outcome: 'failed', notes: 'no answer within 400 ms' });
  });

  it('times an until-wait out when its condition never holds', async () => {
    const account = await newAccount(db, { name: 'Never Healthy', ownerId: csm.userId }, { health: { score: 20, tier: 'critical' } });
    const started = await startPlay(db, { playbookId: 'tp-auto', version: 1, accountId: account.id, trigger: { kind: 'signal' }, today: TODAY });
    if (!started.started) throw new Error('not started');
    await runWebhookSteps(db, { stepIds: started.webhookStepIds, today: TODAY });
    await finishWaits(db, { today: addDays(TODAY, 7) });
    expect((await finishWaits(db, { today: addDays(TODAY, 20) })).timedOut).toBe(0);
    const run = await finishWaits(db, { today: addDays(TODAY, 21) });
    expect(run.timedOut).toBeGreaterThanOrEqual(1);
    expect((await summary(started.playId)).slice(6)).toEqual([['healthy', 'done', 'timeout'], ['wrap', 'open', null]]);
  });

  it('sends tech-touch emails through the outbox only when auto-send is on', async () => {
    const tech = await newAccount(db, { name: 'Tech Co', ownerId: csm.userId, touchModel: 'tech' }, { champion: { name: 'Ray Poe', email: 'ray@tech.example' } });
    const high = await newAccount(db, { name: 'High Co', ownerId: csm.userId, touchModel: 'high' }, { champion: { name: 'Ada Ko', email: 'ada@high.example' } });
    const reachEmail = async (accountId: string) => {
      const started = await startPlay(db, { playbookId: 'tp-email', version: 1, accountId, trigger: { kind: 'signal' }, today: TODAY });
      if (!started.started) throw new Error('not started');
      const [review] = await steps(started.playId);
      await changeStep(db, review!.id, { type: 'complete' }, actor(), { today: TODAY });
      return started.playId;
    };
    const offPlay = await reachEmail(tech.id);
    expect((await summary(offPlay)).slice(1, 3)).toEqual([['checkin', 'open', null], ['replied', 'pending', null]]);

    await setSetting(db, 'engine.autoSend', true);
    await app.call('POST', `/api/plays/${offPlay}/abandon`, { cookie: manager.cookie, body: { reason: 'Start again with auto-send' } });
    const onPlay = await reachEmail(tech.id);
    expect((await summary(onPlay)).slice(1, 3)).toEqual([['checkin', 'done', 'auto_sent'], ['replied', 'open', null]]);
    const checkin = (await steps(onPlay))[1]!;
    const [mail] = await queryRows<{ to: string; subject: string; status: string; body: string }>(db, sql`select "to", subject, status, body from outbox where play_step_id = ${checkin.id}`);
    expect(mail).toMatchObject({ to: 'ray@tech.example', subject: 'Tech Co: a quick check-in', status: 'queued' });
    expect(mail!.body).toContain('Hi Ray,');
    expect((await summary(await reachEmail(high.id)))[1]).toEqual(['checkin', 'open', null]);
    await setSetting(db, 'engine.autoSend', false);
  });
});
