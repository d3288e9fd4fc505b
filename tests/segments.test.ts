import { afterAll, beforeAll, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { Db } from '../src/server/db/client.ts';
import { queryRows } from '../src/server/db/client.ts';
import { recomputeSegments } from '../src/server/modules/engine/segment-membership.ts';
import { describeBackends } from './support/backends.ts';
import { startTestApp } from './support/app.ts';
import type { TestApp } from './support/app.ts';
import { addAccount, publishPlaybooks } from './fixtures/engine-playbooks.ts';

describeBackends('segments API', (backend) => {
  let app: TestApp;
  let db: Db;
  let manager: { cookie: string };
  let csm: { cookie: string };
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    app = await startTestApp(await backend.freshDatabase());
    db = app.running.services.database.db;
    manager = await app.signIn('manager');
    csm = await app.signIn('csm');
    for (let i = 0; i < 7; i++) ids[`ent${i}`] = await addAccount(db, { name: `Enterprise ${i}`, arr: 200_000 + i, touchModel: 'high' });
    ids.smb = await addAccount(db, { name: 'Small shop', arr: 5_000, touchModel: 'tech' });
    ids.odd = await addAccount(db, { name: 'Odd traits', arr: 300_000, touchModel: 'low', traits: { employees: 'many' } });
  });
  afterAll(() => app.stop());

  it('creates a segment, computes its members at once, and pages them', async () => {
    const created = await app.call('POST', '/api/segments', { cookie: manager.cookie, body: { id: 'big-accounts', name: 'Big accounts', condition: 'arr >= 100000 and touch_model = "high"' } });
    expect(created.status).toBe(201);
    expect(created.body.segment).toMatchObject({ id: 'big-accounts', members: 7, lastError: null });
    expect(created.body.recompute).toEqual({ id: 'big-accounts', added: 7, removed: 0 });

    const page = await app.call('GET', '/api/segments/big-accounts/members?page=2&pageSize=5', { cookie: csm.cookie });
    expect(page.status).toBe(200);
    expect(page.body.page).toEqual({ page: 2, pageSize: 5, total: 7 });
    expect(page.body.data.map((m: { name: string }) => m.name)).toEqual(['Enterprise 5', 'Enterprise 6']);
    const list = await app.call('GET', '/api/segments', { cookie: csm.cookie });
    expect(list.body.data.find((s: { id: string }) => s.id === 'big-accounts').members).toBe(7);
  });

  it('refuses an invalid condition with its line and column, and writes only for managers', async () => {
    const bad = await app.call('POST', '/api/segments', { cookie: manager.cookie, body: { id: 'bad', name: 'Bad', condition: 'arr >= 1 and\n  helth.score < 3' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('invalid_condition');
    expect(bad.body.error.details.issues[0]).toMatchObject({ path: 'condition', line: 2, col: 3 });
    expect(bad.body.error.message).toMatch(/^condition 2:3 /);

    const unknown = await app.call('POST', '/api/segments', { cookie: manager.cookie, body: { id: 'reads-missing', name: 'X', condition: 'in_segment("nope")' } });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toMatch(/do not exist: nope/);

    const forbidden = await app.call('POST', '/api/segments', { cookie: csm.cookie, body: { id: 'csm-made', name: 'X', condition: 'arr > 0' } });
    expect(forbidden.status).toBe(403);
    const dup = await app.call('POST', '/api/segments', { cookie: manager.cookie, body: { id: 'big-accounts', name: 'Again', condition: 'arr > 0' } });
    expect(dup.status).toBe(409);
  });

  it('in_segment reads membership; a segment cannot read itself; one in use cannot be deleted', async () => {
    const vip = await app.call('POST', '/api/segments', { cookie: manager.cookie, body: { id: 'vip', name: 'VIP', condition: 'in_segment("big-accounts") and arr >= 200005' } });
    expect(vip.body.segment.members).toBe(2);
    const loop = await app.call('PATCH', '/api/segments/big-accounts', { cookie: manager.cookie, body: { condition: 'in_segment("vip")' } });
    expect(loop.status).toBe(400);
    expect(loop.body.error.message).toMatch(/would read itself/);

    const inUse = await app.call('DELETE', '/api/segments/big-accounts', { cookie: manager.cookie });
    expect(inUse.status).toBe(409);
    expect(inUse.body.error.details.usedBy).toEqual(['segment vip']);
    await publishPlaybooks(db, { 'vip-touch': { trigger: { kind: 'signal', when: 'arr > 0', segment: 'vip' } } });
    const usedByPlaybook = await app.call('DELETE', '/api/segments/vip', { cookie: manager.cookie });
    expect(usedByPlaybook.body.error.details.usedBy).toEqual(['playbook vip-touch (version 1)']);
  });

  it('updates membership when the condition or the data change, only for the accounts asked about', async () => {
    const changed = await app.call('PATCH', '/api/segments/big-accounts', { cookie: manager.cookie, body: { condition: 'arr >= 100000' } });
    expect(changed.status).toBe(200);
    expect(changed.body.segment.members).toBe(8);
    expect(changed.body.recompute).toMatchObject({ added: 1, removed: 0 });

    await db.execute(sql`update accounts set arr = 1 where id = ${ids.ent0!} or id = ${ids.ent1!}`);
    const scoped = await recomputeSegments(db, { ids: ['big-accounts'], accountIds: [ids.ent0!] });
    expect(scoped).toEqual([{ id: 'big-accounts', added: 0, removed: 1 }]);
    const recomputed = await app.call('POST', '/api/segments/big-accounts/recompute', { cookie: manager.cookie });
    expect(recomputed.body).toMatchObject({ added: 0, removed: 1, segment: { members: 6 } });
  });

  it('keeps the previous members and records the error when the condition fails at run time', async () => {
    await app.call('POST', '/api/segments', { cookie: manager.cookie, body: { id: 'by-size', name: 'By size', condition: 'arr > 250000' } });
    await db.execute(sql`update segments set condition = 'traits.employees > 10' where id = 'by-size'`);
    const recomputed = await app.call('POST', '/api/segments/by-size/recompute', { cookie: manager.cookie });
    expect(recomputed.body.error).toMatch(/invalid input syntax for type double precision/);
    expect(recomputed.body.segment).toMatchObject({ members: 1, lastError: expect.stringMatching(/double precision/) });
    const [row] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from segment_members where segment_id = 'by-size'`);
    expect(row!.n).toBe(1);
  });
});
