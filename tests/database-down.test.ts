import { afterAll, expect, it } from 'vitest';
import { openDatabase } from '../src/server/db/client.ts';
import { startTestApp } from './support/app.ts';
import type { TestApp } from './support/app.ts';
import { describePostgres } from './support/backends.ts';
import { TcpProxy } from './support/tcp-proxy.ts';

describePostgres('a database that goes down', (backend) => {
  let app: TestApp | undefined;
  let proxy: TcpProxy | undefined;
  afterAll(async () => {
    await proxy?.restore().catch(() => {});
    await app?.stop();
    await proxy?.cut();
  });

  it('gives 503 while it is gone, and the process serves again when it is back', async () => {
    const url = new URL(await backend.freshDatabaseUrl());
    proxy = new TcpProxy({ host: url.hostname, port: Number(url.port) });
    url.port = String(await proxy.start());
    const database = await openDatabase({ databaseUrl: url.toString(), poolSize: 3, onPoolError: () => {} });
    app = await startTestApp(database);
    const { cookie } = await app.signIn('csm');
    expect((await app.call('GET', '/api/accounts', { cookie })).status).toBe(200);

    await proxy.cut();
    const down = await app.call('GET', '/api/accounts', { cookie });
    expect(down.status).toBe(503);
    expect(down.body.error.code).toBe('database_unavailable');
    const health = await app.call('GET', '/api/health');
    expect(health.status).toBe(503);
    expect(health.body.database.ok).toBe(false);

    await proxy.restore();
    let back = 0;
    for (let i = 0; i < 20 && back !== 200; i++) {
      back = (await app.call('GET', '/api/accounts', { cookie })).status;
      if (back !== 200) await new Promise((r) => setTimeout(r, 250));
    }
    expect(back).toBe(200);
  });
});

it('gives 503 when the embedded database is closed under it [pglite]', async () => {
  const database = await openDatabase({});
  const app = await startTestApp(database);
  const { cookie } = await app.signIn('csm');
  await app.running.services.jobs?.stop();
  await database.close();
  const res = await app.call('GET', '/api/accounts', { cookie: cookie });
  expect(res.status).toBe(503);
  const health = await app.call('GET', '/api/health');
  expect(health.status).toBe(503);
  expect(health.body.database.ok).toBe(false);
});
