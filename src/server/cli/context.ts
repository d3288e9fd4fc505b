import { loadConfig } from '../config.ts';
import type { Config } from '../config.ts';
import { openDatabase } from '../db/client.ts';
import type { Database } from '../db/client.ts';
import { runMigrations } from '../db/migrate.ts';
import { authSecret } from '../modules/system/settings.ts';
import { createAuth } from '../modules/users/auth.ts';
import type { Auth } from '../modules/users/auth.ts';

export interface CliContext {
  config: Config;
  database: Database;
  auth: Auth;
}

/** Opens and migrates the configured database for one command, and always closes it. */
export async function withDatabase<T>(fn: (ctx: CliContext) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: 2 });
  try {
    await runMigrations(database);
    const auth = createAuth({ db: database.db, secret: await authSecret(database.db, config.secret), baseURL: config.publicUrl, sessionTtlSeconds: config.sessionTtlSeconds });
    return await fn({ config, database, auth });
  } finally {
    await database.close();
  }
}
