import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createRouter } from '../src/server/http/router.ts';
import { importRoutes } from '../src/server/modules/imports/routes.ts';
import { startTestApp } from './support/app.ts';
import type { TestApp } from './support/app.ts';
import { describeBackends } from './support/backends.ts';
import { accountsWhere, CSV_FIXTURES } from './support/csv-import.ts';

const LIMIT = 64 * 1024;

describeBackends('CSV import over HTTP', (backend) => {
  let app: TestApp;
  let csm: { cookie: string; userId: string };
  let viewer: { cookie: string };

  // Starting PGlite (WASM compile, initdb, migrations) can take a minute on a busy machine.
  beforeAll(async () => {
    app = await startTestApp(await backend.freshDatabase(), { importLimitBytes: LIMIT });
    csm = await app.signIn('csm');
    viewer = await app.signIn('viewer');
  }, 180_000);
  afterAll(() => app.stop());

  const upload = (path: string, csv: string, cookie: string, type = 'text/csv') =>
    app.call('POST', path, { cookie, raw: csv, headers: { 'content-type': type } });

  it('takes the CSV as a text/csv body and answers with the report', async () => {
    const res = await upload('/api/imports/accounts', 'crm_id,name,arr\nAPI-1,One,"$1,000"\nAPI-2,Two,2000\n', csm.cookie);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ entity: 'accounts', mode: 'all-or-nothing', dryRun: false, committed: true, rows: 2, created: 2, rejected: 0, rejects: [] });
    expect(res.body.columns).toEqual([
      { column: 'crm_id', to: 'crmId', via: 'playmaker' },
      { column: 'name', to: 'name', via: 'playmaker' },
      { column: 'arr', to: 'arr', via: 'playmaker' },
    ]);
    const changed = await upload('/api/imports/accounts', 'crm_id,name,arr\nAPI-1,One,1500\nAPI-2,Two,2000\n', csm.cookie);
    expect(changed.body).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    const account = (await app.call('GET', '/api/accounts?q=One', { cookie: csm.cookie })).body.data.find((a: { crmId: string }) => a.crmId === 'API-1');
    const timeline = await app.call('GET', `/api/accounts/${account.id}/timeline`, { cookie: csm.cookie });
    expect(timeline.body.data).toEqual([
      expect.objectContaining({ type: 'account.updated', actorId: csm.userId, summary: 'Import from an upload changed arr', data: expect.objectContaining({ from: { arr: 1000 }, to: { arr: 1500 } }) }),
    ]);
  });

  it('answers an all-or-nothing import with rejected rows with 422 and the report, writing nothing', async () => {
    const res = await upload('/api/imports/accounts?mode=all-or-nothing', 'crm_id,name\nAPI-3,Three\nAPI-4,\n', csm.cookie);
    expect(res.status).toBe(422);
    expect(res.body.error).toMatchObject({ code: 'import_rejected', message: expect.stringMatching(/^1 of 2 rows were rejected, so nothing was written/) });
    expect(res.body.error.details).toMatchObject({ committed: false, created: 1, rejected: 1, rejects: [{ line: 3, reason: 'name: is empty' }] });
    expect(await accountsWhere(app.running.services.database, 'API-3')).toEqual([]);
  });

  it('writes the good rows with mode=skip-invalid, and nothing with dryRun', async () => {
    const skip = await upload('/api/imports/accounts?mode=skip-invalid', 'crm_id,name\nAPI-5,Five\nAPI-6,\n', csm.cookie);
    expect(skip.status).toBe(200);
    expect(skip.body).toMatchObject({ committed: true, created: 1, rejected: 1, rejects: [{ line: 3, reason: 'name: is empty' }] });
    const dry = await upload('/api/imports/accounts?dryRun=true', 'crm_id,name\nAPI-5,Five renamed\nAPI-7,Seven\n', csm.cookie);
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ dryRun: true, committed: false, created: 1, updated: 1 });
    expect((await accountsWhere(app.running.services.database, 'API-5'))[0]!.name).toBe('Five');
  });

  it('takes a multipart form with a mapping field before the file', async () => {
    const form = new FormData();
    form.set('mapping', readFileSync(path.join(CSV_FIXTURES, 'accounts-custom.mapping.yaml'), 'utf8').replace(/  Betreuer: owner\n/, '  Betreuer: ignore\n'));
    form.set('file', new Blob([readFileSync(path.join(CSV_FIXTURES, 'accounts-custom.csv'))], { type: 'text/csv' }), 'billing-export.csv');
    const res = await app.running.app.request('/api/imports/accounts', { method: 'POST', body: form, headers: { cookie: csm.cookie } });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ created: 2, rejected: 0, columns: expect.arrayContaining([{ column: 'Kundennummer', to: 'crmId', via: 'mapping' }]) });
    const timeline = (await accountsWhere(app.running.services.database, 'K-1001'))[0];
    expect(timeline!.renewal_date).toBe('2027-06-30');
  });

  it('imports contacts from a HubSpot export', async () => {
    await upload('/api/imports/accounts', readFileSync(path.join(CSV_FIXTURES, 'hubspot-companies.csv'), 'utf8').replace(/Jordan Lee|Sam Rivera/g, ''), csm.cookie);
    const res = await upload('/api/imports/contacts', readFileSync(path.join(CSV_FIXTURES, 'hubspot-contacts.csv'), 'utf8'), csm.cookie);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ entity: 'contacts', created: 3, format: { source: 'hubspot' } });
  });

  it('explains a file it cannot import with 400 and the line', async () => {
    const missing = await upload('/api/imports/accounts', 'Website\nacme.example\n', csm.cookie);
    expect(missing.status).toBe(400);
    expect(missing.body.error).toMatchObject({ code: 'missing_column', message: expect.stringMatching(/^The file has no column for the account name/), details: { line: 1 } });
    const latin1 = await app.running.app.request('/api/imports/accounts', {
      method: 'POST', headers: { cookie: csm.cookie, 'content-type': 'text/csv' }, body: Buffer.from('crm_id,name\nAPI-8,Caf\xe9\n', 'latin1'),
    });
    expect(latin1.status).toBe(400);
    expect(((await latin1.json()) as { error: unknown }).error).toMatchObject({ code: 'invalid_encoding', details: { line: 2 } });
    const fixed = await app.running.app.request('/api/imports/accounts?encoding=latin1', {
      method: 'POST', headers: { cookie: csm.cookie, 'content-type': 'text/csv' }, body: Buffer.from('crm_id,name\nAPI-8,Caf\xe9\n', 'latin1'),
    });
    expect(fixed.status).toBe(200);
    const mapping = await upload(`/api/imports/accounts?mapping=${encodeURIComponent('columns: {X: revenue}')}`, 'X\n1\n', csm.cookie);
    expect(mapping.status).toBe(400);
    expect(mapping.body.error).toMatchObject({ code: 'invalid_mapping', message: expect.stringMatching(/"revenue" is not a account field/) });
  });

  it('needs the write permission: a viewer gets 403, nobody signed in 401', async () => {
    const res = await upload('/api/imports/accounts', 'crm_id,name\nAPI-9,Nine\n', viewer.cookie);
    expect(res.status).toBe(403);
    expect(res.body.error.message).toMatch(/"write" permission/);
    expect((await app.call('POST', '/api/imports/contacts', { raw: 'a\n', headers: { 'content-type': 'text/csv' } })).status).toBe(401);
  });

  it('refuses an upload over the limit with 413, declared or streamed', async () => {
    const big = 'crm_id,name\n' + 'BIG-x,' + 'y'.repeat(LIMIT) + '\n';
    const declared = await upload('/api/imports/accounts', big, csm.cookie);
    expect(declared.status).toBe(413);
    expect(declared.body.error).toMatchObject({ code: 'payload_too_large', message: expect.stringMatching(/PLAYMAKER_IMPORT_LIMIT_MB/) });
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 80; i++) controller.enqueue(new TextEncoder().encode(i ? `BIG-${i},${'z'.repeat(1000)}\n` : 'crm_id,name\n'));
        controller.close();
      },
    });
    const streamed = await app.running.app.request('/api/imports/accounts', {
      method: 'POST', headers: { cookie: csm.cookie, 'content-type': 'text/csv', 'transfer-encoding': 'chunked' }, body: stream, duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
    expect(await accountsWhere(app.running.services.database, 'BIG-')).toEqual([]);
  });

  it('accepts larger uploads than the JSON body limit, and refuses JSON', async () => {
    const rows = Array.from({ length: 1500 }, (_, i) => `LARGE-${i},Large account number ${i} with a longish name to fill the line`);
    const csv = `crm_id,name\n${rows.join('\n')}\n`;
    expect(csv.length).toBeGreaterThan(8 * 1024);
    const small = await startTestApp(app.running.services.database, { bodyLimitBytes: 8 * 1024, importLimitBytes: LIMIT * 16 });
    try {
      const res = await small.call('POST', '/api/imports/accounts', { cookie: csm.cookie, raw: csv, headers: { 'content-type': 'text/csv' } });
      expect(res.status).toBe(200);
      expect(res.body.created).toBe(1500);
      const json = await small.call('POST', '/api/imports/accounts', { cookie: csm.cookie, body: { name: 'x' } });
      expect(json.status).toBe(415);
      expect(json.body.error.message).toMatch(/^Send the body as text\/csv or multipart\/form-data \(got application\/json\)/);
    } finally {
      await small.stop();
    }
  });

  it('documents both routes in OpenAPI', () => {
    const router = createRouter();
    router.route('/api', importRoutes());
    const doc = router.getOpenAPI31Document({ openapi: '3.1.0', info: { title: 'imports', version: '0' } }) as any;
    expect(Object.keys(doc.paths['/api/imports/accounts'].post.requestBody.content)).toEqual(['text/csv', 'multipart/form-data']);
    expect(doc.paths['/api/imports/contacts'].post.responses['422']).toBeDefined();
    expect(doc.components.schemas.ImportReport).toBeDefined();
  });
});
