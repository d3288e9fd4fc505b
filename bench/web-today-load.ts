// Cold load of Today in Chromium (playwright-core, Debian's /usr/bin/chromium): time from
// navigation start until the CSM's step list is on screen (the first step painted), for a signed-in
// CSM on the demo data, the server running as `playmaker serve --demo` on the embedded database.
// Every run is a new browser context: empty HTTP cache, session cookie only. Other screens:
// --path /accounts --selector 'table[aria-label="Accounts"] a[data-row-link]'.
// Baseline in the same run: the login page (no data) to its form. Target: under 1.5 s.
//   node bench/web-today-load.ts [--path /today] [--selector CSS] [--runs 10]
import { parseArgs } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { ensureWebBuild } from '../scripts/build-web.ts';
import { launchChromium } from '../tests/e2e/support/chromium.ts';
import { startServerProcess } from '../tests/e2e/support/server-process.ts';
import { summarize } from './support/stats.ts';

const { values: args } = parseArgs({
  options: {
    path: { type: 'string', default: '/today' },
    selector: { type: 'string', default: '[data-worklist] article[data-step-id]' },
    runs: { type: 'string', default: process.env.BENCH_RUNS ?? '10' },
  },
});
const RUNS = Number(args.runs);
const TARGET_MS = 1500;

// Records, in the page's own clock (0 = navigation start), the first frame painted after the
// selector matched: what a person would see, without the test runner's polling in the figure.
const probe = (selector: string) => `
  new MutationObserver((_, observer) => {
    if (window.__shownAt !== undefined || !document.querySelector(${JSON.stringify(selector)})) return;
    window.__shownAt = null;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => { window.__shownAt = performance.now(); }, 0));
  }).observe(document, { childList: true, subtree: true });
`;

async function coldLoad(browser: Browser, baseUrl: string, cookies: Parameters<import('playwright-core').BrowserContext['addCookies']>[0], path: string, selector: string): Promise<number> {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1280, height: 800 } });
  try {
    await context.addCookies(cookies);
    const page: Page = await context.newPage();
    await page.addInitScript(probe(selector));
    await page.goto(path, { waitUntil: 'commit' });
    // Functions, not strings: the app's Content-Security-Policy forbids eval, and stays on here.
    const shownAt = () => (globalThis as { __shownAt?: number | null }).__shownAt;
    await page.waitForFunction(() => typeof (globalThis as { __shownAt?: unknown }).__shownAt === 'number', undefined, { timeout: 30_000, polling: 50 });
    return (await page.evaluate(shownAt)) as number;
  } finally {
    await context.close();
  }
}

await ensureWebBuild({ quiet: true });
const server = await startServerProcess();
const browser = await launchChromium();
try {
  const signIn = await browser.newContext({ baseURL: server.url });
  const res = await signIn.request.post('/api/auth/login', { data: { email: 'csm@demo.playmaker.dev', password: 'playmaker-demo' } });
  if (!res.ok()) throw new Error(`sign-in failed: ${res.status()}`);
  // The demo's plays start in the background after the first start: measure a list, not an empty day.
  for (const deadline = Date.now() + 180_000; ; ) {
    const { counts } = await (await signIn.request.get('/api/me/steps?view=today')).json();
    if (counts.today + counts.upcoming > 0) break;
    if (Date.now() > deadline) throw new Error('the demo CSM still has no steps after 3 minutes');
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  const cookies = await signIn.cookies();
  await signIn.close();

  // One unmeasured load: the server's first requests warm its caches, as on any running server.
  await coldLoad(browser, server.url, cookies, args.path!, args.selector!);
  const screen: number[] = [];
  const login: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    screen.push(await coldLoad(browser, server.url, cookies, args.path!, args.selector!));
    login.push(await coldLoad(browser, server.url, [], '/login', 'form[aria-label="Sign in"] button[type="submit"]'));
  }
  const s = summarize(screen);
  const b = summarize(login);
  console.log(`web cold load of ${args.path} (until "${args.selector}" is painted): median ${s.p50.toFixed(0)} ms, p95 ${s.p95.toFixed(0)} ms, worst ${Math.max(...screen).toFixed(0)} ms over ${RUNS} runs; target < ${TARGET_MS} ms: ${s.p95 < TARGET_MS ? 'met' : 'MISSED'}`);
  console.log(`  baseline: the login page to its form, median ${b.p50.toFixed(0)} ms, p95 ${b.p95.toFixed(0)} ms (same assets, no data)`);
} finally {
  await browser.close();
  await server.stop();
}
