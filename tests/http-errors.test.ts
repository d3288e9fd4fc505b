import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApp } from './support/app.ts';
import type { TestApp } from './support/app.ts';
import { describeBackends } from './support/backends.ts';

describeBackends('HTTP errors', (backend) => {
  let app: TestApp;
  let cookie: string;

  beforeAll(async () => {
    app = await startTestApp(await backend.freshDatabase(), { bodyLimitBytes: 8 * 1024 });
    cookie = (await app.signIn('csm')).cookie;
  });
  afterAll(() => app.stop());

  it('gives 400 naming the problem for malformed JSON', async () => {
    const res = await app.call('POST', '/api/accounts', { cookie, raw: '{"name": "Acme",' });
    expect(res.status).toBe(400);
    expect(res.body.error).toEqual({ code: 'malformed_json', message: 'Malformed JSON in request body' });
  });

  it('gives 400 with the path of every field that fails the schema', async () => {
    const res = await app.call('POST', '/api/accounts', { cookie, body: { name: 42, arr: -5, touchModel: 'medium', renewalDate: '31/03/2027', colour: 'red' } });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_failed');
    const paths = res.body.error.details.issues.map((i: { path: string }) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['name', 'arr', 'touchModel', 'renewalDate']));
    expect(res.body.error.details.issues.find((i: { message: string }) => i.message.includes('colour'))).toBeTruthy();
    const param = await app.call('GET', '/api/accounts/not-a-uuid', { cookie });
    expect(param.status).toBe(400);
    expect(param.body.error.details.issues[0].path).toBe('path.id');
  });

  it('gives 413 for a body over the limit, before reading it all', async () => {
    const res = await app.call('POST', '/api/accounts', { cookie, body: { name: 'Big', traits: { blob: 'x'.repeat(20 * 1024) } } });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('payload_too_large');
  });

  it('gives 415 for a body that is not JSON', async () => {
    const res = await app.call('POST', '/api/accounts', { cookie, raw: 'name=Acme', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(res.status).toBe(415);
    expect(res.body.error.code).toBe('unsupported_media_type');
  });

  it('gives a JSON 404 for an unknown route', async () => {
    const res = await app.call('GET', '/api/no-such-thing', { cookie });
    expect(res.status).toBe(404);
    expect(res.body.error).toEqual({ code: 'not_found', message: 'No route for GET /api/no-such-thing' });
  });

  it('puts a request id on every response', async () => {
    const a = await app.call('GET', '/api/health');
    const b = await app.call('GET', '/api/health');
    expect(a.headers.get('x-request-id')).toMatch(/.{8,}/);
    expect(a.headers.get('x-request-id')).not.toBe(b.headers.get('x-request-id'));
  });

  it('serves the OpenAPI 3.1 document and the API reference page', async () => {
    const doc = await app.call('GET', '/api/openapi.json');
    expect(doc.status).toBe(200);
    expect(doc.body.openapi).toBe('3.1.0');
    expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining(['/api/accounts', '/api/accounts/{id}', '/api/contacts', '/api/health', '/api/auth/login']));
    expect(doc.body.components.schemas.Error).toBeTruthy();
    const page = await app.call('GET', '/api/docs');
    expect(page.status).toBe(200);
    expect(page.body).toContain('swagger-ui-bundle.js');
    expect((await app.call('GET', '/api/docs/assets/init.js')).body).toContain("url: '/api/openapi.json'");
    expect((await app.call('GET', '/api/docs/assets/swagger-ui-bundle.js')).status).toBe(200);
    expect((await app.call('GET', '/api/docs/assets/..%2Fpackage.json')).status).toBe(404);
  });

  it('reports health with the database and the job queue', async () => {
    const res = await app.call('GET', '/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'ok', database: { ok: true, backend: backend.name }, jobs: { ok: true, workers: true } });
  });
});
