import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { PASSWORD, cookieFrom, startTestApp } from './support/app.ts';
import type { TestApp } from './support/app.ts';
import { describeBackends } from './support/backends.ts';
import { createUser } from '../src/server/modules/users/service.ts';
import { queryRows } from '../src/server/db/client.ts';

describeBackends('authentication and authorization', (backend) => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp(await backend.freshDatabase(), { login: { maxFailures: 3, windowSeconds: 600 } });
  });
  afterAll(() => app.stop());

  it('signs in with a session cookie that is HttpOnly and SameSite, and signs out', async () => {
    const db = app.running.services.database.db;
    await createUser(db, app.running.services.auth, { email: 'Login.Person@example.com', name: 'Login Person', role: 'csm', password: PASSWORD });
    const login = await app.call('POST', '/api/auth/login', { body: { email: 'login.person@example.com', password: PASSWORD } });
    expect(login.status).toBe(200);
    expect(login.body.user).toMatchObject({ email: 'login.person@example.com', role: 'csm' });
    const setCookie = login.headers.getSetCookie().find((c) => c.startsWith('playmaker.session_token='))!;
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const cookie = cookieFrom(login.headers);

    const me = await app.call('GET', '/api/auth/me', { cookie });
    expect(me.body.user.email).toBe('login.person@example.com');

    expect((await app.call('POST', '/api/auth/logout', { cookie })).status).toBe(204);
    expect((await app.call('GET', '/api/auth/me', { cookie })).status).toBe(401);
    expect((await app.call('GET', '/api/accounts', { cookie })).status).toBe(401);
  });

  it('refuses a wrong password and an unknown email with the same 401', async () => {
    await createUser(app.running.services.database.db, app.running.services.auth, { email: 'wrong@example.com', name: 'W', role: 'csm', password: PASSWORD });
    const wrong = await app.call('POST', '/api/auth/login', { body: { email: 'wrong@example.com', password: 'not-the-password' } });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error).toEqual({ code: 'unauthorized', message: 'Wrong email or password' });
    const unknown = await app.call('POST', '/api/auth/login', { body: { email: 'nobody@example.com', password: 'whatever1' } });
    expect(unknown.status).toBe(401);
    expect(unknown.body.error.message).toBe('Wrong email or password');
  });

  it('rate-limits failed sign-ins per email, even with the right password', async () => {
    await createUser(app.running.services.database.db, app.running.services.auth, { email: 'limited@example.com', name: 'L', role: 'csm', password: PASSWORD });
    for (let i = 0; i < 3; i++) {
      expect((await app.call('POST', '/api/auth/login', { body: { email: 'limited@example.com', password: 'guess-' + i } })).status).toBe(401);
    }
    const blocked = await app.call('POST', '/api/auth/login', { body: { email: 'limited@example.com', password: PASSWORD } });
    expect(blocked.status).toBe(429);
    expect(blocked.body.error.code).toBe('rate_limited');
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('does not let a deactivated person sign in', async () => {
    const { cookie, userId } = await app.signIn('csm');
    const admin = await app.signIn('admin');
    expect((await app.call('PATCH', `/api/users/${userId}`, { cookie: admin.cookie, body: { active: false } })).status).toBe(200);
    expect((await app.call('GET', '/api/accounts', { cookie })).status).toBe(401);
  });

  it('expires sessions', async () => {
    const { cookie, userId } = await app.signIn('csm');
    expect((await app.call('GET', '/api/accounts', { cookie })).status).toBe(200);
    await app.running.services.database.db.execute(sql`update sessions set expires_at = now() - interval '1 second' where user_id = ${userId}`);
    expect((await app.call('GET', '/api/accounts', { cookie })).status).toBe(401);
  });

  it('answers 403 when the role does not allow the route', async () => {
    const viewer = await app.signIn('viewer');
    expect((await app.call('GET', '/api/accounts', { cookie: viewer.cookie })).status).toBe(200);
    const write = await app.call('POST', '/api/accounts', { cookie: viewer.cookie, body: { name: 'Nope' } });
    expect(write.status).toBe(403);
    expect(write.body.error.message).toContain('"write"');

    const csm = await app.signIn('csm');
    const manage = await app.call('POST', '/api/users', { cookie: csm.cookie, body: { email: 'x@example.com', name: 'X', role: 'admin', password: PASSWORD } });
    expect(manage.status).toBe(403);
    const manager = await app.signIn('manager');
    expect((await app.call('POST', '/api/tokens', { cookie: manager.cookie, body: { name: 't', scopes: ['read'] } })).status).toBe(403);
  });

  it('lets an admin manage people, but not lock themselves out', async () => {
    const admin = await app.signIn('admin');
    const created = await app.call('POST', '/api/users', { cookie: admin.cookie, body: { email: 'new.csm@example.com', name: 'New CSM', role: 'csm', password: PASSWORD, startDate: '2026-01-05' } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ role: 'csm', startDate: '2026-01-05', active: true });
    const again = await app.call('POST', '/api/users', { cookie: admin.cookie, body: { email: 'NEW.csm@example.com', name: 'Again', role: 'csm', password: PASSWORD } });
    expect(again.status).toBe(409);
    const promoted = await app.call('PATCH', `/api/users/${created.body.id}`, { cookie: admin.cookie, body: { role: 'manager' } });
    expect(promoted.body.role).toBe('manager');
    const self = await app.call('PATCH', `/api/users/${admin.userId}`, { cookie: admin.cookie, body: { role: 'viewer' } });
    expect(self.status).toBe(400);
  });

  it('authenticates API tokens by scope, and refuses revoked and unknown ones', async () => {
    const admin = await app.signIn('admin');
    const created = await app.call('POST', '/api/tokens', { cookie: admin.cookie, body: { name: 'BI export', scopes: ['read'] } });
    expect(created.status).toBe(201);
    const token: string = created.body.token;
    expect(token).toMatch(/^pm_/);

    const [stored] = await queryRows<{ token_hash: string }>(app.running.services.database.db, sql`select token_hash from api_tokens where id = ${created.body.id}`);
    expect(stored!.token_hash).not.toContain(token.slice(3));
    const listed = await app.call('GET', '/api/tokens', { cookie: admin.cookie });
    expect(JSON.stringify(listed.body)).not.toContain(token);

    expect((await app.call('GET', '/api/accounts', { token })).status).toBe(200);
    const write = await app.call('POST', '/api/accounts', { token, body: { name: 'From a read token' } });
    expect(write.status).toBe(403);
    expect(write.body.error.message).toContain('token scopes [read]');

    const ingest = (await app.call('POST', '/api/tokens', { cookie: admin.cookie, body: { name: 'Pipeline', scopes: ['ingest'] } })).body.token;
    expect((await app.call('GET', '/api/accounts', { token: ingest })).status).toBe(403);

    expect((await app.call('DELETE', `/api/tokens/${created.body.id}`, { cookie: admin.cookie })).status).toBe(200);
    expect((await app.call('GET', '/api/accounts', { token })).status).toBe(401);
    expect((await app.call('GET', '/api/accounts', { token: 'pm_made-up' })).status).toBe(401);
    expect((await app.call('GET', '/api/accounts', { headers: { authorization: 'Basic abc' } })).status).toBe(401);
  });

  it('refuses cookie-authenticated writes from another origin', async () => {
    const csm = await app.signIn('csm');
    const cross = await app.call('POST', '/api/accounts', { cookie: csm.cookie, body: { name: 'CSRF' }, headers: { origin: 'https://evil.example' } });
    expect(cross.status).toBe(403);
    expect(cross.body.error.code).toBe('forbidden');
    const same = await app.call('POST', '/api/accounts', { cookie: csm.cookie, body: { name: 'Same origin' }, headers: { origin: 'http://localhost' } });
    expect(same.status).toBe(201);
  });
});
