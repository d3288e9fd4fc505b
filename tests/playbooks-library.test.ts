import { sql } from 'drizzle-orm';
// @ts-ignore -- jsdom ships no types and @types/jsdom is not a dependency; only JSDOM.window is used.
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { queryRows } from '../src/server/db/client.ts';
import { createToken } from '../src/server/modules/users/tokens.ts';
import { startTestApp } from './support/app.ts';
import type { TestApp } from './support/app.ts';
import { describeBackends } from './support/backends.ts';
import { emailTemplate, playbookYaml } from './support/playbook-files.ts';

type Hit = { id: string; title: string; titleHtml: string; snippet: string; rank: number; status: string };

describeBackends('playbook library: search, views, quick reference, flowchart', (backend) => {
  let app: TestApp;
  let csm: { cookie: string; userId: string };

  beforeAll(async () => {
    app = await startTestApp(await backend.freshDatabase());
    csm = await app.signIn('csm');
    const admin = await app.signIn('admin');
    // "quokka" appears in one title, one when-to-use and one step; nowhere else in the library.
    const files = [
      { path: 'search/title-match.yaml', content: playbookYaml('title-match', { title: 'Quokka expansion plan', category: 'expansion', lifecycle: ['expansion'], segments: ['enterprise'] }) },
      { path: 'search/when-match.yaml', content: playbookYaml('when-match', { title: 'Seat growth', whenToUse: 'A quokka sized account is ready to grow.', kind: 'runbook' }) },
      { path: 'search/step-match.yaml', content: playbookYaml('step-match', { title: 'Adoption push', stepDescription: 'Ask which quokka features the team uses <b>most</b> & why.' }) },
      { path: 'search/templates/test-followup.liquid', content: emailTemplate() },
    ];
    const res = await app.call('POST', '/api/playbooks/import', { cookie: admin.cookie, body: { files, newStatus: 'active' } });
    expect(res.status).toBe(200);
    await app.call('POST', '/api/playbooks/step-match/status', { cookie: admin.cookie, body: { status: 'retired' } });
  });
  afterAll(() => app.stop());

  const search = async (query: string): Promise<{ data: Hit[]; page: { total: number } }> => {
    const res = await app.call('GET', `/api/playbooks/search?${query}`, { cookie: csm.cookie });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body;
  };

  it('ranks a title match above a when-to-use match above a step match, with highlighted snippets', async () => {
    const result = await search('q=quokka');
    expect(result.data.map((hit) => hit.id)).toEqual(['title-match', 'when-match', 'step-match']);
    expect(result.page.total).toBe(3);
    expect(result.data[0]!.rank).toBeGreaterThan(result.data[1]!.rank);
    expect(result.data[1]!.rank).toBeGreaterThan(result.data[2]!.rank);
    expect(result.data[0]!.titleHtml).toBe('<mark>Quokka</mark> expansion plan');
    expect(result.data[1]!.snippet).toContain('<mark>quokka</mark>');
    // Snippets are escaped HTML: only the <mark> tags are markup.
    const step = result.data[2]!.snippet;
    expect(step).toContain('<mark>quokka</mark>');
    expect(step.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
    expect(step).toContain('&#38;');
  });

  it('stems words and searches the starter library', async () => {
    const renewal = await search('q=renewals');
    expect(renewal.data[0]!.id).toBe('renewal');
    expect(renewal.data.length).toBeGreaterThan(1);
    expect((await search('q=zyzzyva')).data).toEqual([]);
    expect((await search('q=the')).data).toEqual([]);
  });

  it('filters by kind, category, lifecycle, segment and status', async () => {
    const ids = async (query: string) => (await search(query)).data.map((hit) => hit.id);
    expect(await ids('q=quokka&kind=runbook')).toEqual(['when-match']);
    expect(await ids('q=quokka&category=expansion')).toEqual(['title-match']);
    expect(await ids('q=quokka&lifecycle=expansion')).toEqual(['title-match']);
    expect(await ids('q=quokka&segment=enterprise')).toEqual(['title-match']);
    expect(await ids('q=quokka&status=retired')).toEqual(['step-match']);
    expect(await ids('q=quokka&status=active')).toEqual(['title-match', 'when-match']);
    // Without words, filters list by title.
    expect(await ids('kind=script')).toEqual(['recovery-call', 'renewal-objections']);
    const bad = await app.call('GET', '/api/playbooks/search?kind=poem&lifecycle=teenage', { cookie: csm.cookie });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.issues.map((i: { path: string }) => i.path).sort()).toEqual(['query.kind', 'query.lifecycle']);
  });

  it('pages through results with a stable total', async () => {
    const first = await search('q=customer&pageSize=2');
    const second = await search('q=customer&pageSize=2&page=2');
    expect(first.data).toHaveLength(2);
    expect(second.page.total).toBe(first.page.total);
    expect(second.data.map((h) => h.id)).not.toContain(first.data[0]!.id);
    const past = await search('q=customer&pageSize=2&page=999');
    expect(past.data).toEqual([]);
    expect(past.page.total).toBe(first.page.total);
  });

  it('records who viewed which version when', async () => {
    const res = await app.call('GET', '/api/playbooks/renewal', { cookie: csm.cookie });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: 'renewal', status: 'active', version: { number: 1 } });
    expect(res.body.version.playbook.title).toBeTruthy();
    await app.call('GET', '/api/playbooks/renewal?version=1', { cookie: csm.cookie });
    const token = (await createToken(app.running.services.database.db, { name: 'reader', scopes: ['read'], createdBy: null })).token;
    expect((await app.call('GET', '/api/playbooks/renewal', { token })).status).toBe(200);
    const views = await queryRows<{ user_id: string | null; version: number; recent: boolean }>(
      app.running.services.database.db,
      sql`select user_id, version, viewed_at > now() - interval '1 minute' as recent from playbook_views where playbook_id = 'renewal' order by id`,
    );
    expect(views).toEqual([
      { user_id: csm.userId, version: 1, recent: true },
      { user_id: csm.userId, version: 1, recent: true },
      { user_id: null, version: 1, recent: true },
    ]);
    expect((await app.call('GET', '/api/playbooks/nope', { cookie: csm.cookie })).status).toBe(404);
    expect((await app.call('GET', '/api/playbooks/Not_A_Slug', { cookie: csm.cookie })).body.error.details.issues[0].path).toBe('path.id');
  });

  it('lists playbooks with filters', async () => {
    const res = await app.call('GET', '/api/playbooks?status=active&kind=runbook&pageSize=100', { cookie: csm.cookie });
    expect(res.status).toBe(200);
    expect(res.body.data.map((p: { id: string }) => p.id).sort()).toEqual(['customer-call', 'escalation-and-approvals', 'stakeholder-mapping', 'when-match']);
    expect(res.body.data[0]).toMatchObject({ status: 'active', currentVersion: 1, kind: 'runbook' });
  });

  it('serves the quick-reference card as printable HTML and as Markdown', async () => {
    const html = await app.call('GET', '/api/playbooks/renewal/quick-reference?format=html', { cookie: csm.cookie });
    expect(html.status).toBe(200);
    expect(html.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(html.body).toMatch(/^<!doctype html>/);
    expect(html.body).toContain('@page');
    expect(html.body).toContain('<h2>Key steps</h2>');
    expect(html.body).toContain('<h2>Pitfalls</h2>');
    expect(html.body).toContain('120 days before renewal date');

    const md = await app.call('GET', '/api/playbooks/renewal/quick-reference?format=md', { cookie: csm.cookie });
    expect(md.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(md.body).toMatch(/^# .+\n/);
    expect(md.body).toContain('## Key steps');
    expect(md.body).toContain('**Trigger:**');
    expect((await app.call('GET', '/api/playbooks/renewal/quick-reference?format=pdf', { cookie: csm.cookie })).status).toBe(400);
  });

  it('serves a Mermaid flowchart that Mermaid parses, for every playbook of the library', async () => {
    const dom = new JSDOM('<!doctype html><html><body></body></html>');
    Object.assign(globalThis, { window: dom.window, document: dom.window.document });
    const mermaid = (await import('mermaid')).default;
    mermaid.initialize({ startOnLoad: false });

    const chart = await app.call('GET', '/api/playbooks/title-match/flowchart', { cookie: csm.cookie });
    expect(chart.status).toBe(200);
    expect(chart.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(chart.body).toBe(
      [
        'flowchart TD',
        '  play_start(["Start"])',
        '  s0["Review the account"]',
        '  s1{"Did the customer reply within 5 days?"}',
        '  s2["Send the follow-up"]',
        '  play_finish(["End"])',
        '  play_start --> s0',
        '  s0 --> s1',
        '  s1 -->|"yes"| s2',
        '  s1 -->|"no"| play_finish',
        '  s2 --> play_finish',
        '',
      ].join('\n'),
    );
    const list = await app.call('GET', '/api/playbooks?pageSize=100', { cookie: csm.cookie });
    for (const { id } of list.body.data as { id: string }[]) {
      const text = (await app.call('GET', `/api/playbooks/${id}/flowchart`, { cookie: csm.cookie })).body as string;
      await expect(mermaid.parse(text), id).resolves.toBeTruthy();
    }
  }, 60_000);
});
