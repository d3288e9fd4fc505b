import { Analytics } from '@segment/analytics-node';
import { sql } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadConfig } from '../src/server/config.ts';
import { queryRows } from '../src/server/db/client.ts';
import type { Db } from '../src/server/db/client.ts';
import { startPlaymaker } from '../src/server/runtime.ts';
import type { Running } from '../src/server/runtime.ts';
import { describeBackends } from './support/backends.ts';
import { writeKey } from './fixtures/ingest/tracking.ts';

describeBackends("Segment's analytics-node client against /v1", (backend) => {
  let running: Running;
  let db: Db;
  let key: string;

  beforeAll(async () => {
    const config = { ...loadConfig({ LOG_LEVEL: 'silent', PLAYMAKER_DATA_DIR: '/nonexistent' }), port: 0, host: '127.0.0.1' };
    running = await startPlaymaker({ config, database: await backend.freshDatabase(), logger: pino({ level: 'silent' }) });
    db = running.services.database.db;
    key = await writeKey(db);
  });
  afterAll(() => running.stop());

  function client(writeKey: string) {
    const analytics = new Analytics({ writeKey, host: running.url!, path: '/v1/batch', flushAt: 4, flushInterval: 50, maxRetries: 0 });
    const failures: unknown[] = [];
    analytics.on('error', (err) => failures.push(err));
    return { analytics, failures };
  }

  // flushAt 4 makes the client send several batches at once: tracks for Ana race the batch that
  // makes her known, and must be attributed all the same.
  it('delivers group, identify, track, page and screen calls: accounts, contacts and events appear', async () => {
    const { analytics, failures } = client(key);
    analytics.group({ userId: 'u-ana', groupId: 'acct-segment-1', traits: { name: 'Segment Test Co', plan: 'growth', mrr: 2_000, industry: 'retail' } });
    analytics.identify({ userId: 'u-ana', traits: { name: 'Ana Lima', email: 'ana@segment-test.example', title: 'Head of Ops' } });
    for (let i = 0; i < 9; i++) analytics.track({ userId: 'u-ana', event: 'Report Exported', properties: { n: i } });
    analytics.track({ userId: 'u-ben', event: 'Signed Up', context: { groupId: 'acct-segment-1' } });
    analytics.track({ anonymousId: 'anon-77', event: 'Viewed Pricing' });
    analytics.page({ userId: 'u-ana', name: 'Dashboard', properties: { path: '/dash' } });
    analytics.screen({ userId: 'u-ana', name: 'Home' });
    await analytics.closeAndFlush({ timeout: 20_000 });
    expect(failures).toEqual([]);

    const [account] = await queryRows<{ id: string; name: string; plan: string; arr: number; traits: Record<string, unknown> }>(db, sql`select id, name, plan, arr::float8 as arr, traits from accounts where product_id = 'acct-segment-1'`);
    expect(account).toMatchObject({ name: 'Segment Test Co', plan: 'growth', arr: 24_000, traits: { industry: 'retail' } });
    const [contact] = await queryRows<{ account_id: string; name: string; email: string; title: string }>(db, sql`select account_id, name, email, title from contacts where external_id = 'u-ana'`);
    expect(contact).toEqual({ account_id: account!.id, name: 'Ana Lima', email: 'ana@segment-test.example', title: 'Head of Ops' });

    const events = await queryRows<{ type: string; event: string | null; account_id: string | null; n: number }>(db, sql`
      select type, event, account_id, count(*)::int as n from events group by 1, 2, 3 order by 1, 2`);
    expect(events).toEqual([
      { type: 'group', event: null, account_id: account!.id, n: 1 },
      { type: 'identify', event: null, account_id: account!.id, n: 1 },
      { type: 'page', event: null, account_id: account!.id, n: 1 },
      { type: 'screen', event: null, account_id: account!.id, n: 1 },
      { type: 'track', event: 'Report Exported', account_id: account!.id, n: 9 },
      { type: 'track', event: 'Signed Up', account_id: account!.id, n: 1 },
      { type: 'track', event: 'Viewed Pricing', account_id: null, n: 1 },
    ]);
    const [library] = await queryRows<{ name: string }>(db, sql`select context->'library'->>'name' as name from events where type = 'track' limit 1`);
    expect(library!.name).toBe('@segment/analytics-node');
  });

  it('reports a wrong write key to the client as a failed delivery, storing nothing', async () => {
    const before = (await queryRows<{ n: number }>(db, sql`select count(*)::int as n from events`))[0]!.n;
    const { analytics } = client('pm_wrong-key');
    const delivered = await new Promise<unknown>((resolve) => analytics.track({ userId: 'u-x', event: 'Nope' }, (err) => resolve(err)));
    await analytics.closeAndFlush({ timeout: 5_000 });
    expect(String((delivered as { reason?: unknown })?.reason ?? delivered)).toMatch(/401/);
    expect((await queryRows<{ n: number }>(db, sql`select count(*)::int as n from events`))[0]!.n).toBe(before);
  });
});
