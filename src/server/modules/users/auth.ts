import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import type { Db } from '../../db/client.ts';
import { authAccounts, sessions, users, verifications } from './schema.ts';

export interface AuthOptions {
  db: Db;
  secret: string;
  baseURL: string;
  sessionTtlSeconds: number;
  /** Where Better Auth's own log lines go (our pino logger in the server). */
  log?: (level: 'debug' | 'info' | 'warn' | 'error', message: string) => void;
}

/**
 * Better Auth owns sessions and password hashing (scrypt). Sign-up is closed: people are created
 * by an admin or the CLI, never by themselves.
 */
export function createAuth(options: AuthOptions) {
  return betterAuth({
    appName: 'Playmaker',
    secret: options.secret,
    baseURL: options.baseURL,
    basePath: '/api/auth',
    telemetry: { enabled: false },
    logger: { disabled: !options.log, log: (level, message) => options.log?.(level, message) },
    database: drizzleAdapter(options.db, {
      provider: 'pg',
      schema: { users, sessions, auth_accounts: authAccounts, verifications },
    }),
    user: {
      modelName: 'users',
      additionalFields: {
        role: { type: 'string', required: false, defaultValue: 'csm', input: false },
        active: { type: 'boolean', required: false, defaultValue: true, input: false },
        startDate: { type: 'string', required: false, input: false },
        managerId: { type: 'string', required: false, input: false },
      },
    },
    session: {
      modelName: 'sessions',
      expiresIn: options.sessionTtlSeconds,
      // Sliding expiry: a session used within its last day is extended.
      updateAge: Math.min(24 * 3600, Math.floor(options.sessionTtlSeconds / 2)),
    },
    account: { modelName: 'auth_accounts' },
    verification: { modelName: 'verifications' },
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 8, maxPasswordLength: 256 },
    // Failed sign-ins are limited by our own per-email and per-address counter (shared by all processes).
    rateLimit: { enabled: false },
    advanced: {
      cookiePrefix: 'playmaker',
      useSecureCookies: options.baseURL.startsWith('https://'),
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax', path: '/' },
    },
  });
}

export type Auth = ReturnType<typeof createAuth>;
