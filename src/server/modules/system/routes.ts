import { createRoute, z } from '@hono/zod-openapi';
import { createRouter } from '../../http/router.ts';
import { sql } from 'drizzle-orm';
import type { AppEnv } from '../../http/env.ts';
import { jsonContent } from '../../http/openapi.ts';

const HealthSchema = z
  .object({
    status: z.enum(['ok', 'degraded', 'unavailable']),
    version: z.string(),
    database: z.object({ ok: z.boolean(), backend: z.enum(['pglite', 'postgres']), latencyMs: z.number().nullable(), error: z.string().nullable() }),
    jobs: z.object({ ok: z.boolean(), workers: z.boolean(), queues: z.number(), error: z.string().nullable() }),
  })
  .openapi('Health');

export function systemRoutes(version: string) {
  const app = createRouter();
  app.openapi(
    createRoute({
      method: 'get', path: '/health', tags: ['System'],
      summary: 'Database and job-queue status (no sign-in needed)',
      responses: { 200: jsonContent(HealthSchema, 'Healthy or degraded'), 503: jsonContent(HealthSchema, 'The database cannot be reached') },
    }),
    async (c) => {
      const { database, jobs } = c.var.services;
      const started = performance.now();
      let dbError: string | null = null;
      try {
        await database.db.execute(sql`select 1`);
      } catch (err) {
        dbError = (err as Error).message;
      }
      const latencyMs = dbError ? null : Math.round((performance.now() - started) * 100) / 100;
      let jobsStatus = { ok: false, workers: false, queues: 0, error: 'job queue not running in this process' as string | null };
      if (jobs && !dbError) {
        try {
          const s = await jobs.status();
          jobsStatus = { ok: s.ok, workers: s.workers, queues: s.queues, error: s.lastError };
        } catch (err) {
          jobsStatus = { ...jobsStatus, error: (err as Error).message };
        }
      }
      const body = {
        status: dbError ? ('unavailable' as const) : jobsStatus.ok ? ('ok' as const) : ('degraded' as const),
        version,
        database: { ok: !dbError, backend: database.backend, latencyMs, error: dbError },
        jobs: jobsStatus,
      };
      return c.json(body, dbError ? 503 : 200);
    },
  );
  return app;
}
