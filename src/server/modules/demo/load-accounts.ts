import type { DemoCompany } from '../../../core/demo/generate.ts';
import type { Db } from '../../db/client.ts';
import { emptyCounts, writeBundles } from './write-bundles.ts';
import type { RowCounts } from './write-bundles.ts';

export interface LoadProgress {
  accounts: number;
  rows: number;
  elapsedMs: number;
}

export interface LoadResult {
  accounts: number;
  counts: RowCounts;
  rows: number;
  /** Daily values across all metric series. */
  metricValues: number;
  /** Time spent generating, and the wall time of the whole load (writes overlap generation). */
  generateMs: number;
  elapsedMs: number;
}

export interface LoadOptions {
  /** Accounts per chunk: the unit of memory and, when `transactionPerChunk`, of commit. */
  chunkSize?: number;
  /** Chunks written at once (each on its own connection); 1 inside a caller's transaction. */
  concurrency?: number;
  /** Commit each chunk on its own; otherwise `db` is the caller's transaction and chunks run in it. */
  transactionPerChunk?: boolean;
  onProgress?: (progress: LoadProgress) => void;
}

/**
 * Streams the company's accounts into the database chunk by chunk: the next chunk is generated
 * while earlier ones are being written, and at most `concurrency + 1` chunks are in memory, so
 * 100,000 accounts load in the same memory as 1,000.
 */
export async function loadDemoAccounts(db: Db, company: DemoCompany, userIds: ReadonlyMap<string, string>, options: LoadOptions = {}): Promise<LoadResult> {
  const chunkSize = options.chunkSize ?? 250;
  const perChunk = options.transactionPerChunk ?? false;
  const concurrency = perChunk ? Math.max(1, options.concurrency ?? 1) : 1;
  const started = performance.now();
  const counts = emptyCounts();
  let written = 0;
  let rows = 0;
  let metricValues = 0;
  let generateMs = 0;
  const inFlight = new Set<Promise<void>>();
  let failure: unknown;

  const write = async (bundles: Parameters<typeof writeBundles>[1]) => {
    const chunk = perChunk ? await db.transaction((tx) => writeBundles(tx as unknown as Db, bundles, userIds)) : await writeBundles(db, bundles, userIds);
    for (const [table, n] of Object.entries(chunk)) counts[table as keyof RowCounts] += n;
    written += bundles.length;
    for (const b of bundles) for (const series of b.series) metricValues += series.values.length;
    rows += Object.values(chunk).reduce((a, b) => a + b, 0);
    options.onProgress?.({ accounts: written, rows, elapsedMs: performance.now() - started });
  };

  for (let from = 0; from < company.options.accounts && failure === undefined; from += chunkSize) {
    const t = performance.now();
    const bundles = [...company.accounts(from, from + chunkSize)];
    generateMs += performance.now() - t;
    const task = write(bundles).catch((err: unknown) => {
      failure ??= err;
    });
    inFlight.add(task);
    void task.finally(() => inFlight.delete(task));
    if (inFlight.size >= concurrency) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  if (failure !== undefined) throw failure;
  return { accounts: written, counts, rows, metricValues, generateMs, elapsedMs: performance.now() - started };
}
