import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { ServerType } from '@hono/node-server';
import pino from 'pino';
import type { Logger } from 'pino';
import type { Config, ServerRole } from './config.ts';
import { ConfigError } from './config.ts';
import { openDatabase } from './db/client.ts';
import type { Database } from './db/client.ts';
import { runMigrations } from './db/migrate.ts';
import { createApp } from './http/app.ts';
import type { Services } from './http/env.ts';
import { Jobs } from './jobs/jobs.ts';
import { seedDemo } from './modules/demo/seed.ts';
import { loadStarterLibrary } from './modules/playbooks/starter-library.ts';
import type { DemoLogin } from './modules/demo/seed.ts';
import { metricsAndHealthJobs } from './modules/health/jobs.ts';
import { engineJobs, withEvaluationAfter } from './modules/engine/jobs.ts';
import { watchNewEvents } from './modules/engine/event-watcher.ts';
import { playJobs } from './modules/plays/jobs.ts';
import { maintenanceJob } from './modules/system/maintenance.ts';
import { authSecret } from './modules/system/settings.ts';
import { createAuth } from './modules/users/auth.ts';
import { countUsers, createUser, findUserByEmail } from './modules/users/service.ts';

export function createLogger(level: Config['logLevel']): Logger {
  return pino({ level, base: { app: 'playmaker' }, timestamp: pino.stdTimeFunctions.isoTime });
}

export interface StartOptions {
  config: Config;
  role?: ServerRole;
  logger?: Logger;
  /** Open this database instead of the configured one (tests hand in a prepared one). */
  database?: Database;
  listen?: boolean;
}

export interface Running {
  services: Services;
  app: ReturnType<typeof createApp>;
  server?: ServerType;
  url?: string;
  demoLogins: DemoLogin[];
  stop(): Promise<void>;
}

/** Opens the database, migrates, prepares auth and jobs, and (for api roles) starts listening. */
export async function startPlaymaker(options: StartOptions): Promise<Running> {
  const { config } = options;
  const role = options.role ?? 'all';
  const logger = options.logger ?? createLogger(config.logLevel);
  if (role !== 'all' && !config.databaseUrl) {
    throw new ConfigError(`--role ${role} needs DATABASE_URL: the embedded database runs API and workers in one process`);
  }
  const database =
    options.database ??
    (await openDatabase({
      databaseUrl: config.databaseUrl,
      dataDir: config.dataDir,
      poolSize: config.poolSize,
      onPoolError: (err) => logger.warn({ err: err.message }, 'database connection lost'),
    }));
  try {
    await runMigrations(database);
    await loadStarterLibrary(database.db);
    const auth = createAuth({
      db: database.db,
      secret: await authSecret(database.db, config.secret),
      baseURL: config.publicUrl,
      sessionTtlSeconds: config.sessionTtlSeconds,
      log: (level, message) => logger[level]({ component: 'auth' }, message),
    });
    const jobs = new Jobs({ database, logger, runWorkers: role !== 'api' });
    jobs.define(maintenanceJob(database.db, config.login.windowSeconds));
    for (const job of withEvaluationAfter(database.db, jobs, metricsAndHealthJobs(database.db, jobs, logger), logger)) jobs.define(job);
    for (const job of engineJobs(database.db, jobs, logger)) jobs.define(job);
    for (const job of playJobs(database.db, logger)) jobs.define(job);
    await jobs.start();
    const services: Services = { config, database, auth, jobs, logger };

    if (config.admin && !(await findUserByEmail(database.db, config.admin.email))) {
      await createUser(database.db, auth, { email: config.admin.email, name: 'Administrator', role: 'admin', password: config.admin.password });
      logger.info({ email: config.admin.email }, 'created the first admin from PLAYMAKER_ADMIN_EMAIL');
    }
    const demoLogins = config.demo ? await seedDemo(database.db, auth, { logger, jobs }) : [];
    if (!config.demo && role !== 'worker' && (await countUsers(database.db, 'admin')) === 0) {
      logger.warn('no admin exists yet: run `playmaker users create --role admin` or set PLAYMAKER_ADMIN_EMAIL and PLAYMAKER_ADMIN_PASSWORD');
    }

    const app = createApp(services);
    let server: ServerType | undefined;
    let url: string | undefined;
    if (options.listen !== false && role !== 'worker') {
      server = await new Promise<ServerType>((resolve, reject) => {
        const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => resolve(s));
        s.once('error', reject);
      });
      const address = server.address() as AddressInfo;
      url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${address.port}`;
    }
    const eventWatcher = role === 'api' ? null : watchNewEvents(database.db, jobs, { inline: !!database.pglite, logger });
    let stopping: Promise<void> | undefined;
    const stop = () =>
      (stopping ??= (async () => {
        if (server) {
          const closed = new Promise<void>((resolve) => server!.close(() => resolve()));
          (server as unknown as { closeIdleConnections?: () => void }).closeIdleConnections?.();
          await closed;
        }
        await eventWatcher?.stop();
        await jobs.stop().catch((err) => logger.warn({ err: err.message }, 'stopping jobs'));
        if (!options.database) await database.close();
      })());
    return { services, app, server, url, demoLogins, stop };
  } catch (err) {
    if (!options.database) await database.close().catch(() => {});
    throw err;
  }
}
