import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Hono } from 'hono';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { serveWebApp } from '../../src/server/http/static.ts';

// How the server hands out the built app, over real HTTP to the server the browser tests use.
describe('serving the web app', () => {
  const base = inject('baseUrl');
  const get = (pathname: string, headers: Record<string, string> = {}) => fetch(base + pathname, { headers, redirect: 'manual' });

  it('answers every app URL with index.html, revalidated on each load, under a strict CSP', async () => {
    for (const pathname of ['/', '/login', '/accounts', '/accounts/6f1c2a7e-0000-4000-8000-000000000000', '/library/renewal']) {
      const res = await get(pathname);
      expect(res.status, pathname).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(await res.text()).toContain('<div id="root">');
    }
  });

  it('serves hashed assets for a year, gzipped when asked', async () => {
    const html = await (await get('/')).text();
    const script = /<script type="module" crossorigin src="([^"]+)"/.exec(html)?.[1];
    expect(script).toMatch(/^\/assets\/.+\.js$/);
    const res = await get(script!, { 'accept-encoding': 'gzip' });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(res.headers.get('content-encoding')).toBe('gzip');
    const head = await fetch(base + script!, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-type')).toMatch(/^text\/javascript/);
  });

  it('answers a missing asset with 404, not with the page', async () => {
    const res = await get('/assets/gone-1234.js');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).not.toMatch(/html/);
  });

  it('leaves /api and /v1 to the API: unknown paths there stay JSON 404s', async () => {
    for (const pathname of ['/api/no-such-thing', '/api', '/v1/no-such-thing']) {
      const res = await get(pathname);
      expect(res.status, pathname).toBe(404);
      expect(res.headers.get('content-type'), pathname).toMatch(/application\/json/);
    }
  });

  it('never serves files outside the build or dotfiles', async () => {
    for (const pathname of ['/..%2f..%2fpackage.json', '/%2e%2e/%2e%2e/package.json', '/.build-stamp']) {
      const text = await (await get(pathname)).text();
      expect(text, pathname).not.toContain('"dependencies"');
    }
  });

  describe('without a build', () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'playmaker-no-web-'));
    afterAll(() => rmSync(empty, { recursive: true, force: true }));

    it('says so with a 503 page that tells how to build it', async () => {
      const app = new Hono().use('*', serveWebApp(empty));
      const res = await app.request('/accounts');
      expect(res.status).toBe(503);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expect(await res.text()).toContain('npm run build:web');
    });
  });
});
