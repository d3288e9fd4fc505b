import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { queryRows } from '../src/server/db/client.ts';
import { readLibraryDir } from '../src/server/modules/playbooks/library-dir.ts';
import { createToken } from '../src/server/modules/users/tokens.ts';
import { startTestApp } from './support/app.ts';
import type { TestApp } from './support/app.ts';
import { describeBackends } from './support/backends.ts';
import { BROKEN_DIR, emailTemplate, emptyLibrary, playbookYaml, STARTER_DIR } from './support/playbook-files.ts';

const MB = 1024 * 1024;

describeBackends('playbook import and export', (backend) => {
  let app: TestApp;
  let manager: { cookie: string; userId: string };

  beforeAll(async () => {
    app = await startTestApp(await backend.freshDatabase());
    manager = await app.signIn('manager');
  });
  afterAll(() => app.stop());

  const exportFiles = async () => {
    const res = await app.call('GET', '/api/playbooks/export', { cookie: manager.cookie });
    expect(res.status).toBe(200);
    return res.body.files as { path: string; content: string }[];
  };
  const importFiles = (files: { path: string; content: string }[], extra: Record<string, unknown> = {}) =>
    app.call('POST', '/api/playbooks/import', { cookie: manager.cookie, body: { files, ...extra } });
  const versionCount = async () =>
    (await queryRows<{ n: number }>(app.running.services.database.db, sql`select count(*)::int as n from playbook_versions`))[0]!.n;

  it('loads the starter library on first start: version 1, active, published by the system', async () => {
    const list = await app.call('GET', '/api/playbooks?pageSize=200', { cookie: manager.cookie });
    expect(list.status).toBe(200);
    expect(list.body.page.total).toBe(19);
    expect(list.body.data.every((p: { status: string; currentVersion: number; activeVersion: number }) => p.status === 'active' && p.currentVersion === 1 && p.activeVersion === 1)).toBe(true);
    const versions = await app.call('GET', '/api/playbooks/renewal/versions', { cookie: manager.cookie });
    expect(versions.body.versions).toEqual([expect.objectContaining({ number: 1, changelog: 'Starter library', publishedBy: null })]);

    // A second start on the same database does not load it again.
    const again = await startTestApp(app.running.services.database);
    await again.stop();
    expect(await versionCount()).toBe(19);
  });

  it('exports the starter library byte for byte as it is on disk', async () => {
    const disk = await readLibraryDir(STARTER_DIR);
    const exported = await exportFiles();
    expect(exported.map((f) => f.path)).toEqual(disk.files.map((f) => f.path));
    for (const file of exported) expect(Buffer.from(file.content, 'utf8').equals(readFileSync(join(STARTER_DIR, file.path))), file.path).toBe(true);
  });

  it('creates no version when an imported file is unchanged', async () => {
    const before = await versionCount();
    const res = await importFiles(await exportFiles());
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ created: [], updated: [], moved: [] });
    expect(res.body.unchanged).toHaveLength(19);
    expect(await versionCount()).toBe(before);
  });

  it('creates a new version of a changed file with the changelog "Imported from <path>"', async () => {
    const files = await exportFiles();
    const renewal = files.find((f) => f.path === 'renewal.yaml')!;
    const res = await importFiles([{ path: 'renewal.yaml', content: renewal.content.replace('title: ', 'title: Revised ') }]);
    expect(res.status).toBe(200);
    expect(res.body.updated).toEqual([{ id: 'renewal', version: 2, changelog: 'Imported from renewal.yaml' }]);
    const versions = await app.call('GET', '/api/playbooks/renewal/versions', { cookie: manager.cookie });
    expect(versions.body.versions[0]).toMatchObject({ number: 2, changelog: 'Imported from renewal.yaml', publishedBy: manager.userId });
    // An import into an active playbook puts the new version in use.
    expect((await app.call('GET', '/api/playbooks/renewal', { cookie: manager.cookie })).body).toMatchObject({ currentVersion: 2, activeVersion: 2 });
  });

  it('gives every playbook that shares a changed template a new version', async () => {
    const files = await exportFiles();
    const template = files.find((f) => f.path === 'templates/sponsor-checkin.liquid')!;
    const res = await importFiles([{ path: template.path, content: `${template.content}\nP.S. Thank you.\n` }]);
    expect(res.status).toBe(200);
    expect(res.body.updated.map((u: { id: string }) => u.id).sort()).toEqual(['at-risk', 'low-engagement', 'usage-drop']);
    expect(res.body.updated.every((u: { changelog: string }) => u.changelog === 'Imported from templates/sponsor-checkin.liquid')).toBe(true);
    const exported = await exportFiles();
    expect(exported.find((f) => f.path === template.path)!.content).toContain('P.S. Thank you.');
  });

  it('refuses an import with any broken file, listing every problem, and changes nothing', async () => {
    const before = await exportFiles();
    const versions = await versionCount();
    const files = [
      { path: 'brand-new.yaml', content: playbookYaml('brand-new') },
      { path: 'templates/test-followup.liquid', content: emailTemplate() },
      { path: 'renewal.yaml', content: before.find((f) => f.path === 'renewal.yaml')!.content.replace('title: ', 'title: Changed ') },
      { path: 'broken-yaml.yaml', content: 'id: broken-yaml\ntitle: "unclosed\n' },
      { path: 'broken-schema.yaml', content: playbookYaml('broken-schema').replace('kind: playbook', 'kind: poem').replace('due: 1d', 'due: tomorrow') },
      { path: 'templates/bad.liquid', content: '---\nkind: agenda\n---\n{% if account.name %}never closed\n' },
      { path: 'notes.txt', content: 'not a playbook' },
    ];
    const res = await importFiles(files);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('lint_failed');
    const texts: string[] = res.body.error.details.problems.map((p: { text: string }) => p.text);
    expect(texts).toEqual(expect.arrayContaining([
      expect.stringMatching(/^broken-schema\.yaml:3:7 kind: expected .*playbook.*"poem"$/),
      'notes.txt:1:1 not a playbook (.yaml, .yml) or template (.liquid) file',
    ]));
    expect(texts.some((t) => t.startsWith('broken-yaml.yaml:2:8 YAML syntax error'))).toBe(true);
    expect(texts.some((t) => t.startsWith('broken-schema.yaml:') && t.includes('steps[0].due'))).toBe(true);
    expect(texts.some((t) => t.startsWith('templates/bad.liquid:4:1 Liquid syntax error'))).toBe(true);
    for (const problem of res.body.error.details.problems) expect(res.body.error.message).toContain(problem.text);

    expect(await exportFiles()).toEqual(before);
    expect(await versionCount()).toBe(versions);
    expect((await app.call('GET', '/api/playbooks/brand-new', { cookie: manager.cookie })).status).toBe(404);
  });

  it('refuses files over 1 MB with 413 naming each file', async () => {
    const big = `${playbookYaml('big-one')}# ${'x'.repeat(MB)}\n`;
    const res = await importFiles([
      { path: 'big-one.yaml', content: big },
      { path: 'templates/huge.liquid', content: `${emailTemplate()}${'y'.repeat(MB)}` },
      { path: 'fine.yaml', content: playbookYaml('fine') },
    ]);
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('file_too_large');
    expect(res.body.error.message).toContain('big-one.yaml');
    expect(res.body.error.message).toContain('templates/huge.liquid');
    expect(res.body.error.details.files.map((f: { path: string }) => f.path)).toEqual(['big-one.yaml', 'templates/huge.liquid']);
    // Exactly 1 MB is allowed: it is refused for its content, not its size.
    const exact = playbookYaml('exact-size');
    const padded = `${exact}#${'z'.repeat(MB - Buffer.byteLength(exact) - 2)}\n`;
    expect(Buffer.byteLength(padded)).toBe(MB);
    const ok = await importFiles([{ path: 'exact-size.yaml', content: padded }, { path: 'templates/test-followup.liquid', content: emailTemplate() }]);
    expect(ok.status).toBe(200);
  });

  it('refuses unsafe paths and ids the API reserves, naming the file', async () => {
    const res = await importFiles([
      { path: '../escape.yaml', content: playbookYaml('escape') },
      { path: 'search.yaml', content: playbookYaml('search') },
      { path: 'templates/test-followup.liquid', content: emailTemplate() },
    ]);
    expect(res.status).toBe(400);
    const texts: string[] = res.body.error.details.problems.map((p: { text: string }) => p.text);
    expect(texts).toEqual(expect.arrayContaining([
      '../escape.yaml:1:1 path must not contain empty, . or .. parts',
      expect.stringMatching(/^search\.yaml:1:5 id: "search" is reserved by the API/),
    ]));
  });

  it('refuses to change the id of a stored file', async () => {
    const res = await importFiles([{ path: 'qbr.yaml', content: playbookYaml('not-qbr') }, { path: 'templates/test-followup.liquid', content: emailTemplate() }]);
    expect(res.status).toBe(400);
    expect(res.body.error.details.problems.map((p: { text: string }) => p.text)).toContainEqual(
      expect.stringMatching(/^qbr\.yaml:1:5 id: "not-qbr" but this file holds playbook "qbr" in the library/),
    );
  });

  it('moves a playbook whose file moved, without a new version when nothing else changed', async () => {
    const files = await exportFiles();
    const qbr = files.find((f) => f.path === 'qbr.yaml')!;
    const templates = files.filter((f) => f.path.startsWith('templates/qbr-'));
    const res = await importFiles([{ path: 'reviews/qbr.yaml', content: qbr.content }, ...templates.map((t) => ({ ...t, path: `reviews/${t.path}` }))]);
    expect(res.status).toBe(200);
    expect(res.body.moved).toEqual([{ id: 'qbr', from: 'qbr.yaml', to: 'reviews/qbr.yaml' }]);
    expect(res.body.updated).toEqual([]);
    const exported = (await exportFiles()).map((f) => f.path);
    expect(exported).toContain('reviews/qbr.yaml');
    expect(exported).toContain('reviews/templates/qbr-agenda.liquid');
    expect(exported).not.toContain('qbr.yaml');
  });

  it('enforces permissions: managers import; csm, viewers and read tokens cannot; read tokens export', async () => {
    const db = app.running.services.database.db;
    const files = [{ path: 'perm.yaml', content: playbookYaml('perm') }, { path: 'templates/test-followup.liquid', content: emailTemplate() }];
    for (const role of ['csm', 'viewer'] as const) {
      const { cookie } = await app.signIn(role);
      expect((await app.call('POST', '/api/playbooks/import', { cookie, body: { files } })).status).toBe(403);
      expect((await app.call('GET', '/api/playbooks/export', { cookie })).status).toBe(200);
    }
    const readToken = (await createToken(db, { name: 'reader', scopes: ['read'], createdBy: null })).token;
    expect((await app.call('GET', '/api/playbooks/export', { token: readToken })).status).toBe(200);
    expect((await app.call('POST', '/api/playbooks/import', { token: readToken, body: { files } })).status).toBe(403);
    const adminToken = (await createToken(db, { name: 'ci', scopes: ['admin'], createdBy: manager.userId })).token;
    const imported = await app.call('POST', '/api/playbooks/import', { token: adminToken, body: { files, newStatus: 'active' } });
    expect(imported.status).toBe(200);
    expect(imported.body.created).toEqual([{ id: 'perm', version: 1, path: 'perm.yaml' }]);
    expect((await app.call('GET', '/api/playbooks/perm', { token: adminToken })).body).toMatchObject({ status: 'active', activeVersion: 1 });
  });
});

