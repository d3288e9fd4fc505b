import type { TestProject } from 'vitest/node';
import { ensureWebBuild } from '../../scripts/build-web.ts';
import { startServerProcess } from './support/server-process.ts';

declare module 'vitest' {
  interface ProvidedContext {
    baseUrl: string;
  }
}

/**
 * Healthy is not yet responsive: right after a first start the demo's background jobs keep the
 * embedded database (one connection) busy. The suite starts once a signed-in list answers.
 */
async function waitUntilServing(url: string): Promise<void> {
  const started = Date.now();
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'viewer@demo.playmaker.dev', password: 'playmaker-demo' }),
  });
  if (!login.ok) throw new Error(`demo sign-in failed: ${login.status} ${await login.text()}`);
  const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  for (;;) {
    const before = Date.now();
    const res = await fetch(`${url}/api/accounts?pageSize=50`, { headers: { cookie } });
    if (!res.ok) throw new Error(`GET /api/accounts answered ${res.status}`);
    if (Date.now() - before < 1_000 || Date.now() - started > 120_000) return;
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}

/** One server for the whole browser suite: building the app and seeding the demo take the most time. */
export default async function setup(project: TestProject) {
  // npm ci builds the app; a source change since then (or a fresh checkout without it) rebuilds here.
  await ensureWebBuild({ quiet: true });
  const server = await startServerProcess();
  try {
    await waitUntilServing(server.url);
  } catch (err) {
    await server.stop();
    throw err;
  }
  project.provide('baseUrl', server.url);
  return async () => {
    await server.stop();
  };
}
