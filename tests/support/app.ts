import { loadConfig } from '../../src/server/config.ts';
import type { Config } from '../../src/server/config.ts';
import type { Database } from '../../src/server/db/client.ts';
import { startPlaymaker } from '../../src/server/runtime.ts';
import type { Running } from '../../src/server/runtime.ts';
import { createUser } from '../../src/server/modules/users/service.ts';
import type { Role } from '../../src/core/auth/permissions.ts';
import pino from 'pino';

export const PASSWORD = 'correct-horse-battery';

export interface TestApp {
  running: Running;
  /** A request through the app, as JSON; a session cookie is sent when given. */
  call(method: string, path: string, options?: { body?: unknown; cookie?: string; token?: string; headers?: Record<string, string>; raw?: string }): Promise<{ status: number; body: any; headers: Headers }>;
  /** Creates a user with this role and signs them in; returns their session cookie. */
  signIn(role: Role, email?: string): Promise<{ cookie: string; userId: string; email: string }>;
  stop(): Promise<void>;
}

export async function startTestApp(database: Database, overrides: Partial<Config> = {}): Promise<TestApp> {
  const config = { ...loadConfig({ LOG_LEVEL: 'silent', PLAYMAKER_DATA_DIR: '/nonexistent' }), ...overrides };
  const running = await startPlaymaker({ config, database, listen: false, logger: pino({ level: 'silent' }) });
  let counter = 0;

  const call: TestApp['call'] = async (method, path, options = {}) => {
    const headers: Record<string, string> = { ...options.headers };
    if (options.cookie) headers.cookie = options.cookie;
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    let body: string | undefined = options.raw;
    if (options.body !== undefined) {
      body = JSON.stringify(options.body);
    }
    if (body !== undefined) {
      headers['content-type'] ??= 'application/json';
      headers['content-length'] ??= String(Buffer.byteLength(body));
    }
    const res = await running.app.request(path, { method, headers, body });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {}
    return { status: res.status, body: parsed, headers: res.headers };
  };

  const signIn: TestApp['signIn'] = async (role, email) => {
    const address = email ?? `${role}-${++counter}-${Date.now()}@example.com`;
    const user = await createUser(running.services.database.db, running.services.auth, { email: address, name: `Test ${role}`, role, password: PASSWORD });
    const res = await call('POST', '/api/auth/login', { body: { email: address, password: PASSWORD } });
    if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${JSON.stringify(res.body)}`);
    return { cookie: cookieFrom(res.headers), userId: user.id, email: address };
  };

  return { running, call, signIn, stop: () => running.stop() };
}

export function cookieFrom(headers: Headers): string {
  return headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .join('; ');
}
