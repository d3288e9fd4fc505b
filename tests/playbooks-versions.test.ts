import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { queryRows } from '../src/server/db/client.ts';
import { versionFor } from '../src/server/modules/playbooks/pilot-service.ts';
import { createToken } from '../src/server/modules/users/tokens.ts';
import { startTestApp } from './support/app.ts';
import type { TestApp } from './support/app.ts';
import { describeBackends } from './support/backends.ts';
import { emailTemplate, playbookYaml } from './support/playbook-files.ts';

const TEMPLATES = { 'test-followup': emailTemplate() };

describeBackends('playbook drafts, versions and status', (backend) => {
  let app: TestApp;
  let manager: { cookie: string; userId: string };

  beforeAll(async () => {
    app = await startTestApp(await backend.freshDatabase());
    manager = await app.signIn('manager');
  });
  afterAll(() => app.stop());

  const as = (cookie: string) => ({
    get: (path: string) => app.call('GET', path, { cookie }),
    put: (path: string, body: unknown) => app.call('PUT', path, { cookie, body }),
    post: (path: string, body: unknown) => app.call('POST', path, { cookie, body }),
  });
  const m = () => as(manager.cookie);

  /** Saves a draft and publishes it; returns the new version number. */
  async function publish(id: string, source: string, changelog = 'A change', templates: Record<string, string> = TEMPLATES): Promise<number> {
    const current = (await m().get(`/api/playbooks/${id}`)).body?.currentVersion ?? null;
    const saved = await m().put(`/api/playbooks/${id}/draft`, { source, templates });
    expect(saved.body.errorCount, JSON.stringify(saved.body.problems)).toBe(0);
    const res = await m().post(`/api/playbooks/${id}/publish`, { changelog, basedOnVersion: current });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.version.number;
  }

  it('creates a playbook from a first draft and reports lint problems live', async () => {
    const created = await m().put('/api/playbooks/flow-test/draft', { source: playbookYaml('flow-test'), templates: TEMPLATES });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ problems: [], errorCount: 0, draft: { playbookId: 'flow-test', basedOnVersion: null, revision: 1, saved: true } });
    expect((await m().get('/api/playbooks/flow-test')).body).toMatchObject({ status: 'draft', path: 'flow-test.yaml', currentVersion: null, version: null });

    const broken = await m().put('/api/playbooks/flow-test/draft', { source: playbookYaml('flow-test').replace('due: 1d', 'due: soon'), templates: {} });
    expect(broken.status).toBe(200);
    expect(broken.body.errorCount).toBe(2);
    expect(broken.body.problems.map((p: { text: string }) => p.text)).toEqual([
      expect.stringMatching(/^flow-test\.yaml:15:10 steps\[0\]\.due: /),
      expect.stringMatching(/^flow-test\.yaml:\d+:\d+ steps\[2\]\.template: template "test-followup" not found/),
    ]);
    expect(broken.body.draft.revision).toBe(2);

    const reserved = await m().put('/api/playbooks/export/draft', { source: playbookYaml('export'), templates: TEMPLATES });
    expect(reserved.status).toBe(400);
    expect(reserved.body.error.details.issues[0]).toMatchObject({ path: 'path.id' });
    const huge = await m().put('/api/playbooks/flow-test/draft', { source: playbookYaml('flow-test'), templates: { 'test-followup': 'x'.repeat(1024 * 1024 + 1) } });
    // The general request limit (1 MB by default) answers first; with a larger one, the draft names the field.
    expect(huge.status).toBe(413);

    const lint = await m().post('/api/playbooks/lint', { source: playbookYaml('other-id').replace('owner: ops@example.com', 'owner: nobody'), templates: TEMPLATES });
    expect(lint.status).toBe(200);
    expect(lint.body.problems.map((p: { text: string }) => p.text)).toEqual([expect.stringMatching(/^other-id\.yaml:7:8 owner: /)]);
    expect(lint.body.outline).toBeUndefined();

    // Clean text comes back with its steps and flowchart, for the editor's side preview.
    const clean = await m().post('/api/playbooks/lint', { source: playbookYaml('other-id'), templates: TEMPLATES });
    expect(clean.body.errorCount).toBe(0);
    expect(clean.body.outline.title).toBe('Test playbook other-id');
    expect(clean.body.outline.steps.slice(0, 2)).toEqual([
      { id: 'first', title: 'Review the account', kind: 'task', owner: 'csm', due: '1 day after the start' },
      { id: 'decide', title: 'Did they reply?', kind: 'decision', owner: 'csm', due: '5 days after "Review the account"' },
    ]);
    expect(clean.body.outline.flowchart).toMatch(/^flowchart TD\n/);
    expect(clean.body.outline.flowchart).toContain('s1 -->|"yes"| s2');
  });

  it('refuses a publish without a changelog note (400 naming changelog) and a draft with errors', async () => {
    for (const changelog of [undefined, '', '   ']) {
      const res = await m().post('/api/playbooks/flow-test/publish', { basedOnVersion: null, ...(changelog === undefined ? {} : { changelog }) });
      expect(res.status).toBe(400);
      expect(res.body.error.details.issues[0]).toEqual({ path: 'changelog', message: 'a changelog note is required: say what changed and why' });
    }
    const res = await m().post('/api/playbooks/flow-test/publish', { changelog: 'First', basedOnVersion: null });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('lint_failed');
    expect(res.body.error.message).toMatch(/^Publish refused: 2 errors\nflow-test\.yaml:15:10 /);
  });

  it('publishes a version recording who and when, and removes the draft', async () => {
    await m().put('/api/playbooks/flow-test/draft', { source: playbookYaml('flow-test'), templates: TEMPLATES });
    const res = await m().post('/api/playbooks/flow-test/publish', { changelog: 'First version', basedOnVersion: null });
    expect(res.status).toBe(201);
    expect(res.body.version).toMatchObject({ number: 1, changelog: 'First version', publishedBy: manager.userId });
    expect(Date.now() - Date.parse(res.body.version.publishedAt)).toBeLessThan(60_000);
    const draft = await m().get('/api/playbooks/flow-test/draft');
    expect(draft.body).toMatchObject({ saved: false, basedOnVersion: 1, revision: 0 });
    expect((await m().post('/api/playbooks/flow-test/publish', { changelog: 'Again', basedOnVersion: 1 })).body.error.code).toBe('no_draft');
    // Publishing what is already published is refused.
    await m().put('/api/playbooks/flow-test/draft', { source: playbookYaml('flow-test'), templates: TEMPLATES });
    const same = await m().post('/api/playbooks/flow-test/publish', { changelog: 'Same', basedOnVersion: 1 });
    expect(same.status).toBe(409);
    expect(same.body.error.code).toBe('no_changes');
  });

  it('lets exactly one of two concurrent publishes win; the other gets 409 stale_draft', async () => {
    await m().put('/api/playbooks/flow-test/draft', { source: playbookYaml('flow-test', { title: 'Concurrent title' }), templates: TEMPLATES });
    const [a, b] = await Promise.all([
      m().post('/api/playbooks/flow-test/publish', { changelog: 'Alice', basedOnVersion: 1 }),
      m().post('/api/playbooks/flow-test/publish', { changelog: 'Bob', basedOnVersion: 1 }),
    ]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    const loser = a.status === 409 ? a : b;
    expect(loser.body.error.code).toBe('stale_draft');
    expect(loser.body.error.message).toMatch(/Rebase the draft on version 2/);
    const versions = await m().get('/api/playbooks/flow-test/versions');
    expect(versions.body.versions.map((v: { number: number }) => v.number)).toEqual([2, 1]);
  });

  it('refuses a publish when someone published since the draft was based (rebase first)', async () => {
    await m().put('/api/playbooks/flow-test/draft', { source: playbookYaml('flow-test', { title: 'Old base' }), templates: TEMPLATES, basedOnVersion: 1 });
    const stale = await m().post('/api/playbooks/flow-test/publish', { changelog: 'Stale', basedOnVersion: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: 'stale_draft', details: { basedOnVersion: 1, currentVersion: 2 } });
    // Claiming the latest base while the saved draft is on an older one is refused too.
    const claimed = await m().post('/api/playbooks/flow-test/publish', { changelog: 'Claimed', basedOnVersion: 2 });
    expect(claimed.body.error.code).toBe('stale_draft');
    await m().put('/api/playbooks/flow-test/draft', { source: playbookYaml('flow-test', { title: 'Rebased', stepTitle: 'Review usage' }), templates: TEMPLATES, basedOnVersion: 2 });
    expect((await m().post('/api/playbooks/flow-test/publish', { changelog: 'Rebased', basedOnVersion: 2 })).status).toBe(201);
  });

  it('refuses a draft save over a newer save when the revision is given', async () => {
    const first = await m().put('/api/playbooks/flow-test/draft', { source: playbookYaml('flow-test', { title: 'Rev A' }), templates: TEMPLATES });
    const revision = first.body.draft.revision;
    expect((await m().put('/api/playbooks/flow-test/draft', { source: playbookYaml('flow-test', { title: 'Rev B' }), templates: TEMPLATES, revision })).status).toBe(200);
    const late = await m().put('/api/playbooks/flow-test/draft', { source: playbookYaml('flow-test', { title: 'Rev C' }), templates: TEMPLATES, revision });
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('draft_changed');
    expect((await app.call('DELETE', '/api/playbooks/flow-test/draft', { cookie: manager.cookie })).status).toBe(204);
  });

  it('never changes a published version: no endpoint does, and the database refuses', async () => {
    for (const method of ['PUT', 'PATCH', 'DELETE']) {
      const res = await app.call(method, '/api/playbooks/flow-test/versions/1', { cookie: manager.cookie, body: { source: 'x' } });
      expect(res.status, method).toBe(405);
      expect(res.body.error.code).toBe('version_immutable');
      expect(res.body.error.message).toContain('PUT /api/playbooks/flow-test/draft');
      expect(res.headers.get('allow')).toBe('GET');
    }
    const db = app.running.services.database.db;
    await expect(db.execute(sql`update playbook_versions set changelog = 'rewritten' where playbook_id = 'flow-test'`)).rejects.toThrow();
    const [row] = await queryRows<{ changelog: string }>(db, sql`select changelog from playbook_versions where playbook_id = 'flow-test' and number = 1`);
    expect(row!.changelog).toBe('First version');
  });

  it('diffs two versions, structured and as unified text', async () => {
    const res = await m().get('/api/playbooks/flow-test/diff?from=1&to=3');
    expect(res.status).toBe(200);
    expect(res.body.fields).toEqual([{ field: 'title', before: 'Test playbook flow-test', after: 'Rebased' }]);
    expect(res.body.steps.changed).toEqual([{ id: 'first', title: 'Review usage', changes: [{ field: 'title', before: 'Review the account', after: 'Review usage' }] }]);
    expect(res.body.steps.added).toEqual([]);
    expect(res.body.text).toContain('--- flow-test.yaml (version 1)\n+++ flow-test.yaml (version 3)\n');
    expect(res.body.text).toContain('-title: Test playbook flow-test\n+title: Rebased\n');
    expect((await m().get('/api/playbooks/flow-test/diff?from=1&to=9')).status).toBe(404);
    expect((await m().get('/api/playbooks/flow-test/diff?from=1')).body.error.details.issues[0].path).toBe('query.to');
  });

  it('diffs added steps and changed templates', async () => {
    const source = playbookYaml('flow-test', { title: 'Rebased', stepTitle: 'Review usage' }).replace(
      'success:',
      '  - id: wrap-up\n    title: Write the summary\n    due: 1d after follow-up\nsuccess:',
    );
    const version = await publish('flow-test', source, 'Add a wrap-up step', { 'test-followup': emailTemplate('Next steps for {{ account.name }}') });
    const res = await m().get(`/api/playbooks/flow-test/diff?from=3&to=${version}`);
    expect(res.body.steps.added.map((s: { id: string }) => s.id)).toEqual(['wrap-up']);
    expect(res.body.templates).toEqual({ added: [], removed: [], changed: ['test-followup'] });
    expect(res.body.text).toContain(`--- templates/test-followup.liquid (version 3)`);
  });

  it('reverts by publishing an old version as a new one', async () => {
    const before = (await m().get('/api/playbooks/flow-test')).body.currentVersion;
    const res = await m().post('/api/playbooks/flow-test/revert', { version: 1, changelog: 'Back to the original' });
    expect(res.status).toBe(201);
    expect(res.body.version).toMatchObject({ number: before + 1, changelog: 'Revert to version 1: Back to the original' });
    const [v1, reverted] = await Promise.all([m().get('/api/playbooks/flow-test/versions/1'), m().get(`/api/playbooks/flow-test/versions/${before + 1}`)]);
    expect(reverted.body.source).toBe(v1.body.source);
    expect(reverted.body.templates).toEqual(v1.body.templates);
    expect((await m().post('/api/playbooks/flow-test/revert', { version: 1 })).body.error.details.issues[0].path).toBe('changelog');
    expect((await m().post('/api/playbooks/flow-test/revert', { version: 1, changelog: 'Again' })).body.error.code).toBe('no_changes');
  });

  it('moves status only forward: draft → pilot → active → retired', async () => {
    const status = (to: string, extra: object = {}) => m().post('/api/playbooks/flow-test/status', { status: to, ...extra });
    expect((await status('retired')).body.error).toMatchObject({ code: 'illegal_transition', details: { from: 'draft', allowed: ['pilot', 'active'] } });
    expect((await status('pilot')).body.error.code).toBe('pilot_not_set');
    const csm = await app.signIn('csm');
    expect((await m().put('/api/playbooks/flow-test/pilot', { version: 1, userIds: [csm.userId], startsOn: '2026-01-01', endsOn: '2026-01-31' })).status).toBe(200);
    expect((await status('pilot')).body).toMatchObject({ status: 'pilot', activeVersion: null });
    expect((await status('draft')).status).toBe(409);
    expect((await status('active')).body).toMatchObject({ status: 'active', activeVersion: 1 });
    expect((await status('pilot')).status).toBe(409);
    expect((await status('active')).body.error.code).toBe('illegal_transition');
    expect((await status('active', { version: 2 })).body).toMatchObject({ status: 'active', activeVersion: 2 });
    expect((await status('active', { version: 99 })).body.error.details.issues[0].path).toBe('version');
    expect((await status('retired')).body.status).toBe('retired');
    const back = await status('active');
    expect(back.status).toBe(409);
    expect(back.body.error.message).toContain('it can move to no other status');
    expect((await status('sleeping')).body.error.details.issues[0].path).toBe('status');
  });

  it('lets only managers and admins edit, publish and change status', async () => {
    const csm = await app.signIn('csm');
    const viewer = await app.signIn('viewer');
    for (const who of [csm, viewer]) {
      expect((await as(who.cookie).put('/api/playbooks/renewal/draft', { source: 'x', templates: {} })).status).toBe(403);
      expect((await as(who.cookie).post('/api/playbooks/renewal/publish', { changelog: 'x', basedOnVersion: 1 })).status).toBe(403);
      expect((await as(who.cookie).post('/api/playbooks/renewal/status', { status: 'retired' })).status).toBe(403);
      expect((await as(who.cookie).get('/api/playbooks/renewal/versions')).status).toBe(200);
    }
    const admin = await app.signIn('admin');
    expect((await as(admin.cookie).get('/api/playbooks/renewal/draft')).status).toBe(200);
  });
});

