import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Browser tests: the real server as a child process and Debian's Chromium through playwright-core.
// `npm test` runs them after the other suites (scripts/test.sh); alone: `npx vitest run --config tests/e2e/vitest.config.ts`.
export default defineConfig({
  test: {
    name: 'e2e',
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    pool: 'forks',
    // One browser at a time: the machines have two cores, shared with the server under test.
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 240_000,
    // A loaded two-core machine can take more than the default second to re-render.
    expect: { poll: { timeout: 10_000, interval: 100 } },
    env: { LOG_LEVEL: 'silent' },
  },
});
