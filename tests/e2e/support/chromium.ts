import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';

export const CHROMIUM = process.env.PLAYMAKER_CHROMIUM ?? '/usr/bin/chromium';

// Debian's Chromium on a machine with a closed network: no GPU, no QUIC, none of the background
// calls home that would be refused (and retried) at every start. Playwright itself adds --headless
// and a fresh temporary --user-data-dir for every launch.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}
