import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, inject } from 'vitest';
import { launchChromium } from './chromium.ts';

export const SCREENSHOTS = path.resolve(import.meta.dirname, '../screenshots');

export interface BrowserSession {
  readonly baseUrl: string;
  readonly browser: Browser;
  /** The current test's page (a fresh context per test: no cookies carried over). */
  readonly page: Page;
  readonly context: BrowserContext;
  /** Another context, for a second user in the same test. */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
}

/**
 * Generous waits: on a busy two-core CI machine the embedded database can keep the server from
 * answering for many seconds (its background jobs share the one connection). A wait that ends is
 * still a pass; a screen that never shows still fails.
 */
export const ACTION_TIMEOUT_MS = 60_000;

function applyTimeouts(context: BrowserContext) {
  context.setDefaultTimeout(ACTION_TIMEOUT_MS);
  context.setDefaultNavigationTimeout(ACTION_TIMEOUT_MS);
}

function fileNameFor(testName: string): string {
  return testName.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').toLowerCase().slice(0, 100);
}

/**
 * A browser for this test file and a fresh page per test. When a test fails, a full-page
 * screenshot of where it stopped goes to tests/e2e/screenshots/<test name>.png.
 */
export function useBrowser(contextOptions: BrowserContextOptions = {}): BrowserSession {
  const baseUrl = inject('baseUrl');
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  const extra: BrowserContext[] = [];
  // axe-core goes in as a script tag, which the app's Content-Security-Policy would refuse.
  const defaults: BrowserContextOptions = { baseURL: baseUrl, bypassCSP: true, viewport: { width: 1280, height: 800 } };

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async (ctx) => {
    context = await browser!.newContext({ ...defaults, ...contextOptions });
    applyTimeouts(context);
    page = await context.newPage();
    // One hook, so the screenshot is taken before the page closes.
    ctx.onTestFinished(async ({ task }) => {
      if (task.result?.state === 'fail' && page) {
        mkdirSync(SCREENSHOTS, { recursive: true });
        const file = path.join(SCREENSHOTS, `${fileNameFor(task.name)}.png`);
        const saved = await page.screenshot({ path: file, fullPage: true }).then(() => true, () => false);
        if (saved) console.error(`screenshot of the failure: ${path.relative(process.cwd(), file)}`);
      }
      await Promise.all([context, ...extra.splice(0)].map((c) => c?.close().catch(() => undefined)));
    });
  });

  return {
    baseUrl,
    get browser() {
      return browser!;
    },
    get page() {
      return page!;
    },
    get context() {
      return context!;
    },
    async newContext(options = {}) {
      const created = await browser!.newContext({ ...defaults, ...contextOptions, ...options });
      applyTimeouts(created);
      extra.push(created);
      return created;
    },
  };
}
