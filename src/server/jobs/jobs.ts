import { PgBoss, fromPglite } from 'pg-boss';
import type { Job, QueuePolicy, SendOptions } from 'pg-boss';
import type { Logger } from 'pino';
import type { Database } from '../db/client.ts';

export interface JobDefinition<T extends object = object> {
  name: string;
  policy: QueuePolicy;
  /** Cron schedule (UTC) when the job also runs on a timer. */
  cron?: string;
  /** Seconds between polls for new jobs; small for jobs that follow user actions. */
  pollingIntervalSeconds?: number;
  handler: (data: T, job: Job<T>) => Promise<void>;
}

export interface JobsOptions {
  database: Database;
  logger: Logger;
  /** Workers fetch and run jobs and keep the schedules; an API-only process only sends. */
  runWorkers: boolean;
}

/** pg-boss on either backend: on PGlite it shares the embedded connection through fromPglite. */
export class Jobs {
  readonly boss: PgBoss;
  private readonly options: JobsOptions;
  private readonly definitions = new Map<string, JobDefinition>();
  private lastError: string | null = null;
  private started = false;

  constructor(options: JobsOptions) {
    this.options = options;
    const { database, runWorkers } = options;
    const common = { supervise: runWorkers, schedule: runWorkers, migrate: true };
    this.boss = database.pglite
      ? new PgBoss({ db: fromPglite(database.pglite), backend: 'pglite', ...common })
      : new PgBoss({ connectionString: database.connectionString!, max: 4, application_name: 'playmaker-jobs', ...common });
    this.boss.on('error', (err: Error) => {
      this.lastError = err.message;
      options.logger.error({ err }, 'job queue error');
    });
  }

  define<T extends object>(definition: JobDefinition<T>): void {
    this.definitions.set(definition.name, definition as unknown as JobDefinition);
  }

  async start(): Promise<void> {
    await this.boss.start();
    for (const def of this.definitions.values()) {
      await this.boss.createQueue(def.name, { policy: def.policy });
    }
    if (this.options.runWorkers) {
      for (const def of this.definitions.values()) {
        await this.boss.work<object>(def.name, { pollingIntervalSeconds: def.pollingIntervalSeconds ?? 2, batchSize: 1 }, async ([job]) => {
          const startedAt = Date.now();
          try {
            await def.handler(job!.data, job!);
            this.options.logger.info({ job: def.name, id: job!.id, ms: Date.now() - startedAt }, 'job done');
          } catch (err) {
            this.options.logger.error({ err, job: def.name, id: job!.id }, 'job failed');
            throw err;
          }
        });
        if (def.cron) await this.boss.schedule(def.name, def.cron, {}, { tz: 'UTC' });
      }
    }
    this.started = true;
  }

  /**
   * Sends a job that must not run twice for the same key: pg-boss refuses a second job with the
   * same singleton key in the same time slot, whichever process sends it.
   */
  async sendSingleton(name: string, data: object, key: string, slotSeconds: number, extra: SendOptions = {}): Promise<string | null> {
    return this.boss.send(name, data, { singletonKey: key, singletonSeconds: slotSeconds, ...extra });
  }

  async send(name: string, data: object, options: SendOptions = {}): Promise<string | null> {
    return this.boss.send(name, data, options);
  }

  async status(): Promise<{ ok: boolean; workers: boolean; queues: number; lastError: string | null }> {
    if (!this.started) return { ok: false, workers: this.options.runWorkers, queues: 0, lastError: this.lastError ?? 'not started' };
    const queues = await this.boss.getQueues();
    return { ok: true, workers: this.options.runWorkers, queues: queues.length, lastError: this.lastError };
  }

  async stop(): Promise<void> {
    if (!this.started) return;
    this.started = false;
    await this.boss.stop({ graceful: true, timeout: 10_000, close: true });
  }
}
