import { MAX_BATCH_EVENTS, MAX_MESSAGE_BYTES } from './limits.ts';
import type { MessageType } from './limits.ts';
import type { FieldIssue, IngestMessage } from './message.ts';
import { parseIsoTimestamp } from './timestamps.ts';
import { isPlainObject, validateMessage } from './validate-message.ts';

/** Which endpoint received the body: /v1/batch, or one of the single-message endpoints. */
export type Endpoint = 'batch' | MessageType;

export type RequestRejection =
  | { kind: 'too_many_events'; message: string; issues: FieldIssue[] }
  | { kind: 'message_too_large'; message: string; issues: FieldIssue[] }
  | { kind: 'validation_failed'; message: string; issues: FieldIssue[] };

export type ParsedRequest = { ok: true; messages: IngestMessage[]; raw: unknown[]; writeKey?: string } | { ok: false; rejection: RequestRejection; writeKey?: string };

/** Reports are capped so a batch of 2,500 bad messages still gets a readable answer. */
const MAX_REPORTED_ISSUES = 50;

/** UTF-8 length of a JSON text without allocating its encoding (JSON.stringify escapes lone surrogates). */
export function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80) bytes += code < 0x800 || (code >= 0xd800 && code <= 0xdfff) ? 1 : 2;
  }
  return bytes;
}

function messageBytes(message: unknown): number {
  const text = JSON.stringify(message) ?? '';
  // UTF-8 takes at most three bytes per UTF-16 unit: most messages need no exact count.
  return text.length * 3 <= MAX_MESSAGE_BYTES ? text.length : utf8Length(text);
}

function summarize(issues: FieldIssue[]): string {
  const shown = issues.slice(0, 5).map((i) => `${i.path} ${i.message}`);
  return shown.join('; ') + (issues.length > shown.length ? `; and ${issues.length - shown.length} more` : '');
}

function writeKeyOf(body: Record<string, unknown>): string | undefined {
  return typeof body.writeKey === 'string' && body.writeKey ? body.writeKey : undefined;
}

/**
 * Turns a parsed request body into messages, enforcing Segment's limits. One bad message
 * rejects the whole request, as Segment does: the sender learns of every problem at once and
 * nothing is half-stored.
 */
export function parseTrackingRequest(body: unknown, endpoint: Endpoint, bodyBytes: number, receivedAt: number): ParsedRequest {
  if (!isPlainObject(body)) {
    return { ok: false, rejection: { kind: 'validation_failed', message: 'The body must be a JSON object', issues: [{ path: '(body)', message: 'must be a JSON object' }] } };
  }
  const writeKey = writeKeyOf(body);
  let raws: unknown[];
  let at: (i: number) => string;
  let batchContext: Record<string, unknown> | undefined;
  let batchSentAt: number | undefined;
  if (endpoint === 'batch') {
    if (!Array.isArray(body.batch)) {
      return { ok: false, writeKey, rejection: { kind: 'validation_failed', message: 'batch must be an array of messages', issues: [{ path: 'batch', message: 'must be an array of messages' }] } };
    }
    raws = body.batch;
    at = (i) => `batch[${i}]`;
    if (raws.length > MAX_BATCH_EVENTS) {
      const path = `batch[${MAX_BATCH_EVENTS}]`;
      return {
        ok: false,
        writeKey,
        rejection: { kind: 'too_many_events', message: `The batch has ${raws.length} messages; at most ${MAX_BATCH_EVENTS} are allowed per request (${path} is the first one over)`, issues: [{ path, message: `is over the limit of ${MAX_BATCH_EVENTS} messages per batch` }] },
      };
    }
    batchContext = isPlainObject(body.context) ? body.context : undefined;
    batchSentAt = parseIsoTimestamp(body.sentAt);
  } else {
    raws = [body];
    at = () => '';
  }

  if (bodyBytes > MAX_MESSAGE_BYTES) {
    const oversize: FieldIssue[] = [];
    raws.forEach((raw, i) => {
      const bytes = endpoint === 'batch' ? messageBytes(raw) : bodyBytes;
      if (bytes > MAX_MESSAGE_BYTES) oversize.push({ path: at(i) || '(body)', message: `is ${Math.ceil(bytes / 1024)} KB; a message may be at most ${MAX_MESSAGE_BYTES / 1024} KB` });
    });
    if (oversize.length) {
      return { ok: false, writeKey, rejection: { kind: 'message_too_large', message: `Message too large: ${summarize(oversize)}`, issues: oversize.slice(0, MAX_REPORTED_ISSUES) } };
    }
  }

  const messages: IngestMessage[] = [];
  const issues: FieldIssue[] = [];
  const defaults = { impliedType: endpoint === 'batch' ? undefined : endpoint, batchContext, batchSentAt, receivedAt };
  for (let i = 0; i < raws.length; i++) {
    const result = validateMessage(raws[i], at(i), defaults);
    if (result.message) messages.push(result.message);
    else issues.push(...result.issues);
  }
  if (issues.length) {
    return { ok: false, writeKey, rejection: { kind: 'validation_failed', message: `Invalid message: ${summarize(issues)}`, issues: issues.slice(0, MAX_REPORTED_ISSUES) } };
  }
  return { ok: true, messages, raw: raws, writeKey };
}
