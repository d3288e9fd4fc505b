import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Db } from '../src/server/db/client.ts';
import { queryRows } from '../src/server/db/client.ts';
import { readSeries } from '../src/server/modules/metrics/series.ts';
import { startTestApp } from './support/app.ts';
import type { TestApp } from './support/app.ts';
import { describeBackends } from './support/backends.ts';
import { writeKey } from './fixtures/ingest/tracking.ts';

const today = new Date().toISOString().slice(0, 10);
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

describeBackends('customer signals over REST', (backend) => {
  let app: TestApp;
  let db: Db;
  let csm: { cookie: string; userId: string };
  let viewer: { cookie: string };
  let feed: string;
  let account: { id: string };
  let jane: { id: string };

  beforeAll(async () => {
    app = await startTestApp(await backend.freshDatabase());
    db = app.running.services.database.db;
    csm = await app.signIn('csm');
    viewer = await app.signIn('viewer');
    feed = await writeKey(db, ['ingest']);
    account = (await app.call('POST', '/api/accounts', { cookie: csm.cookie, body: { name: 'Signal Co', crmId: 'CRM-SIG', productId: 'ws-sig' } })).body;
    jane = (await app.call('POST', '/api/contacts', { cookie: csm.cookie, body: { accountId: account.id, name: 'Jane Champion', email: 'jane@signal.example', externalId: 'u-jane', roles: ['champion'] } })).body;
  });
  afterAll(() => app.stop());

  const timeline = async () => (await app.call('GET', `/api/accounts/${account.id}/timeline?pageSize=200`, { cookie: csm.cookie })).body.data as { type: string; summary: string }[];
  const lastEntry = async (type: string) => (await timeline()).find((e) => e.type === type);

  it('stores reported daily metric values by id, crmId or productId, and notes each series on the timeline', async () => {
    const res = await app.call('POST', '/api/metrics/values', {
      token: feed,
      body: [
        { account: 'CRM-SIG', metric: 'seats_used', day: daysAgo(2), value: 40 },
        { account: 'ws-sig', metric: 'seats_used', day: daysAgo(1), value: 42 },
        { account: account.id, metric: 'storage_gb', day: today, value: 1.5 },
      ],
    });
    expect(res).toMatchObject({ status: 200, body: { stored: 3, accounts: 1 } });
    expect(await readSeries(db, account.id, 'seats_used')).toEqual({ startDay: daysAgo(2), values: [40, 42] });
    expect((await lastEntry('metric.reported'))).toBeDefined();
    const summaries = (await timeline()).filter((e) => e.type === 'metric.reported').map((e) => e.summary).sort();
    expect(summaries).toEqual([`seats_used reported for ${daysAgo(2)} to ${daysAgo(1)} (2 days): 42 on the last day`, `storage_gb reported for ${today}: 1.5`]);
  });

  it('refuses bad metric values, naming each one', async () => {
    const res = await app.call('POST', '/api/metrics/values', {
      token: feed,
      body: [
        { account: 'ws-sig', metric: 'Seats Used', day: today, value: 1 },
        { account: 'ws-sig', metric: 'daily_active_users', day: today, value: 1 },
        { account: 'ws-sig', metric: 'events.login', day: today, value: 1 },
        { account: 'ws-sig', metric: 'ok_metric', day: '1999-01-01', value: 1 },
        { account: 'ws-sig', metric: 'ok_metric', day: today, value: 'many' },
      ],
    });
    expect(res.status).toBe(400);
    const issues = res.body.error.details.issues as { path: string; message: string }[];
    expect(issues.map((i) => i.path)).toEqual(['0.metric', '1.metric', '2.metric', '3.day', '4.value']);
    expect(issues[1]!.message).toMatch(/is a rollup computed from events/);
    const unknown = await app.call('POST', '/api/metrics/values', { token: feed, body: [{ account: 'nope', metric: 'x', day: today, value: 1 }] });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details.issues).toEqual([{ path: '0.account', message: 'no account has id, crmId or productId "nope"' }]);
  });

  it('opens, updates by externalId, closes and lists tickets, all on the timeline', async () => {
    const opened = await app.call('POST', '/api/tickets', {
      token: feed,
      body: { account: 'CRM-SIG', subject: 'Export fails on large files', priority: 'high', externalId: 'ZD-1', contact: 'jane@signal.example', openedAt: '2026-03-01T09:00:00Z' },
    });
    expect(opened.status).toBe(201);
    expect(opened.body).toMatchObject({ accountId: account.id, contactId: jane.id, status: 'open', priority: 'high', openedAt: '2026-03-01T09:00:00.000Z', closedAt: null });

    const again = await app.call('POST', '/api/tickets', { token: feed, body: { account: 'CRM-SIG', subject: 'Export fails on large files', priority: 'urgent', externalId: 'ZD-1' } });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ id: opened.body.id, priority: 'urgent', openedAt: '2026-03-01T09:00:00.000Z', contactId: jane.id });

    const closed = await app.call('PATCH', `/api/tickets/${opened.body.id}`, { cookie: csm.cookie, body: { status: 'solved', csat: 2 } });
    expect(closed.status).toBe(200);
    expect(closed.body.status).toBe('solved');
    expect(closed.body.closedAt).not.toBeNull();

    const reopened = await app.call('PATCH', `/api/tickets/${opened.body.id}`, { cookie: csm.cookie, body: { status: 'open' } });
    expect(reopened.body).toMatchObject({ status: 'open', closedAt: null });
    const closedAt = await app.call('PATCH', `/api/tickets/${opened.body.id}`, { cookie: csm.cookie, body: { closedAt: '2026-03-05T10:00:00Z' } });
    expect(closedAt.body).toMatchObject({ status: 'closed', closedAt: '2026-03-05T10:00:00.000Z' });

    await app.call('POST', '/api/tickets', { cookie: csm.cookie, body: { account: account.id, subject: 'Question about SSO' } });
    const open = await app.call('GET', `/api/accounts/${account.id}/tickets?status=open`, { cookie: viewer.cookie });
    expect(open.body.data.map((t: { subject: string }) => t.subject)).toEqual(['Question about SSO']);
    const all = await app.call('GET', `/api/accounts/${account.id}/tickets`, { cookie: viewer.cookie });
    expect(all.body.page.total).toBe(2);

    const types = (await timeline()).filter((e) => e.type.startsWith('ticket.')).map((e) => e.summary);
    expect(types).toEqual(expect.arrayContaining([
      'Ticket opened (high): Export fails on large files',
      'Ticket priority raised to urgent: Export fails on large files',
      'Ticket solved: Export fails on large files',
      'CSAT 2/5 on ticket: Export fails on large files',
      'Ticket reopened: Export fails on large files',
      'Ticket closed: Export fails on large files',
      'Ticket opened (normal): Question about SSO',
    ]));
  });

  it('refuses out-of-range ticket values with the field name', async () => {
    const bad = await app.call('POST', '/api/tickets', { token: feed, body: { account: 'ws-sig', subject: '', priority: 'p1', csat: 6 } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.issues.map((i: { path: string }) => i.path).sort()).toEqual(['csat', 'priority', 'subject']);
    const openButClosed = await app.call('POST', '/api/tickets', { token: feed, body: { account: 'ws-sig', subject: 'x', status: 'open', closedAt: '2026-03-01T00:00:00Z' } });
    expect(openButClosed.body.error.details.issues).toEqual([{ path: 'closedAt', message: 'only goes with status solved or closed (status is open)' }]);
    const backwards = await app.call('POST', '/api/tickets', { token: feed, body: { account: 'ws-sig', subject: 'x', openedAt: '2026-03-02T00:00:00Z', closedAt: '2026-03-01T00:00:00Z' } });
    expect(backwards.body.error.details.issues).toEqual([{ path: 'closedAt', message: 'is before openedAt' }]);
    expect(bad.body.error.details.issues.find((i: { path: string }) => i.path === 'csat').message).toBe('must be a whole number from 1 to 5');
    const ticket = (await app.call('POST', '/api/tickets', { token: feed, body: { account: 'ws-sig', subject: 'Range check' } })).body;
    const patch = await app.call('PATCH', `/api/tickets/${ticket.id}`, { token: feed, body: { csat: 0 } });
    expect(patch.status).toBe(400);
    expect(patch.body.error.details.issues[0].path).toBe('csat');
    const unknownContact = await app.call('POST', '/api/tickets', { token: feed, body: { account: 'ws-sig', subject: 'x', contact: 'ghost@signal.example' } });
    expect(unknownContact.body.error.details.issues).toEqual([{ path: 'contact', message: 'the account has no contact with id, email or externalId "ghost@signal.example"' }]);
    expect((await app.call('PATCH', '/api/tickets/00000000-0000-4000-8000-000000000000', { token: feed, body: { status: 'closed' } })).status).toBe(404);
  });

  it('records NPS and CSAT with comments, refusing scores out of range', async () => {
    const nps = await app.call('POST', '/api/surveys', { token: feed, body: { account: 'ws-sig', kind: 'nps', score: 3, comment: 'Too slow lately', contact: 'u-jane', respondedAt: '2026-03-02T10:00:00Z' } });
    expect(nps.status).toBe(201);
    expect(nps.body).toMatchObject({ kind: 'nps', score: 3, contactId: jane.id, comment: 'Too slow lately' });
    expect((await lastEntry('survey.nps'))!.summary).toBe('NPS 3 (detractor) from Jane Champion: "Too slow lately"');
    const csat = await app.call('POST', '/api/surveys', { cookie: csm.cookie, body: { account: account.id, kind: 'csat', score: 5 } });
    expect(csat.status).toBe(201);
    expect((await lastEntry('survey.csat'))!.summary).toBe('CSAT 5/5');

    const tooHigh = await app.call('POST', '/api/surveys', { token: feed, body: { account: 'ws-sig', kind: 'nps', score: 11 } });
    expect(tooHigh.status).toBe(400);
    expect(tooHigh.body.error.details.issues).toEqual([{ path: 'score', message: 'must be from 0 to 10 for nps (got 11)' }]);
    const csatZero = await app.call('POST', '/api/surveys', { token: feed, body: { account: 'ws-sig', kind: 'csat', score: 0 } });
    expect(csatZero.body.error.details.issues).toEqual([{ path: 'score', message: 'must be from 1 to 5 for csat (got 0)' }]);
    const fraction = await app.call('POST', '/api/surveys', { token: feed, body: { account: 'ws-sig', kind: 'nps', score: 7.5 } });
    expect(fraction.body.error.details.issues[0].path).toBe('score');

    const list = await app.call('GET', `/api/accounts/${account.id}/surveys?kind=nps`, { cookie: viewer.cookie });
    expect(list.body.data.map((s: { score: number }) => s.score)).toEqual([3]);
  });

  it('adds notes authored by the caller; an ingest token may not write notes', async () => {
    const note = await app.call('POST', `/api/accounts/${account.id}/notes`, { cookie: csm.cookie, body: { body: 'Call with the new VP:\nrenewal looks safe.' } });
    expect(note.status).toBe(201);
    expect(note.body).toMatchObject({ authorId: csm.userId, authorName: 'Test csm', body: 'Call with the new VP:\nrenewal looks safe.' });
    expect((await lastEntry('note.added'))!.summary).toBe('Note by Test csm: Call with the new VP: renewal looks safe.');
    const list = await app.call('GET', `/api/accounts/${account.id}/notes`, { cookie: viewer.cookie });
    expect(list.body.data[0]).toMatchObject({ authorName: 'Test csm' });
    expect((await app.call('POST', `/api/accounts/${account.id}/notes`, { token: feed, body: { body: 'x' } })).status).toBe(403);
    expect((await app.call('POST', `/api/accounts/${account.id}/notes`, { cookie: viewer.cookie, body: { body: 'x' } })).status).toBe(403);
    expect((await app.call('POST', `/api/accounts/${account.id}/notes`, { cookie: csm.cookie, body: { body: '   ' } })).body.error.details.issues[0].path).toBe('body');
  });

  it('records a champion leaving and a new executive sponsor through the contacts service', async () => {
    const sponsor = (await app.call('POST', '/api/contacts', { cookie: csm.cookie, body: { accountId: account.id, name: 'Sam Sponsor', email: 'sam@signal.example' } })).body;
    const added = await app.call('POST', `/api/accounts/${account.id}/contact-changes`, { token: feed, body: { contact: 'SAM@signal.example', change: 'role_added', role: 'executive_sponsor' } });
    expect(added).toMatchObject({ status: 200, body: { changed: true, contact: { id: sponsor.id, roles: ['executive_sponsor'] } } });
    const left = await app.call('POST', `/api/accounts/${account.id}/contact-changes`, { cookie: csm.cookie, body: { contact: 'u-jane', change: 'left' } });
    expect(left.body).toMatchObject({ changed: true, contact: { status: 'left' } });
    const again = await app.call('POST', `/api/accounts/${account.id}/contact-changes`, { cookie: csm.cookie, body: { contact: jane.id, change: 'left' } });
    expect(again.body.changed).toBe(false);
    const removed = await app.call('POST', `/api/accounts/${account.id}/contact-changes`, { cookie: csm.cookie, body: { contact: jane.id, change: 'role_removed', role: 'champion' } });
    expect(removed.body.contact.roles).toEqual([]);
    const summaries = (await timeline()).filter((e) => e.type.startsWith('contact.')).map((e) => e.summary);
    expect(summaries).toEqual(expect.arrayContaining(['Sam Sponsor is now executive sponsor', 'Jane Champion (champion) left the company', 'Jane Champion is no longer champion']));

    const noRole = await app.call('POST', `/api/accounts/${account.id}/contact-changes`, { cookie: csm.cookie, body: { contact: jane.id, change: 'role_added' } });
    expect(noRole.body.error.details.issues).toEqual([{ path: 'role', message: 'is required for role_added' }]);
    const ghost = await app.call('POST', `/api/accounts/${account.id}/contact-changes`, { cookie: csm.cookie, body: { contact: 'ghost', change: 'left' } });
    expect(ghost.status).toBe(404);
  });

  it('lets read-only callers read but not write signals', async () => {
    const reader = await writeKey(db, ['read']);
    expect((await app.call('POST', '/api/surveys', { token: reader, body: { account: 'ws-sig', kind: 'nps', score: 9 } })).status).toBe(403);
    expect((await app.call('POST', '/api/metrics/values', { cookie: viewer.cookie, body: [{ account: 'ws-sig', metric: 'm', day: today, value: 1 }] })).status).toBe(403);
    expect((await app.call('GET', `/api/accounts/${account.id}/tickets`, { token: reader })).status).toBe(200);
    const count = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from survey_responses where score = 9`);
    expect(count[0]!.n).toBe(0);
  });
});
