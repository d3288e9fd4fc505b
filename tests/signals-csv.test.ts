import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/server/db/client.ts';
import { openDatabase, queryRows } from '../src/server/db/client.ts';
import { runMigrations } from '../src/server/db/migrate.ts';
import { readSeries } from '../src/server/modules/metrics/series.ts';
import { startTestApp } from './support/app.ts';
import type { TestApp } from './support/app.ts';
import { describeBackends } from './support/backends.ts';
import { writeKey } from './fixtures/ingest/tracking.ts';

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

describeBackends('signals from CSV uploads', (backend) => {
  let app: TestApp;
  let db: Db;
  let csm: { cookie: string; userId: string; email: string };
  let feed: string;
  let account: { id: string };

  beforeAll(async () => {
    app = await startTestApp(await backend.freshDatabase());
    db = app.running.services.database.db;
    csm = await app.signIn('csm', 'carla.csm@example.com');
    feed = await writeKey(db);
    account = (await app.call('POST', '/api/accounts', { cookie: csm.cookie, body: { name: 'CSV Co', crmId: 'CRM-CSV', productId: 'ws-csv' } })).body;
    await app.call('POST', '/api/contacts', { cookie: csm.cookie, body: { accountId: account.id, name: 'Rita Requester', email: 'rita@csv.example' } });
  });
  afterAll(() => app.stop());

  const upload = (kind: string, csv: string | Buffer, options: { token?: string; cookie?: string; type?: string } = { token: feed }) =>
    app.call('POST', `/api/imports/${kind}`, { raw: csv as string, token: options.token, cookie: options.cookie, headers: { 'content-type': options.type ?? 'text/csv' } });
  const count = async (table: string) => (await queryRows<{ n: number }>(db, sql.raw(`select count(*)::int as n from ${table}`)))[0]!.n;

  it('imports tickets with helpdesk headers, upserting by external id and landing on the timeline', async () => {
    const csv = [
      'Ticket ID,Account,Subject,Priority,Status,Created At,Solved At,Satisfaction,Requester,Channel',
      'T-1,CRM-CSV,Login loop after SSO change,Urgent,open,2026-03-01 09:00:00,,,rita@csv.example,email',
      'T-2,ws-csv,"Export ""large"" files,\nagain",High,solved,2026-03-02T10:00:00Z,2026-03-03T12:00:00Z,4,,web',
    ].join('\r\n');
    const res = await upload('tickets', csv);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ kind: 'tickets', committed: true, rows: 2, created: 2, updated: 0, rejected: 0 });
    expect(res.body.columns).toContainEqual({ column: 'Channel', to: '(ignored)' });
    const tickets = await queryRows<{ external_id: string; priority: string; status: string; csat: number | null; subject: string; contact_id: string | null }>(db, sql`select external_id, priority, status, csat, subject, contact_id from tickets order by external_id`);
    expect(tickets).toMatchObject([
      { external_id: 'T-1', priority: 'urgent', status: 'open', csat: null },
      { external_id: 'T-2', priority: 'high', status: 'solved', csat: 4, subject: 'Export "large" files,\nagain', contact_id: null },
    ]);
    expect(tickets[0]!.contact_id).not.toBeNull();

    const again = await upload('tickets', 'Ticket ID,Account,Subject,Status,Solved At\nT-1,CRM-CSV,Login loop after SSO change,closed,2026-03-04T08:00:00Z\n');
    expect(again.body).toMatchObject({ created: 0, updated: 1 });
    const timeline = await queryRows<{ summary: string }>(db, sql`select summary from timeline_events where account_id = ${account.id} and type like 'ticket.%' order by id`);
    expect(timeline.map((t) => t.summary)).toEqual([
      'Ticket opened (urgent): Login loop after SSO change',
      'Ticket opened (high): Export "large" files,\nagain',
      'Ticket solved: Export "large" files,\nagain',
      'CSAT 4/5 on ticket: Export "large" files,\nagain',
      'Ticket closed: Login loop after SSO change',
    ]);
  });

  it('rejects the whole file when any row is bad, reporting every bad row with its line', async () => {
    const before = await count('survey_responses');
    const csv = [
      'account;kind;score;comment;external id',
      'CRM-CSV;nps;9;"Love it; really";S-1',
      'CRM-CSV;nps;11;too high;S-2',
      'nobody;csat;4;;S-3',
      'CRM-CSV;stars;3;;S-4',
      'CRM-CSV;csat;;;S-5',
      'CRM-CSV;csat;five;;S-6',
      'CRM-CSV;csat;2;dup;S-1',
    ].join('\n');
    const res = await upload('surveys', '\uFEFF' + csv);
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('import_rejected');
    const report = res.body.error.details;
    expect(report).toMatchObject({ committed: false, rows: 7, created: 0, rejected: 6, format: { delimiter: '";"', encoding: 'UTF-8' } });
    expect(report.rejects).toEqual([
      { line: 3, reason: 'score: must be from 0 to 10 for nps (got 11)' },
      { line: 4, reason: 'account: no account has id, crmId or productId "nobody"' },
      { line: 5, reason: expect.stringMatching(/^kind: /) },
      { line: 6, reason: 'score: is empty' },
      { line: 7, reason: 'score: "five" is not a number' },
      { line: 8, reason: 'external id: S-1 is already on line 2' },
    ]);
    expect(await count('survey_responses')).toBe(before);
  });

  it('imports survey responses and metric values, and notes by their authors', async () => {
    const surveys = await upload('surveys', 'Account,Type,Score,Feedback,Responded At,Email\nws-csv,NPS,3,Slow exports,2026-03-05,rita@csv.example\nws-csv,csat,5,,2026-03-06T10:00:00Z,\n');
    expect(surveys.body).toMatchObject({ committed: true, created: 2 });
    const nps = await queryRows<{ summary: string }>(db, sql`select summary from timeline_events where account_id = ${account.id} and type = 'survey.nps'`);
    expect(nps.map((n) => n.summary)).toEqual(['NPS 3 (detractor) from Rita Requester: "Slow exports"']);

    const metrics = await upload('metrics', `account,metric,date,value\nCRM-CSV,seats_used,${daysAgo(3)},10\nCRM-CSV,seats_used,${daysAgo(2)},12\n${account.id},licenses,${daysAgo(2)},20\n`);
    expect(metrics.body).toMatchObject({ committed: true, created: 3 });
    expect(await readSeries(db, account.id, 'seats_used')).toEqual({ startDay: daysAgo(3), values: [10, 12] });
    const reported = await queryRows<{ summary: string }>(db, sql`select summary from timeline_events where account_id = ${account.id} and type = 'metric.reported' order by summary`);
    expect(reported.map((r) => r.summary)).toEqual([`licenses reported for ${daysAgo(2)}: 20`, `seats_used reported for ${daysAgo(3)} to ${daysAgo(2)} (2 days): 12 on the last day`]);
    const badMetric = await upload('metrics', `account,metric,day,value\nCRM-CSV,weekly_active_users,${daysAgo(1)},3\n`);
    expect(badMetric.body.error.details.rejects[0]).toMatchObject({ line: 2, reason: expect.stringMatching(/^metric: is a rollup/) });

    const notes = await upload('notes', 'account,note,author,created at\nCRM-CSV,QBR went well,carla.csm@example.com,2026-02-01T10:00:00Z\nCRM-CSV,Unknown writer,ghost@example.com,\n', { cookie: csm.cookie });
    expect(notes.status).toBe(422);
    expect(notes.body.error.details.rejects).toEqual([{ line: 3, reason: 'author: no Playmaker user has the email ghost@example.com' }]);
    const good = await upload('notes', 'account,note,author,created at\nCRM-CSV,QBR went well,carla.csm@example.com,2026-02-01T10:00:00Z\n', { cookie: csm.cookie });
    expect(good.body).toMatchObject({ committed: true, created: 1 });
    const [note] = await queryRows<{ author_id: string; created_at: string }>(db, sql`select author_id, to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI') as created_at from notes`);
    expect(note).toEqual({ author_id: csm.userId, created_at: '2026-02-01T10:00' });
    expect((await upload('notes', 'account,note\nCRM-CSV,x\n', { token: feed })).status).toBe(403);
  });

  it('names a missing required column, and takes a multipart form too', async () => {
    const missing = await upload('metrics', 'account,day,value\nCRM-CSV,2026-03-01,1\n');
    expect(missing.status).toBe(400);
    expect(missing.body.error).toMatchObject({ code: 'missing_columns', message: 'The metrics file has no "metric" column (found: account, day, value)' });

    const boundary = '----playmaker-test';
    const form = [`--${boundary}`, 'Content-Disposition: form-data; name="file"; filename="m.csv"', 'Content-Type: text/csv', '', `account,metric,day,value\nCRM-CSV,storage_gb,${daysAgo(1)},1.5`, `--${boundary}--`, ''].join('\r\n');
    const res = await upload('metrics', form, { token: feed, type: `multipart/form-data; boundary=${boundary}` });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ committed: true, created: 1 });
    expect((await upload('metrics', '{"json": true}', { token: feed, type: 'application/json' })).status).toBe(415);
  });
});

