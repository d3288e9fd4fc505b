import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from './env.ts';

/** Where `vite build` writes the web app (see vite.config.ts). */
export const WEB_BUILD_DIR = path.resolve(import.meta.dirname, '../../../dist/web');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = new Set(['.js', '.mjs', '.css', '.json', '.map', '.svg', '.html', '.txt']);

// Vite puts a content hash in every file name under assets/, so those can be cached for good;
// index.html names the current hashes and must be revalidated on every load.
const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

// Mantine writes its CSS variables into <style> tags at run time, hence 'unsafe-inline' for styles
// only; scripts come from our own origin and nowhere else.
const PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

const NOT_BUILT_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Playmaker: web app not built</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#1a1b1e}code{background:#f1f3f5;padding:.1em .3em;border-radius:4px}</style>
</head><body>
<h1>The web app has not been built</h1>
<p>The API is running, but <code>dist/web</code> is missing. <code>npm ci</code> and <code>npm start</code> build it;
to build it by hand, run <code>npm run build:web</code>, then reload this page.</p>
<p>The API reference is at <a href="/api/docs">/api/docs</a>.</p>
</body></html>`;

interface Asset {
  body: Uint8Array<ArrayBuffer>;
  gzipped?: Uint8Array<ArrayBuffer>;
  type: string;
}

/** Paths the web app must never answer: the API and the event-ingest endpoints keep their JSON 404s. */
function belongsToApi(pathname: string): boolean {
  return /^\/(api|v1)(\/|$)/.test(pathname);
}

function acceptsGzip(header: string | undefined): boolean {
  return !!header && /\bgzip\b/.test(header);
}

/**
 * Serves the production build of the web app: hashed assets with a long cache, anything else that
 * is not a file falls back to index.html so real URLs (/accounts/…) load the app. Mounted after
 * every API route, it passes /api and /v1 through to the JSON not-found handler.
 */
export function serveWebApp(dir: string = WEB_BUILD_DIR) {
  const assets = new Map<string, Asset>();

  async function loadAsset(relative: string): Promise<Asset | undefined> {
    const cached = assets.get(relative);
    if (cached) return cached;
    const file = path.join(dir, relative);
    // Only files inside the build, never dotfiles: a request cannot walk out with ../ or read .env-like files.
    if (!file.startsWith(dir + path.sep) || relative.split('/').some((part) => part.startsWith('.'))) return undefined;
    const info = await stat(file).catch(() => undefined);
    if (!info?.isFile()) return undefined;
    const ext = path.extname(file).toLowerCase();
    const body = new Uint8Array(await readFile(file));
    const asset: Asset = { body, type: CONTENT_TYPES[ext] ?? 'application/octet-stream' };
    if (COMPRESSIBLE.has(ext) && body.byteLength > 1024) asset.gzipped = new Uint8Array(gzipSync(body, { level: 9 }));
    // index.html changes with every build, so only the hashed assets stay in memory.
    if (relative.startsWith('assets/')) assets.set(relative, asset);
    return asset;
  }

  return createMiddleware<AppEnv>(async (c, next) => {
    // HEAD runs this GET handler; Hono drops the body.
    if ((c.req.method !== 'GET' && c.req.method !== 'HEAD') || belongsToApi(c.req.path)) return next();

    let relative: string;
    try {
      relative = decodeURIComponent(new URL(c.req.url).pathname).replace(/^\/+/, '');
    } catch {
      return c.text('Bad path', 400);
    }
    const gzip = acceptsGzip(c.req.header('accept-encoding'));
    const send = (asset: Asset, cacheControl: string, extra: Record<string, string> = {}) => {
      const useGzip = gzip && asset.gzipped !== undefined;
      const body = useGzip ? asset.gzipped! : asset.body;
      const headers: Record<string, string> = { 'content-type': asset.type, 'cache-control': cacheControl, vary: 'accept-encoding', ...extra };
      if (useGzip) headers['content-encoding'] = 'gzip';
      return c.body(body, 200, headers);
    };

    if (relative && relative !== 'index.html') {
      const asset = await loadAsset(relative);
      if (asset) return send(asset, relative.startsWith('assets/') ? IMMUTABLE : REVALIDATE);
      // A missing script or stylesheet must fail as a 404, not as an HTML page the browser tries to run.
      if (relative.startsWith('assets/') || /\.(m?js|css|map|png|svg|ico|woff2?)$/i.test(relative)) {
        return c.text('Not found', 404, { 'cache-control': REVALIDATE });
      }
    }

    const index = await loadAsset('index.html');
    if (!index) return c.html(NOT_BUILT_PAGE, 503, { 'cache-control': 'no-store', 'retry-after': '30' });
    return send(index, REVALIDATE, { 'content-security-policy': PAGE_CSP });
  });
}
