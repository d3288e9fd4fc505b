// Writes src/web/api/schema.d.ts, the web app's API types, from the server's live OpenAPI document.
// Run it after changing any route: `npm run api:types`. tests/e2e/api-types.test.ts fails when the
// committed file no longer matches the server.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import type { OpenAPI3 } from 'openapi-typescript';
import pino from 'pino';
import { loadConfig } from '../src/server/config.ts';
import { createApp } from '../src/server/http/app.ts';
import type { Services } from '../src/server/http/env.ts';

export const API_TYPES_FILE = path.resolve(import.meta.dirname, '../src/web/api/schema.d.ts');

const HEADER = `// Generated from GET /api/openapi.json by \`npm run api:types\` (scripts/generate-api-types.ts).
// Do not edit: change the route's Zod schema on the server and regenerate.
`;

/**
 * The document the running server would serve. Building it needs no database: route factories only
 * declare schemas, and /api/openapi.json touches no service but the request logger.
 */
export async function currentOpenApiDocument(): Promise<OpenAPI3> {
  const services = {
    config: loadConfig({ LOG_LEVEL: 'silent' }),
    database: undefined,
    auth: undefined,
    jobs: null,
    logger: pino({ level: 'silent' }),
  } as unknown as Services;
  const app = createApp(services);
  const res = await app.request('/api/openapi.json');
  if (res.status !== 200) {
    // The route hides the exception behind a 500; building the document directly shows it.
    let cause = await res.text();
    try {
      app.getOpenAPI31Document({ openapi: '3.1.0', info: { title: 'check', version: '0' } });
    } catch (err) {
      cause = String(err);
    }
    throw new Error(`the server cannot build its OpenAPI document (GET /api/openapi.json answered ${res.status}): ${cause}`);
  }
  return (await res.json()) as OpenAPI3;
}

export async function renderApiTypes(document: OpenAPI3): Promise<string> {
  return HEADER + astToString(await openapiTS(document, { silent: true }));
}

export async function readCommittedApiTypes(): Promise<string> {
  return readFile(API_TYPES_FILE, 'utf8').catch(() => '');
}

if (import.meta.main) {
  const next = await renderApiTypes(await currentOpenApiDocument());
  const before = await readCommittedApiTypes();
  if (before === next) {
    console.log(`${path.relative(process.cwd(), API_TYPES_FILE)} is up to date`);
  } else {
    await writeFile(API_TYPES_FILE, next);
    console.log(`wrote ${path.relative(process.cwd(), API_TYPES_FILE)}`);
  }
}
