import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, queryRows } from '../src/server/db/client.ts';
import type { DatabaseOptions } from '../src/server/db/client.ts';
import { runMigrations } from '../src/server/db/migrate.ts';
import { describePostgres } from './support/backends.ts';
import { basic, writeKey } from './fixtures/ingest/tracking.ts';
import { startServerProcess } from './fixtures/ingest/server-process.ts';
import type { ServerProcess } from './fixtures/ingest/server-process.ts';

const BATCHES = 60;
const PER_BATCH = 200;
const SENDERS = 3;
const KILL_AFTER_ACKS = 12;

/** Every event carries a unique seq; half have a messageId, half rely on the derived one. */
function makeBatches(): string[] {
  return Array.from({ length: BATCHES }, (_, b) =>
    JSON.stringify({
      batch: Array.from({ length: PER_BATCH }, (_, i) => {
        const seq = b * PER_BATCH + i;
        const timestamp = new Date(Date.UTC(2026, 2, 1) + seq * 1000).toISOString();
        const base = { type: 'track', event: 'Durability Checked', userId: `user-${seq % 50}`, properties: { seq }, timestamp };
        return seq % 2 ? base : { ...base, messageId: `durable-${seq}` };
      }),
    }),
  );
}

async function post(url: string, key: string, body: string): Promise<number> {
  try {
    const res = await fetch(`${url}/v1/batch`, { method: 'POST', headers: { authorization: basic(key), 'content-type': 'application/json' }, body });
    await res.arrayBuffer();
    return res.status;
  } catch {
    return 0; // connection refused or reset: not acknowledged
  }
}

/**
 * Sends every batch with several senders, SIGKILLs the server right after the KILL_AFTER_ACKS-th
 * acknowledgement (other batches are then in flight), restarts it, re-sends whatever was not
 * acknowledged, and checks that every event is stored exactly once.
 */
async function killMidStream(start: () => Promise<ServerProcess>, dbOptions: DatabaseOptions) {
  const setup = await openDatabase(dbOptions);
  await runMigrations(setup);
  const key = await writeKey(setup.db);
  await setup.close();

  const batches = makeBatches();
  const acked = new Set<number>();
  let server = await start();
  let killed = false;
  let inFlightAtKill = 0;
  let inFlight = 0;
  let next = 0;
  await Promise.all(
    Array.from({ length: SENDERS }, async () => {
      while (next < batches.length) {
        const b = next++;
        inFlight++;
        const status = await post(server.url, key, batches[b]!);
        inFlight--;
        if (status === 200) acked.add(b);
        if (!killed && acked.size >= KILL_AFTER_ACKS) {
          killed = true;
          inFlightAtKill = inFlight;
          await server.kill('SIGKILL');
        }
      }
    }),
  );
  expect(killed).toBe(true);
  expect(inFlightAtKill).toBeGreaterThan(0);
  const ackedBeforeKill = new Set(acked);
  expect(ackedBeforeKill.size).toBeLessThan(BATCHES);

  server = await start();
  try {
    for (let b = 0; b < batches.length; b++) {
      if (acked.has(b)) continue;
      expect(await post(server.url, key, batches[b]!)).toBe(200);
      acked.add(b);
    }
  } finally {
    await server.kill('SIGTERM');
  }

  const check = await openDatabase(dbOptions);
  try {
    const counts = await queryRows<{ seq: number; n: number }>(check.db, sql`
      select (properties->>'seq')::int as seq, count(*)::int as n from events group by 1`);
    const bySeq = new Map(counts.map((r) => [r.seq, r.n]));
    const duplicated = counts.filter((r) => r.n !== 1);
    expect(duplicated).toEqual([]);
    for (const b of ackedBeforeKill) {
      for (let i = 0; i < PER_BATCH; i++) expect(bySeq.get(b * PER_BATCH + i), `batch ${b} event ${i}`).toBe(1);
    }
    expect(bySeq.size).toBe(BATCHES * PER_BATCH);
    const [ids] = await queryRows<{ n: number; distinct_ids: number }>(check.db, sql`select count(*)::int as n, count(distinct message_id)::int as distinct_ids from events`);
    expect(ids).toEqual({ n: BATCHES * PER_BATCH, distinct_ids: BATCHES * PER_BATCH });
  } finally {
    await check.close();
  }
}

describePostgres('ingest survives SIGKILL mid-stream', (backend) => {
  it('stores every acknowledged event exactly once after a kill, a restart and re-sends', async () => {
    const url = await backend.freshDatabaseUrl();
    await killMidStream(() => startServerProcess({ DATABASE_URL: url }), { databaseUrl: url, poolSize: 2 });
  }, 180_000);
});

describe('ingest survives SIGKILL mid-stream [pglite]', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'playmaker-durability-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('stores every acknowledged event exactly once after a kill, a restart and re-sends', async () => {
    await killMidStream(() => startServerProcess({ PLAYMAKER_DATA_DIR: dir }), { dataDir: dir });
  }, 300_000);
});
