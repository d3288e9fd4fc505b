import { Readable } from 'node:stream';
import { Busboy } from '@fastify/busboy';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../../http/env.ts';
import { AppError, errors } from '../../http/errors.ts';

/** What a CSV upload may be sent as: the file itself (browsers label CSV files several ways) or a form. */
export const CSV_UPLOAD_TYPE = /^(text\/(csv|plain|tab-separated-values)|application\/(csv|vnd\.ms-excel|octet-stream)|multipart\/form-data)\b/i;

function tooLarge(limit: number): AppError {
  return new AppError(413, 'payload_too_large', `The upload is larger than ${Math.round(limit / (1024 * 1024))} MB (PLAYMAKER_IMPORT_LIMIT_MB)`);
}

/** Checks an upload's type and declared size before a byte of it is read. */
export const csvUpload = createMiddleware<AppEnv>(async (c, next) => {
  const type = c.req.header('content-type') ?? '';
  if (!CSV_UPLOAD_TYPE.test(type)) {
    throw new AppError(415, 'unsupported_media_type', `Send the CSV as the body with Content-Type text/csv, or as multipart/form-data with a "file" field (got ${type || 'no Content-Type'})`);
  }
  const limit = c.var.services.config.importLimitBytes;
  const declared = Number(c.req.header('content-length') ?? NaN);
  if (declared > limit) throw tooLarge(limit);
  if (!c.req.raw.body || declared === 0) throw errors.badRequest('empty_upload', 'The upload is empty: send the CSV file as the request body');
  await next();
});

/** The body as it arrives, failing with 413 once it passes the limit (a chunked upload declares no size). */
async function* limited(body: ReadableStream<Uint8Array>, limit: number): AsyncGenerator<Uint8Array> {
  let size = 0;
  for await (const chunk of body) {
    size += chunk.length;
    if (size > limit) throw tooLarge(limit);
    yield chunk;
  }
}

export interface Upload {
  bytes: AsyncIterable<Uint8Array>;
  /** Form fields sent before the file (a mapping, say). */
  fields: Record<string, string>;
  fileName?: string;
}

/**
 * The CSV of a request, still streaming. A multipart form is read up to its first file part; the
 * fields before it are returned, and the file is handed over as it arrives.
 */
export async function readUpload(request: Request, limit: number): Promise<Upload> {
  const bytes = limited(request.body!, limit);
  const type = request.headers.get('content-type') ?? '';
  if (!/^multipart\/form-data\b/i.test(type)) return { bytes, fields: {} };

  return new Promise<Upload>((resolve, reject) => {
    const fields: Record<string, string> = {};
    let found = false;
    let handedOver: Readable | undefined;
    const form = Busboy({ headers: { 'content-type': type }, limits: { files: 1, fields: 20, fieldSize: 1024 * 1024 } });
    form.on('field', (name: string, value: string) => (fields[name] = value));
    form.on('file', (_field: string, file: Readable, fileName: string) => {
      found = true;
      handedOver = file;
      resolve({ bytes: file, fields, fileName: fileName || undefined });
    });
    form.on('error', (err: unknown) => reject(errors.badRequest('malformed_multipart', `The form could not be read: ${(err as Error).message}`)));
    form.on('finish', () => {
      if (!found) reject(errors.badRequest('missing_file', 'The form has no file part: send the CSV in a field named "file"'));
    });
    const source = Readable.from(bytes);
    // A body cut off by the size limit ends the file being imported with the same error.
    source.on('error', (err) => {
      handedOver?.destroy(err);
      form.destroy();
      reject(err);
    });
    source.pipe(form);
  });
}
