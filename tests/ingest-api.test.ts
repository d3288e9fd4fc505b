import { gzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Db } from '../src/server/db/client.ts';
import { queryRows } from '../src/server/db/client.ts';
import { startTestApp } from './support/app.ts';
import type { TestApp } from './support/app.ts';
import { describeBackends } from './support/backends.ts';
import { basic, countEvents, send, storedEvents, trackMessage, writeKey } from './fixtures/ingest/tracking.ts';

describeBackends('Segment-compatible Tracking API', (backend) => {
  let app: TestApp;
  let db: Db;
  let key: string;

  beforeAll(async () => {
    app = await startTestApp(await backend.freshDatabase());
    db = app.running.services.database.db;
    key = await writeKey(db);
  });
  afterAll(() => app.stop());

  const account = async (where: ReturnType<typeof sql>) => (await queryRows<Record<string, any>>(db, sql`select *, arr::float8 as arr from accounts where ${where}`))[0];
  const contact = async (externalId: string) => (await queryRows<Record<string, any>>(db, sql`select * from contacts where external_id = ${externalId}`))[0];

  it('accepts the write key as HTTP Basic, as Bearer and in the body, and answers { success: true }', async () => {
    const viaBasic = await send(app, '/v1/track', trackMessage({ messageId: 'auth-basic' }), key);
    expect(viaBasic).toMatchObject({ status: 200, body: { success: true } });
    const viaBearer = await app.call('POST', '/v1/track', { body: trackMessage({ messageId: 'auth-bearer' }), token: key });
    expect(viaBearer.status).toBe(200);
    const viaBody = await send(app, '/v1/batch', { writeKey: key, batch: [trackMessage({ messageId: 'auth-body' })] });
    expect(viaBody.status).toBe(200);
    const ids = (await storedEvents(db, sql`message_id like 'auth-%'`)).map((e) => e.message_id);
    expect(ids).toEqual(['auth-basic', 'auth-bearer', 'auth-body']);
  });

  it('answers 401 for a missing or wrong write key and 403 for a token without the ingest scope', async () => {
    const missing = await send(app, '/v1/track', trackMessage());
    expect(missing.status).toBe(401);
    expect(missing.body.error).toMatchObject({ code: 'unauthorized', message: expect.stringMatching(/^Missing write key/) });
    const wrong = await send(app, '/v1/track', trackMessage(), 'pm_not-a-real-key');
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.message).toBe('Invalid, expired or revoked write key');
    expect((await send(app, '/v1/batch', { writeKey: 'nonsense', batch: [] })).status).toBe(401);
    expect((await send(app, '/v1/track', trackMessage(), undefined, { authorization: 'Digest abc' })).status).toBe(401);
    const readOnly = await send(app, '/v1/track', trackMessage(), await writeKey(db, ['read']));
    expect(readOnly.status).toBe(403);
    expect(readOnly.body.error.message).toMatch(/needs the "ingest" scope/);
    const admin = await send(app, '/v1/track', trackMessage(), await writeKey(db, ['admin']));
    expect(admin.status).toBe(200);
  });

  it('answers malformed JSON with 400 and a message', async () => {
    const res = await app.call('POST', '/v1/batch', { raw: '{"batch": [', headers: { authorization: basic(key) } });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('malformed_json');
    expect(res.body.error.message).toMatch(/^The body is not valid JSON: /);
    const empty = await app.call('POST', '/v1/track', { raw: '', headers: { authorization: basic(key), 'content-type': 'application/json' } });
    expect(empty.status).toBe(400);
  });

  it('enforces 500 KB per request, 32 KB per message and 2,500 messages per batch, naming the message', async () => {
    const before = await countEvents(db);
    const huge = { batch: Array.from({ length: 40 }, () => trackMessage({ properties: { text: 'x'.repeat(14_000) } })) };
    const tooBig = await send(app, '/v1/batch', huge, key);
    expect(tooBig.status).toBe(413);
    expect(tooBig.body.error).toMatchObject({ code: 'payload_too_large', message: expect.stringMatching(/larger than 500 KB/) });

    const oversized = await send(app, '/v1/batch', { batch: [trackMessage(), trackMessage({ properties: { text: 'x'.repeat(33_000) } })] }, key);
    expect(oversized.status).toBe(413);
    expect(oversized.body.error.code).toBe('message_too_large');
    expect(oversized.body.error.details.issues).toEqual([{ path: 'batch[1]', message: 'is 33 KB; a message may be at most 32 KB' }]);

    const single = await send(app, '/v1/track', trackMessage({ properties: { text: 'x'.repeat(33_000) } }), key);
    expect(single.status).toBe(413);

    const many = { batch: Array.from({ length: 2_501 }, () => ({ type: 'track', event: 'e', userId: 'u' })) };
    const tooMany = await send(app, '/v1/batch', many, key);
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error).toMatchObject({ code: 'too_many_events', details: { issues: [{ path: 'batch[2500]' }] } });
    expect(tooMany.body.error.message).toMatch(/at most 2500/);
    expect(await countEvents(db)).toBe(before);
  });

  it('rejects the whole batch when any message is invalid, naming batch[i].field', async () => {
    const before = await countEvents(db);
    const res = await send(app, '/v1/batch', {
      batch: [
        trackMessage(),
        { type: 'track', userId: 'u1' },
        { type: 'identify' },
        { type: 'track', event: 'x', anonymousId: 'a', timestamp: 'last tuesday' },
        { type: 'shout', userId: 'u' },
        trackMessage({ properties: 'not an object' }),
      ],
    }, key);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_failed');
    expect(res.body.error.details.issues.map((i: { path: string }) => i.path)).toEqual([
      'batch[1].event', 'batch[2].userId', 'batch[3].timestamp', 'batch[4].type', 'batch[5].properties',
    ]);
    expect(res.body.error.message).toMatch(/^Invalid message: batch\[1\]\.event is required for track/);
    expect(await countEvents(db)).toBe(before);
  });

  it('creates an account from a group call, merges later traits and matches a CRM account by crmId', async () => {
    const res = await send(app, '/v1/group', { userId: 'owner-1', groupId: 'ws-acme', traits: { name: 'Acme Logistics', plan: 'pro', arr: 48_000, website: 'https://www.acme.example', industry: 'logistics' } }, key);
    expect(res.status).toBe(200);
    const acme = await account(sql`product_id = 'ws-acme'`);
    expect(acme).toMatchObject({ name: 'Acme Logistics', plan: 'pro', arr: 48_000, domain: 'acme.example', traits: { industry: 'logistics' } });

    await send(app, '/v1/group', { userId: 'owner-1', groupId: 'ws-acme', traits: { plan: 'enterprise', employees: 250 } }, key);
    const updated = await account(sql`product_id = 'ws-acme'`);
    expect(updated).toMatchObject({ name: 'Acme Logistics', plan: 'enterprise', traits: { industry: 'logistics', employees: 250 } });
    const timeline = await queryRows<{ type: string; summary: string }>(db, sql`select type, summary from timeline_events where account_id = ${acme!.id} order by id`);
    expect(timeline.map((t) => t.type)).toEqual(['account.created', 'contact.added', 'account.updated']);
    expect(timeline[2]!.summary).toBe('Changed plan from a Segment group call');

    // The same traits again change nothing, and write nothing to the timeline.
    await send(app, '/v1/group', { userId: 'owner-1', groupId: 'ws-acme', traits: { plan: 'enterprise' } }, key);
    expect((await queryRows(db, sql`select 1 from timeline_events where account_id = ${acme!.id}`)).length).toBe(3);

    const crm = await app.signIn('csm');
    const imported = await app.call('POST', '/api/accounts', { cookie: crm.cookie, body: { name: 'Globex', crmId: '0015g00000XYZ' } });
    await send(app, '/v1/group', { anonymousId: 'a-1', groupId: '0015g00000XYZ', traits: { plan: 'starter' } }, key);
    expect(await account(sql`id = ${imported.body.id}`)).toMatchObject({ name: 'Globex', plan: 'starter', product_id: null });
    expect((await queryRows(db, sql`select 1 from accounts where name = 'Globex' or product_id = '0015g00000XYZ'`)).length).toBe(1);
  });

  it('creates a contact from identify with a group, and keeps an identify without any account unattributed', async () => {
    await send(app, '/v1/group', { userId: 'jane', groupId: 'ws-initech', traits: { name: 'Initech' } }, key);
    const initech = await account(sql`product_id = 'ws-initech'`);
    await send(app, '/v1/identify', { userId: 'jane', traits: { name: 'Jane Doe', email: 'jane@initech.example', title: 'Ops lead' } }, key);
    expect(await contact('jane')).toMatchObject({ account_id: initech!.id, name: 'Jane Doe', email: 'jane@initech.example', title: 'Ops lead', roles: ['user'] });

    await send(app, '/v1/identify', { userId: 'bob', traits: { name: 'Bob' }, context: { groupId: 'ws-initech' } }, key);
    expect(await contact('bob')).toMatchObject({ account_id: initech!.id, name: 'Bob' });

    await send(app, '/v1/identify', { userId: 'nobody-knows', traits: { name: 'Nobody' }, messageId: 'identify-orphan' }, key);
    expect(await contact('nobody-knows')).toBeUndefined();
    expect((await storedEvents(db, sql`message_id = 'identify-orphan'`))[0]).toMatchObject({ type: 'identify', account_id: null, properties: { name: 'Nobody' } });
  });

  it('attributes track events by context.groupId, then groupId, then the user\'s contact', async () => {
    await send(app, '/v1/batch', {
      batch: [
        { type: 'group', userId: 'carol', groupId: 'ws-hooli', traits: { name: 'Hooli' } },
        { type: 'group', anonymousId: 'x', groupId: 'ws-umbrella', traits: { name: 'Umbrella' } },
        trackMessage({ messageId: 'attr-context', userId: 'carol', groupId: 'ws-umbrella', context: { groupId: 'ws-hooli' } }),
        trackMessage({ messageId: 'attr-group', userId: 'carol', groupId: 'ws-umbrella' }),
        trackMessage({ messageId: 'attr-user', userId: 'carol' }),
        trackMessage({ messageId: 'attr-none', userId: 'stranger' }),
      ],
    }, key);
    const hooli = (await account(sql`product_id = 'ws-hooli'`))!.id;
    const umbrella = (await account(sql`product_id = 'ws-umbrella'`))!.id;
    const byId = Object.fromEntries((await storedEvents(db, sql`message_id like 'attr-%'`)).map((e) => [e.message_id, e.account_id]));
    expect(byId).toEqual({ 'attr-context': hooli, 'attr-group': umbrella, 'attr-user': hooli, 'attr-none': null });

    const dirty = await queryRows<{ account_id: string; day: string }>(db, sql`select account_id, to_char(day, 'YYYY-MM-DD') as day from metric_dirty_days where account_id in (${hooli}, ${umbrella}) order by account_id`);
    expect(dirty.map((d) => d.day)).toEqual(['2026-03-10', '2026-03-10']);
  });

  it('keeps unknown users and groups unattributed, reports them, and attributes them once they become known', async () => {
    await send(app, '/v1/batch', {
      batch: [
        trackMessage({ messageId: 'late-1', userId: 'dave', event: 'Dashboard Viewed', timestamp: '2026-03-01T09:00:00Z' }),
        trackMessage({ messageId: 'late-2', userId: 'dave', event: 'Dashboard Viewed', timestamp: '2026-03-03T09:00:00Z' }),
        trackMessage({ messageId: 'late-3', userId: 'erin', event: 'Seat Added', context: { groupId: 'ws-wonka' } }),
        { type: 'page', anonymousId: 'anon-dave', name: 'Pricing', messageId: 'late-4' },
      ],
    }, key);
    const report = await app.call('GET', '/api/ingest/unattributed?pageSize=200', { token: await writeKey(db, ['read']) });
    expect(report.status).toBe(200);
    const rows = report.body.data as { userId: string; anonymousId: string; event: string; count: number; reason: string; firstSeen: string; lastSeen: string }[];
    expect(rows.find((r) => r.userId === 'dave')).toMatchObject({ event: 'Dashboard Viewed', count: 2, reason: 'unknown_user', firstSeen: '2026-03-01T09:00:00.000Z', lastSeen: '2026-03-03T09:00:00.000Z' });
    expect(rows.find((r) => r.userId === 'erin')).toMatchObject({ reason: 'unknown_group', count: 1 });
    expect(rows.find((r) => r.anonymousId === 'anon-dave')).toMatchObject({ reason: 'anonymous', type: 'page' });
    expect(report.body.events).toBeGreaterThanOrEqual(4);

    // Dave identifies with a known group (and the anonymous id he browsed with); Wonka's group call arrives.
    await send(app, '/v1/batch', {
      batch: [
        { type: 'group', userId: 'erin', groupId: 'ws-wonka', traits: { name: 'Wonka' } },
        { type: 'identify', userId: 'dave', anonymousId: 'anon-dave', traits: { name: 'Dave' }, context: { groupId: 'ws-hooli' } },
      ],
    }, key);
    const hooli = (await account(sql`product_id = 'ws-hooli'`))!.id;
    const wonka = (await account(sql`product_id = 'ws-wonka'`))!.id;
    const byId = Object.fromEntries((await storedEvents(db, sql`message_id like 'late-%'`)).map((e) => [e.message_id, e.account_id]));
    expect(byId).toEqual({ 'late-1': hooli, 'late-2': hooli, 'late-3': wonka, 'late-4': hooli });
    const days = await queryRows<{ day: string }>(db, sql`select to_char(day, 'YYYY-MM-DD') as day from metric_dirty_days where account_id = ${hooli} order by day`);
    expect(days.map((d) => d.day)).toEqual(expect.arrayContaining(['2026-03-01', '2026-03-03']));
  });

  it('re-attributes everything on request once a CRM account gets the product id', async () => {
    await send(app, '/v1/track', trackMessage({ messageId: 'reattr-1', groupId: 'ws-late-link' }), key);
    const csm = await app.signIn('csm');
    await app.call('POST', '/api/accounts', { cookie: csm.cookie, body: { name: 'Late Link', productId: 'ws-late-link' } });
    const res = await app.call('POST', '/api/ingest/unattributed/attribute', { token: key });
    expect(res.status).toBe(200);
    expect(res.body.attributed).toBeGreaterThanOrEqual(1);
    expect((await storedEvents(db, sql`message_id = 'reattr-1'`))[0]!.account_id).toBe((await account(sql`product_id = 'ws-late-link'`))!.id);
  });

  it('attributes events whose user becomes known in a concurrent request', async () => {
    for (let round = 0; round < 6; round++) {
      const user = `racer-${round}`;
      const tracks = { batch: Array.from({ length: 50 }, (_, i) => trackMessage({ messageId: `race-${round}-${i}`, userId: user })) };
      const links = { batch: [{ type: 'group', userId: user, groupId: `ws-race-${round}`, traits: { name: `Race ${round}` } }, { type: 'identify', userId: user, traits: { name: user } }] };
      // Both orders of arrival, sent at once.
      const sends = round % 2 ? [send(app, '/v1/batch', tracks, key), send(app, '/v1/batch', links, key)] : [send(app, '/v1/batch', links, key), send(app, '/v1/batch', tracks, key)];
      expect((await Promise.all(sends)).map((r) => r.status)).toEqual([200, 200]);
      const rows = await storedEvents(db, sql`message_id like ${`race-${round}-%`}`);
      const accountId = (await account(sql`product_id = ${`ws-race-${round}`}`))!.id;
      expect(rows.filter((r) => r.account_id === accountId)).toHaveLength(50);
    }
  });

  it('documents the Tracking API in the OpenAPI document', async () => {
    const doc = await app.call('GET', '/api/openapi.json');
    for (const path of ['/v1/batch', '/v1/track', '/v1/identify', '/v1/group', '/v1/page', '/v1/screen', '/v1/alias', '/api/ingest/unattributed']) expect(Object.keys(doc.body.paths)).toContain(path);
  });

  it('stores nothing twice: a retried batch, and retried messages without a messageId', async () => {
    const batch = { batch: [trackMessage(), trackMessage(), { type: 'track', event: 'No Id', userId: 'retry-user', timestamp: '2026-03-10T10:00:00Z' }], sentAt: '2026-03-10T10:00:01Z' };
    const before = await countEvents(db);
    expect((await send(app, '/v1/batch', batch, key)).status).toBe(200);
    expect((await send(app, '/v1/batch', { ...batch, sentAt: '2026-03-10T10:05:00Z' }, key)).status).toBe(200);
    expect((await send(app, '/v1/batch', { batch: [{ timestamp: '2026-03-10T10:00:00Z', userId: 'retry-user', event: 'No Id', type: 'track' }] }, key)).status).toBe(200);
    expect(await countEvents(db)).toBe(before + 3);
    const derived = await storedEvents(db, sql`user_id = 'retry-user'`);
    expect(derived).toHaveLength(1);
    expect(derived[0]!.message_id).toMatch(/^pm-[0-9a-f]{40}$/);
  });

  it('stores page, screen and alias calls, and reads gzip bodies', async () => {
    expect((await send(app, '/v1/page', { anonymousId: 'a-9', name: 'Home', properties: { path: '/' }, messageId: 'kinds-page' }, key)).status).toBe(200);
    expect((await send(app, '/v1/screen', { userId: 'carol', name: 'Settings', messageId: 'kinds-screen' }, key)).status).toBe(200);
    expect((await send(app, '/v1/alias', { userId: 'carol', previousId: 'a-9', messageId: 'kinds-alias' }, key)).status).toBe(200);
    const zipped = gzipSync(JSON.stringify({ batch: [trackMessage({ messageId: 'kinds-gzip' })] }));
    const res = await app.running.app.request('/v1/batch', { method: 'POST', headers: { authorization: basic(key), 'content-type': 'application/json', 'content-encoding': 'gzip' }, body: zipped });
    expect(res.status).toBe(200);
    const rows = await storedEvents(db, sql`message_id like 'kinds-%'`);
    expect(rows.map((r) => [r.message_id, r.type, r.event])).toEqual([
      ['kinds-page', 'page', null], ['kinds-screen', 'screen', null], ['kinds-alias', 'alias', null], ['kinds-gzip', 'track', 'Report Exported'],
    ]);
    expect(rows[0]!.properties).toEqual({ path: '/', name: 'Home' });
    expect(rows[2]!.properties).toEqual({ previousId: 'a-9' });
  });

  it('stores text PostgreSQL cannot hold by replacing NUL and broken surrogates', async () => {
    const res = await app.call('POST', '/v1/track', { raw: JSON.stringify(trackMessage({ messageId: 'nul-1', event: 'Bad\u0000Name', properties: { s: 'a\ud800b' } })), headers: { authorization: basic(key) } });
    expect(res.status).toBe(200);
    const [row] = await storedEvents(db, sql`message_id = 'nul-1'`);
    expect(row).toMatchObject({ event: 'Bad\uFFFDName', properties: { s: 'a\uFFFDb' } });
  });
});