describeBackends('playbook import into an empty library', (backend) => {
  let app: TestApp;
  let cookie: string;

  beforeAll(async () => {
    app = await startTestApp(await backend.freshDatabase());
    await emptyLibrary(app.running.services.database);
    cookie = (await app.signIn('admin')).cookie;
  });
  afterAll(() => app.stop());

  it('round-trips the whole starter library byte for byte', async () => {
    const disk = await readLibraryDir(STARTER_DIR);
    const imported = await app.call('POST', '/api/playbooks/import', { cookie, body: { files: disk.files } });
    expect(imported.status).toBe(200);
    expect(imported.body.created).toHaveLength(19);
    expect(imported.body.created.find((c: { id: string }) => c.id === 'renewal')).toEqual({ id: 'renewal', version: 1, path: 'renewal.yaml' });
    expect((await app.call('GET', '/api/playbooks/renewal', { cookie })).body.status).toBe('draft');
    const exported = (await app.call('GET', '/api/playbooks/export', { cookie })).body.files as { path: string; content: string }[];
    expect(exported.map((f) => f.path)).toEqual(disk.files.map((f) => f.path));
    for (const file of exported) expect(Buffer.from(file.content).equals(readFileSync(join(STARTER_DIR, file.path))), file.path).toBe(true);
    await emptyLibrary(app.running.services.database);
  });

  // Each broken-playbooks case carries the exact lines lint must print; an import must list them all.
  const cases = readdirSync(BROKEN_DIR, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  it.each(cases)('refuses the broken case %s listing every expected problem', async (name) => {
    const { files } = await readLibraryDir(join(BROKEN_DIR, name));
    const res = await app.call('POST', '/api/playbooks/import', { cookie, body: { files } });
    const expected = readFileSync(join(BROKEN_DIR, name, 'expected.txt'), 'utf8').split('\n').filter(Boolean);
    if (expected.every((line) => / warning: /.test(line))) {
      // Warnings alone do not stop an import; they come back with it.
      expect(res.status).toBe(200);
      expect(res.body.warnings.map((p: { text: string }) => p.text)).toEqual(expect.arrayContaining(expected));
      await emptyLibrary(app.running.services.database);
      return;
    }
    expect(res.status).toBe(400);
    const texts = res.body.error.details.problems.map((p: { text: string }) => p.text);
    expect(texts).toEqual(expect.arrayContaining(expected));
    expect((await app.call('GET', '/api/playbooks/export', { cookie })).body.files).toEqual([]);
  });
});
