import { gunzipSync } from 'node:zlib';
import { MAX_BATCH_BYTES } from '../../../core/ingest/limits.ts';
import { AppError, errors } from '../../http/errors.ts';

export const BODY_TOO_LARGE = `The request body is larger than ${MAX_BATCH_BYTES / 1024} KB, the limit per request (send smaller batches)`;

/**
 * Reads and parses a Tracking API body. Segment's API takes JSON whatever the Content-Type says
 * (analytics.js sends text/plain to avoid a CORS preflight), and gzip-compressed bodies.
 */
export async function readTrackingBody(request: Request): Promise<{ body: unknown; bytes: number }> {
  let buffer = Buffer.from(await request.arrayBuffer());
  if (/gzip/i.test(request.headers.get('content-encoding') ?? '')) {
    try {
      buffer = gunzipSync(buffer, { maxOutputLength: MAX_BATCH_BYTES + 1 });
    } catch (err) {
      if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw new AppError(413, 'payload_too_large', BODY_TOO_LARGE);
      throw errors.badRequest('malformed_body', 'The body says Content-Encoding: gzip but is not valid gzip');
    }
    if (buffer.length > MAX_BATCH_BYTES) throw new AppError(413, 'payload_too_large', BODY_TOO_LARGE);
  }
  const text = buffer.toString('utf8');
  if (!text.trim()) throw errors.badRequest('malformed_json', 'The body is empty: send a JSON object');
  try {
    return { body: JSON.parse(text), bytes: buffer.length };
  } catch (err) {
    throw errors.badRequest('malformed_json', `The body is not valid JSON: ${(err as Error).message}`);
  }
}
