import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Db } from '../src/server/db/client.ts';
import { queryRows } from '../src/server/db/client.ts';
import { addDays } from '../src/core/conditions/dates.ts';
import { utcToday } from '../src/core/metrics/days.ts';
import { describeBackends } from './support/backends.ts';
import { startTestApp } from './support/app.ts';
import type { TestApp } from './support/app.ts';
import { send, writeKey } from './fixtures/ingest/tracking.ts';
import { addAccount, addEvent, publishPlaybooks, triggerPlaybookYaml } from './fixtures/engine-playbooks.ts';

const TODAY = utcToday();

describeBackends('engine API: preview, explain, trigger errors, evaluation after ingest', (backend) => {
  let app: TestApp;
  let db: Db;
  let admin: { cookie: string };
  let manager: { cookie: string };
  let csm: { cookie: string; userId: string };
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    app = await startTestApp(await backend.freshDatabase());
    db = app.running.services.database.db;
    admin = await app.signIn('admin');
    manager = await app.signIn('manager');
    csm = await app.signIn('csm');
    ids.low = await addAccount(db, { name: 'Preview low', arr: 90_000, healthScore: 35, lifecycle: 'adoption', touchModel: 'high' });
    ids.mid = await addAccount(db, { name: 'Preview mid', arr: 40_000, healthScore: 55, lifecycle: 'onboarding', touchModel: 'high' });
    ids.high = await addAccount(db, { name: 'Preview high', arr: 10_000, healthScore: 90, lifecycle: 'adoption', touchModel: 'tech' });
  });
  afterAll(() => app.stop());

  it('previews a condition: the matching accounts with the values that made them match', async () => {
    const res = await app.call('POST', '/api/engine/preview', { cookie: csm.cookie, body: { condition: 'health.score < 60 and arr > 20000' } });
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(2);
    expect(res.body.accounts).toEqual([
      { id: ids.low, name: 'Preview low', values: { 'health.score': '35', arr: '90000' } },
      { id: ids.mid, name: 'Preview mid', values: { 'health.score': '55', arr: '40000' } },
    ]);
    const limited = await app.call('POST', '/api/engine/preview', { cookie: csm.cookie, body: { condition: 'health.score < 60 and arr > 20000', limit: 1, offset: 1 } });
    expect(limited.body.accounts.map((a: { id: string }) => a.id)).toEqual([ids.mid]);

    const bad = await app.call('POST', '/api/engine/preview', { cookie: csm.cookie, body: { condition: 'health.score <' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ code: 'invalid_condition', details: { issues: [{ path: 'condition', line: 1, col: 15 }] } });
    const both = await app.call('POST', '/api/engine/preview', { cookie: csm.cookie, body: {} });
    expect(both.status).toBe(400);
  });

  it("previews a playbook's trigger with a dry run of the next sweep", async () => {
    await publishPlaybooks(db, {
      'preview-signal': { trigger: { kind: 'signal', when: 'health.score < 60 and lifecycle != "onboarding"' }, holdout: '0%' },
      'preview-event': { trigger: { kind: 'event', event: 'qbr_requested', where: 'touch_model = "high"' } },
    });
    const signal = await app.call('POST', '/api/engine/preview', { cookie: csm.cookie, body: { playbookId: 'preview-signal' } });
    expect(signal.status).toBe(200);
    expect(signal.body).toMatchObject({ kind: 'signal', playbookId: 'preview-signal', version: 1, total: 1 });
    expect(signal.body.accounts).toEqual([{ id: ids.low, name: 'Preview low', values: { 'health.score': '35', lifecycle: 'adoption' } }]);
    expect(signal.body.nextSweep).toMatchObject({ started: 1, decisions: [{ accountId: ids.low, outcome: 'started' }] });
    expect(await queryRows(db, sql`select 1 from plays where playbook_id = 'preview-signal'`)).toEqual([]);

    const message = await addEvent(db, ids.mid!, 'qbr_requested', `${TODAY}T00:00:01Z`, { topic: 'roadmap' });
    const event = await app.call('POST', '/api/engine/preview', { cookie: csm.cookie, body: { playbookId: 'preview-event' } });
    expect(event.body.accounts).toEqual([{ id: ids.mid, name: 'Preview mid', detail: expect.objectContaining({ key: `event:${message}`, event: 'qbr_requested', properties: { topic: 'roadmap' } }) }]);

    const manual = await app.call('POST', '/api/engine/preview', { cookie: csm.cookie, body: { playbookId: 'executive-escalation' } });
    expect(manual.status).toBe(400);
    expect(manual.body.error.code).toBe('no_trigger');
  });

  it('previews the trigger of a playbook being edited, from its YAML, without storing anything', async () => {
    const source = triggerPlaybookYaml('preview-draft', { kind: 'signal', when: 'health.score < 60' });
    const res = await app.call('POST', '/api/engine/preview', { cookie: manager.cookie, body: { source } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ kind: 'signal', playbookId: 'preview-draft', total: 2 });
    expect(res.body.nextSweep).toBeUndefined();
    expect(res.body.accounts.map((a: { name: string }) => a.name).sort()).toEqual(['Preview low', 'Preview mid']);
    expect(res.body.accounts[0].values).toHaveProperty(['health.score']);
    expect(await queryRows(db, sql`select 1 from playbooks where id = 'preview-draft'`)).toEqual([]);

    const broken = await app.call('POST', '/api/engine/preview', { cookie: manager.cookie, body: { source: source.replace('title: Engine', 'titel: Engine') } });
    expect(broken.status).toBe(400);
    expect(broken.body.error.code).toBe('lint_failed');
    expect(broken.body.error.details.problems).toContainEqual(expect.objectContaining({ line: 2, severity: 'error', message: expect.stringContaining('titel') }));

    const manual = await app.call('POST', '/api/engine/preview', { cookie: manager.cookie, body: { source: triggerPlaybookYaml('preview-manual', { kind: 'manual' }) } });
    expect(manual.body.error.code).toBe('no_trigger');
    const two = await app.call('POST', '/api/engine/preview', { cookie: manager.cookie, body: { source, condition: 'arr > 1' } });
    expect(two.status).toBe(400);
  });

  it('explains why one account does or does not match', async () => {
    const res = await app.call('GET', `/api/engine/explain?accountId=${ids.mid}&condition=${encodeURIComponent('health.score < 60 and lifecycle != "onboarding"')}`, { cookie: csm.cookie });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ accountId: ids.mid, name: 'Preview mid', matches: false });
    expect(res.body.tree).toEqual({
      text: 'health.score < 60 and lifecycle != "onboarding"',
      result: false,
      children: [
        { text: 'health.score < 60', result: true, values: { 'health.score': 55 } },
        { text: 'lifecycle != "onboarding"', result: false, values: { lifecycle: 'onboarding' } },
      ],
    });
    const withEvent = await app.call('POST', '/api/engine/explain', { cookie: csm.cookie, body: { accountId: ids.low, condition: 'properties.score <= 6 and touch_model = "high"', eventProperties: { score: 4 } } });
    expect(withEvent.body.matches).toBe(true);
    const bad = await app.call('GET', `/api/engine/explain?accountId=${ids.mid}&condition=${encodeURIComponent('helth.score < 3')}`, { cookie: csm.cookie });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.issues[0]).toMatchObject({ line: 1, col: 1, message: expect.stringMatching(/unknown name "helth.score"/) });
    const missing = await app.call('GET', `/api/engine/explain?accountId=00000000-0000-4000-8000-000000000000&condition=arr%20%3E%200`, { cookie: csm.cookie });
    expect(missing.status).toBe(404);
  });

  it('shows admins the triggers that failed at run time', async () => {
    await publishPlaybooks(db, { 'failing-cast': { trigger: { kind: 'signal', when: 'traits.employees > 10' } } });
    await addAccount(db, { name: 'Text employees', traits: { employees: 'a few' } });
    const swept = await app.call('POST', '/api/engine/sweep', { cookie: admin.cookie, body: { playbookIds: ['failing-cast', 'preview-signal'] } });
    expect(swept.status).toBe(200);
    expect(swept.body.errors).toEqual([{ playbookId: 'failing-cast', version: 1, message: expect.stringMatching(/double precision/) }]);
    expect(swept.body.started).toBe(1);
    const list = await app.call('GET', '/api/engine/trigger-errors', { cookie: admin.cookie });
    expect(list.status).toBe(200);
    expect(list.body.data[0]).toMatchObject({ playbookId: 'failing-cast', version: 1, triggerKind: 'signal', repeats: 1, resolvedAt: null });
    expect((await app.call('GET', '/api/engine/trigger-errors', { cookie: manager.cookie })).status).toBe(403);
  });

  it('evaluates after an event arrives: the onboarding play of the starter library reaches the worklist', async () => {
    const account = await addAccount(db, { name: 'Just signed', touchModel: 'high', ownerId: csm.userId, contractStart: addDays(TODAY, -1) });
    await db.execute(sql`update accounts set product_id = 'prod-just-signed' where id = ${account}`);
    const key = await writeKey(db);
    const sent = await send(app, '/v1/track', { type: 'track', event: 'contract_signed', userId: 'u-1', messageId: 'signed-1', context: { groupId: 'prod-just-signed' }, timestamp: new Date().toISOString() }, key);
    expect(sent.status).toBe(200);
    const started = Date.now();
    let playId: string | undefined;
    while (Date.now() - started < 20_000 && !playId) {
      await new Promise((r) => setTimeout(r, 200));
      [{ id: playId } = { id: undefined }] = await queryRows<{ id: string }>(db, sql`select id::text as id from plays where account_id = ${account} and playbook_id = 'onboarding'`);
    }
    expect(playId).toBeTruthy();
    const [play] = await queryRows<{ trigger_key: string; trigger_kind: string }>(db, sql`select trigger_key, trigger_kind from plays where id = ${playId}`);
    expect(play).toEqual({ trigger_kind: 'event', trigger_key: 'event:signed-1' });
    const worklist = await app.call('GET', '/api/me/steps?view=upcoming&days=60', { cookie: csm.cookie });
    const today = await app.call('GET', '/api/me/steps?view=today', { cookie: csm.cookie });
    expect([...worklist.body.steps, ...today.body.steps].some((s: { playId: string }) => s.playId === playId)).toBe(true);
  });
});
