import { describe, expect, it } from 'vitest';
import { ConfigError, describeDatabase, loadConfig } from './config.ts';

describe('configuration', () => {
  it('has defaults that run the embedded database on port 3000', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, databaseUrl: undefined, demo: false, bodyLimitBytes: 1024 * 1024, publicUrl: 'http://localhost:3000' });
    expect(config.dataDir).toMatch(/\/data$/);
    expect(describeDatabase(config)).toMatch(/^embedded PGlite in /);
  });

  it('reads every variable', () => {
    const config = loadConfig({
      PORT: '8080', DATABASE_URL: 'postgres://u:p@db.internal:6543/pm', PLAYMAKER_DB_POOL_SIZE: '20',
      PLAYMAKER_ADMIN_EMAIL: 'a@example.com', PLAYMAKER_ADMIN_PASSWORD: 'secret-pass', PLAYMAKER_SESSION_TTL_HOURS: '12',
      PLAYMAKER_BODY_LIMIT_KB: '64', PLAYMAKER_DEMO: 'true', PLAYMAKER_LOGIN_MAX_FAILURES: '3',
    });
    expect(config).toMatchObject({ port: 8080, poolSize: 20, admin: { email: 'a@example.com', password: 'secret-pass' }, sessionTtlSeconds: 43_200, bodyLimitBytes: 65_536, demo: true });
    expect(config.login.maxFailures).toBe(3);
    expect(describeDatabase(config)).toBe('PostgreSQL at db.internal:6543/pm');
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: '' })).toMatchObject({ databaseUrl: undefined, port: 3000 });
  });

  it('names the variable at fault', () => {
    expect(() => loadConfig({ PORT: 'x' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT/);
    expect(() => loadConfig({ PLAYMAKER_SECRET: 'short' })).toThrow(/PLAYMAKER_SECRET must be at least 32 characters/);
    expect(() => loadConfig({ PLAYMAKER_ADMIN_EMAIL: 'a@example.com' })).toThrow(/must be set together/);
  });
});
