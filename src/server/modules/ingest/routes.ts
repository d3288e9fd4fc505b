import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { MAX_BATCH_BYTES, MAX_BATCH_EVENTS, MAX_MESSAGE_BYTES, MESSAGE_TYPES } from '../../../core/ingest/limits.ts';
import { parseTrackingRequest } from '../../../core/ingest/parse-request.ts';
import type { Endpoint, RequestRejection } from '../../../core/ingest/parse-request.ts';
import type { AppEnv } from '../../http/env.ts';
import { AppError } from '../../http/errors.ts';
import { ErrorSchema } from '../../http/openapi.ts';
import { createRouter } from '../../http/router.ts';
import { BODY_TOO_LARGE, readTrackingBody } from './read-body.ts';
import { requestRollup } from './rollup-request.ts';
import { ingestMessages } from './service.ts';
import { authorizeWriteKey, writeKeyFromHeader } from './write-key.ts';

const STATUS: Record<RequestRejection['kind'], 400 | 413> = { too_many_events: 400, message_too_large: 413, validation_failed: 400 };

function rejection(r: RequestRejection): AppError {
  return new AppError(STATUS[r.kind], r.kind, r.message, { issues: r.issues });
}

async function track(c: Context<AppEnv>, endpoint: Endpoint) {
  const { database, logger } = c.var.services;
  const receivedAt = Date.now();
  // A key in the header is checked before the body is read; one in the body only after.
  const headerKey = writeKeyFromHeader(c.req.header('authorization'));
  if (headerKey !== undefined) c.set('principal', await authorizeWriteKey(database.db, headerKey));
  const { body, bytes } = await readTrackingBody(c.req.raw);
  const parsed = parseTrackingRequest(body, endpoint, bytes, receivedAt);
  if (headerKey === undefined) c.set('principal', await authorizeWriteKey(database.db, parsed.writeKey));
  if (!parsed.ok) throw rejection(parsed.rejection);

  const result = await ingestMessages(database.db, parsed.messages, parsed.raw);
  logger.debug({ reqId: c.var.requestId, ...result, dirtyAccountIds: result.dirtyAccountIds.length }, 'ingested');
  requestRollup(c.var.services, result.dirtyAccountIds);
  // What Segment's libraries expect, and only once the transaction has committed.
  return c.json({ success: true }, 200);
}

const Success = z.object({ success: z.literal(true) }).openapi('TrackingSuccess');
const errorContent = (description: string) => ({ description, content: { 'application/json': { schema: ErrorSchema } } });

const DESCRIPTIONS: Record<Endpoint, string> = {
  batch: `Up to ${MAX_BATCH_EVENTS} messages of any type in \`batch\`, ${MAX_BATCH_BYTES / 1024} KB per request. One invalid message rejects the request.`,
  identify: 'Creates or updates the contact whose externalId is userId, on the account named by context.groupId, groupId or traits.groupId, or the contact\'s own.',
  track: 'Stores an event for the account named by context.groupId or groupId, else for the account of the contact whose externalId is userId.',
  group: 'Creates or updates the account whose productId (else crmId) is groupId; traits go to the account.',
  page: 'Stores a page view like a track event.',
  screen: 'Stores a screen view like a track event.',
  alias: 'Stored as an event; ids are not merged.',
};

/** The Segment-compatible HTTP Tracking API, mounted at /v1 (where Segment's libraries post). */
export function trackingApiRoutes() {
  const app = createRouter();
  // The write key is the credential, never a cookie: any origin may send, as to Segment.
  app.use('*', cors({ origin: '*', allowMethods: ['POST', 'OPTIONS'], allowHeaders: ['Authorization', 'Content-Type', 'Content-Encoding'], maxAge: 86_400 }));
  app.use('*', bodyLimit({ maxSize: MAX_BATCH_BYTES, onError: () => { throw new AppError(413, 'payload_too_large', BODY_TOO_LARGE); } }));
  for (const endpoint of ['batch', ...MESSAGE_TYPES] as const) {
    app.openAPIRegistry.registerPath({
      method: 'post',
      path: `/${endpoint}`,
      tags: ['Tracking API (Segment-compatible)'],
      summary: endpoint === 'batch' ? 'Send a batch of messages' : `Send one ${endpoint} message`,
      description: `${DESCRIPTIONS[endpoint]} Messages are at most ${MAX_MESSAGE_BYTES / 1024} KB. The write key is an API token with the ingest scope, sent as HTTP Basic (base64 of "<writeKey>:"), as Bearer, or as "writeKey" in the body.`,
      security: [{ writeKeyBasic: [] }, { bearerAuth: [] }],
      request: { body: { required: true, content: { 'application/json': { schema: z.object({}).passthrough() } } } },
      responses: {
        200: { description: 'Stored (committed)', content: { 'application/json': { schema: Success } } },
        400: errorContent('Malformed JSON, an invalid message (details.issues names batch[i].field) or more than 2,500 messages'),
        401: errorContent('Missing or wrong write key'),
        403: errorContent('The token has no ingest scope'),
        413: errorContent('Body over 500 KB or a message over 32 KB'),
        503: errorContent('The database cannot be reached; retry'),
      },
    });
    app.post(`/${endpoint}`, (c) => track(c, endpoint));
  }
  app.openAPIRegistry.registerComponent('securitySchemes', 'writeKeyBasic', {
    type: 'http',
    scheme: 'basic',
    description: 'Segment style: the write key as the user name, no password',
  });
  return app;
}