describeBackends('playbook pilots and feedback', (backend) => {
  let app: TestApp;
  let manager: { cookie: string; userId: string };
  let pilotCsm: { cookie: string; userId: string };
  let otherCsm: { cookie: string; userId: string };

  beforeAll(async () => {
    app = await startTestApp(await backend.freshDatabase());
    manager = await app.signIn('manager');
    pilotCsm = await app.signIn('csm');
    otherCsm = await app.signIn('csm');
    // qbr is active at version 1; version 2 is published but held back for a pilot.
    const current = (await app.call('GET', '/api/playbooks/qbr/draft', { cookie: manager.cookie })).body;
    await app.call('PUT', '/api/playbooks/qbr/draft', { cookie: manager.cookie, body: { source: current.source.replace('title: ', 'title: Piloted '), templates: current.templates } });
    const published = await app.call('POST', '/api/playbooks/qbr/publish', { cookie: manager.cookie, body: { changelog: 'Try a shorter agenda', basedOnVersion: 1, activate: false } });
    expect(published.body.playbook).toMatchObject({ currentVersion: 2, activeVersion: 1 });
  });
  afterAll(() => app.stop());

  it('validates the pilot, naming each bad field', async () => {
    const res = await app.call('PUT', '/api/playbooks/qbr/pilot', { cookie: manager.cookie, body: { version: 7, userIds: [pilotCsm.userId, 'ghost'], startsOn: '2026-03-10', endsOn: '2026-03-01' } });
    expect(res.status).toBe(400);
    expect(res.body.error.details.issues.map((i: { path: string }) => i.path).sort()).toEqual(['endsOn', 'userIds.1', 'version']);
    const dates = await app.call('PUT', '/api/playbooks/qbr/pilot', { cookie: manager.cookie, body: { version: 2, userIds: [pilotCsm.userId], startsOn: '10/03/2026', endsOn: '2026-03-31' } });
    expect(dates.body.error.details.issues[0].path).toBe('startsOn');
    const csmTry = await app.call('PUT', '/api/playbooks/qbr/pilot', { cookie: pilotCsm.cookie, body: { version: 2, userIds: [pilotCsm.userId], startsOn: '2026-03-01', endsOn: '2026-03-31' } });
    expect(csmTry.status).toBe(403);
  });

  it('gives the pilot version to pilot users inside the window and the active version to everyone else', async () => {
    const set = await app.call('PUT', '/api/playbooks/qbr/pilot', {
      cookie: manager.cookie,
      body: { version: 2, userIds: [pilotCsm.userId], startsOn: '2026-03-01', endsOn: '2026-03-31' },
    });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ version: 2, userIds: [pilotCsm.userId], startsOn: '2026-03-01', endsOn: '2026-03-31', updatedBy: manager.userId });
    const db = app.running.services.database.db;
    expect(await versionFor(db, 'qbr', pilotCsm.userId, '2026-03-01')).toEqual({ version: 2, reason: 'pilot' });
    expect(await versionFor(db, 'qbr', pilotCsm.userId, '2026-03-31')).toEqual({ version: 2, reason: 'pilot' });
    expect(await versionFor(db, 'qbr', pilotCsm.userId, '2026-04-01')).toEqual({ version: 1, reason: 'active' });
    expect(await versionFor(db, 'qbr', pilotCsm.userId, '2026-02-28')).toEqual({ version: 1, reason: 'active' });
    expect(await versionFor(db, 'qbr', otherCsm.userId, '2026-03-15')).toEqual({ version: 1, reason: 'active' });
    expect(await versionFor(db, 'qbr', null, '2026-03-15')).toEqual({ version: 1, reason: 'active' });
    expect(await versionFor(db, 'no-such-playbook', pilotCsm.userId, '2026-03-15')).toBeNull();
  });

  it('shows each person the version that applies to them today', async () => {
    const today = new Date().toISOString().slice(0, 10);
    await app.call('PUT', '/api/playbooks/qbr/pilot', { cookie: manager.cookie, body: { version: 2, userIds: [pilotCsm.userId], startsOn: today, endsOn: today } });
    expect((await app.call('GET', '/api/playbooks/qbr', { cookie: pilotCsm.cookie })).body.version.number).toBe(2);
    expect((await app.call('GET', '/api/playbooks/qbr', { cookie: otherCsm.cookie })).body.version.number).toBe(1);
    expect((await app.call('GET', '/api/playbooks/qbr?version=2', { cookie: otherCsm.cookie })).body.version.number).toBe(2);
    // Retired playbooks apply to nobody.
    expect((await app.call('POST', '/api/playbooks/qbr/status', { cookie: manager.cookie, body: { status: 'retired' } })).status).toBe(200);
    expect(await versionFor(app.running.services.database.db, 'qbr', pilotCsm.userId, today)).toBeNull();
  });

  it('collects 1–5 feedback per version from signed-in non-viewers, listed per version with the average', async () => {
    const post = (who: { cookie: string }, version: number, body: unknown) =>
      app.call('POST', `/api/playbooks/renewal/versions/${version}/feedback`, { cookie: who.cookie, body });
    expect((await post(pilotCsm, 1, { rating: 4, comment: 'Clear steps' })).status).toBe(201);
    expect((await post(otherCsm, 1, { rating: 1, comment: 'Too long' })).status).toBe(201);
    // A second rating by the same person replaces the first.
    expect((await post(otherCsm, 1, { rating: 2 })).body).toMatchObject({ version: 1, rating: 2, comment: null });
    expect((await post(manager, 1, { rating: 5 })).status).toBe(201);

    const bad = await post(pilotCsm, 1, { rating: 6 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.issues).toEqual([{ path: 'rating', message: 'must be a whole number from 1 to 5' }]);
    expect((await post(pilotCsm, 1, { rating: 2.5 })).body.error.details.issues[0].path).toBe('rating');
    expect((await post(pilotCsm, 9, { rating: 3 })).status).toBe(404);
    const viewer = await app.signIn('viewer');
    expect((await post(viewer, 1, { rating: 3 })).status).toBe(403);
    const token = (await createToken(app.running.services.database.db, { name: 'bot', scopes: ['admin'], createdBy: manager.userId })).token;
    const byToken = await app.call('POST', '/api/playbooks/renewal/versions/1/feedback', { token, body: { rating: 3 } });
    expect(byToken.status).toBe(403);

    const list = await app.call('GET', '/api/playbooks/renewal/feedback', { cookie: viewer.cookie });
    expect(list.status).toBe(200);
    expect(list.body.versions).toEqual([
      expect.objectContaining({ version: 1, count: 3, averageRating: 3.67 }),
    ]);
    expect(list.body.versions[0].entries.map((e: { rating: number; comment: string | null }) => [e.rating, e.comment]).sort()).toEqual([[2, null], [4, 'Clear steps'], [5, null]]);
    const one = await app.call('GET', '/api/playbooks/renewal/versions/1/feedback', { cookie: viewer.cookie });
    expect(one.body.versions).toHaveLength(1);
    expect(one.body.versions[0].averageRating).toBe(3.67);
  });
});
