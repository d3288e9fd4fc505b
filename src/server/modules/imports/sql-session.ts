import type { Database } from '../../db/client.ts';

export interface SqlRunner {
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
}

export interface SqlSession extends SqlRunner {
  /** Commits when fn returns, rolls back (and rethrows) when it throws. */
  transaction<T>(fn: (tx: SqlRunner) => Promise<T>): Promise<T>;
  release(): Promise<void>;
}

/**
 * One connection for the whole import: its temporary table of seen keys must outlive the batch
 * transactions of a skip-invalid import. Plain SQL with JSON parameters keeps the bulk statements
 * identical on both drivers (drizzle would spread an array into one parameter per element).
 */
export async function openSqlSession(database: Database): Promise<SqlSession> {
  if (database.pglite) {
    const pglite = database.pglite;
    return {
      query: async (text, params) => (await pglite.query(text, params)).rows as never,
      // PGlite's transaction() also keeps the app's other queries out until it ends.
      transaction: (fn) => pglite.transaction((tx) => fn({ query: async (text, params) => (await tx.query(text, params)).rows as never })),
      release: async () => {},
    };
  }
  const client = await database.pool!.connect();
  const runner: SqlRunner = { query: async (text, params) => (await client.query(text, params)).rows };
  return {
    ...runner,
    async transaction(fn) {
      await client.query('begin');
      try {
        const result = await fn(runner);
        await client.query('commit');
        return result;
      } catch (err) {
        await client.query('rollback').catch(() => {});
        throw err;
      }
    },
    release: async () => client.release(),
  };
}
