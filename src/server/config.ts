import path from 'node:path';
import { z } from 'zod';

export const SERVER_ROLES = ['all', 'api', 'worker'] as const;
export type ServerRole = (typeof SERVER_ROLES)[number];

/** A configuration problem the user can fix; the CLI prints it on one line and exits with 2. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  PLAYMAKER_DATA_DIR: z.string().min(1).default('./data'),
  PLAYMAKER_DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  PLAYMAKER_PUBLIC_URL: z.url().optional(),
  PLAYMAKER_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  PLAYMAKER_ADMIN_EMAIL: z.email().optional(),
  PLAYMAKER_ADMIN_PASSWORD: z.string().min(8, 'must be at least 8 characters').optional(),
  PLAYMAKER_SESSION_TTL_HOURS: z.coerce.number().positive().max(24 * 365).default(24 * 7),
  PLAYMAKER_BODY_LIMIT_KB: z.coerce.number().int().min(1).max(1024 * 100).default(1024),
  PLAYMAKER_IMPORT_LIMIT_MB: z.coerce.number().positive().max(100 * 1024).default(200),
  PLAYMAKER_LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  PLAYMAKER_LOGIN_WINDOW_MINUTES: z.coerce.number().positive().default(15),
  PLAYMAKER_DEMO: z.enum(['0', '1', 'true', 'false']).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export interface Config {
  port: number;
  host: string;
  databaseUrl?: string;
  dataDir: string;
  poolSize: number;
  publicUrl: string;
  secret?: string;
  admin?: { email: string; password: string };
  sessionTtlSeconds: number;
  bodyLimitBytes: number;
  /** CSV uploads to /api/imports/* stream past bodyLimitBytes up to this size. */
  importLimitBytes: number;
  login: { maxFailures: number; windowSeconds: number };
  demo: boolean;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  // An empty variable means "not set", as shells and compose files often leave them.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(`invalid configuration: ${issue.path.join('.')} ${issue.message}`);
  }
  const e = parsed.data;
  if ((e.PLAYMAKER_ADMIN_EMAIL === undefined) !== (e.PLAYMAKER_ADMIN_PASSWORD === undefined)) {
    throw new ConfigError('invalid configuration: PLAYMAKER_ADMIN_EMAIL and PLAYMAKER_ADMIN_PASSWORD must be set together');
  }
  const port = overrides.port ?? e.PORT;
  return {
    port,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.PLAYMAKER_DATA_DIR),
    poolSize: e.PLAYMAKER_DB_POOL_SIZE,
    publicUrl: e.PLAYMAKER_PUBLIC_URL ?? `http://localhost:${port}`,
    secret: e.PLAYMAKER_SECRET,
    admin: e.PLAYMAKER_ADMIN_EMAIL ? { email: e.PLAYMAKER_ADMIN_EMAIL, password: e.PLAYMAKER_ADMIN_PASSWORD! } : undefined,
    sessionTtlSeconds: Math.round(e.PLAYMAKER_SESSION_TTL_HOURS * 3600),
    bodyLimitBytes: e.PLAYMAKER_BODY_LIMIT_KB * 1024,
    importLimitBytes: Math.round(e.PLAYMAKER_IMPORT_LIMIT_MB * 1024 * 1024),
    login: { maxFailures: e.PLAYMAKER_LOGIN_MAX_FAILURES, windowSeconds: Math.round(e.PLAYMAKER_LOGIN_WINDOW_MINUTES * 60) },
    demo: e.PLAYMAKER_DEMO === '1' || e.PLAYMAKER_DEMO === 'true',
    logLevel: e.LOG_LEVEL,
    ...overrides,
  };
}

export function describeDatabase(config: Pick<Config, 'databaseUrl' | 'dataDir'>): string {
  if (!config.databaseUrl) return `embedded PGlite in ${config.dataDir}`;
  const url = new URL(config.databaseUrl);
  return `PostgreSQL at ${url.hostname}:${url.port || 5432}${url.pathname}`;
}