describe('playmaker import tickets|surveys (CLI)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'playmaker-signal-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const cli = (args: string[]) => spawnSync(process.execPath, ['bin/playmaker.js', ...args], { env: { ...process.env, LOG_LEVEL: 'silent', DATABASE_URL: '', PLAYMAKER_DATA_DIR: dir }, encoding: 'utf8', timeout: 90_000 });

  it('imports a file and reports rejected rows with line numbers and exit code 1', async () => {
    const database = await openDatabase({ dataDir: dir });
    await runMigrations(database);
    await database.db.execute(sql`insert into accounts (name, crm_id) values ('CLI Co', 'CRM-CLI')`);
    await database.close();

    const ok = cli(['import', 'tickets', 'tests/fixtures/ingest/signals/tickets.csv']);
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/2 rows: 2 created, 0 updated, 0 rejected/);

    const bad = cli(['import', 'surveys', 'tests/fixtures/ingest/signals/surveys-bad.csv']);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('line 2: score: must be from 0 to 10 for nps (got 11)');
    expect(bad.stdout).toContain('nothing was written');

    const help = cli(['import', '--help']);
    for (const kind of ['accounts', 'contacts', 'metrics', 'tickets', 'surveys', 'notes']) expect(help.stdout).toContain(kind);
  }, 120_000);
});
