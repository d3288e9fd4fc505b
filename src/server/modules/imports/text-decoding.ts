import { TextDecoder } from 'node:util';
import { ImportFileError } from '../../../core/csv/errors.ts';
import { countLineFeeds, firstInvalidUtf8 } from '../../../core/csv/utf8.ts';

/** What --encoding and ?encoding= accept, by the name WHATWG TextDecoder knows them under. */
const ENCODING_NAMES: Record<string, string> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'windows-1252': 'windows-1252',
  cp1252: 'windows-1252',
  latin1: 'windows-1252',
  'latin-1': 'windows-1252',
  'iso-8859-1': 'windows-1252',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
};
export const ENCODINGS = Object.keys(ENCODING_NAMES);

export function encodingName(requested: string): string | undefined {
  return ENCODING_NAMES[requested.trim().toLowerCase()];
}

const LABELS: Record<string, string> = { 'utf-8': 'UTF-8', 'windows-1252': 'Windows-1252', 'utf-16le': 'UTF-16LE', 'utf-16be': 'UTF-16BE' };

function sniffBom(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/**
 * Bytes to text, chunk by chunk. A byte-order mark picks the encoding (and is dropped); without
 * one the file is UTF-8 unless told otherwise, and invalid UTF-8 stops the import at the line it
 * is on rather than turning into U+FFFD in someone's account name.
 */
export class DecodedText implements AsyncIterable<string> {
  encoding = 'utf-8';
  private readonly bytes: AsyncIterable<Uint8Array>;
  private readonly requested?: string;

  constructor(bytes: AsyncIterable<Uint8Array>, requested?: string) {
    if (requested && !encodingName(requested)) throw new Error(`unknown encoding ${requested}; use one of ${ENCODINGS.join(', ')}`);
    this.bytes = bytes;
    this.requested = requested;
  }

  get label(): string {
    return LABELS[this.encoding] ?? this.encoding;
  }

  async *[Symbol.asyncIterator](): AsyncIterator<string> {
    let decoder: TextDecoder | undefined;
    let lineFeeds = 0;
    let tail: Uint8Array = new Uint8Array(0);
    let head: Uint8Array[] = [];
    let headLength = 0;
    const start = (first: Uint8Array) => {
      this.encoding = sniffBom(first) ?? (this.requested ? encodingName(this.requested)! : 'utf-8');
      decoder = new TextDecoder(this.encoding, { fatal: this.encoding === 'utf-8' });
    };
    const decode = (chunk: Uint8Array, final: boolean): string => {
      try {
        const text = decoder!.decode(chunk, { stream: !final });
        if (this.encoding === 'utf-8') {
          lineFeeds += countLineFeeds(chunk);
          tail = chunk.length >= 3 ? chunk.subarray(chunk.length - 3) : Buffer.concat([tail, chunk]).subarray(-3);
        }
        return text;
      } catch (err) {
        if (!(err instanceof TypeError)) throw err;
        throw this.invalid(tail, chunk, lineFeeds, final);
      }
    };
    for await (const chunk of this.bytes) {
      if (!decoder) {
        // Enough bytes to see a byte-order mark, however the source cuts its chunks.
        head.push(chunk);
        headLength += chunk.length;
        if (headLength < 3) continue;
        const first = Buffer.concat(head);
        head = [];
        start(first);
        yield decode(first, false);
        continue;
      }
      const text = decode(chunk, false);
      if (text) yield text;
    }
    if (!decoder) start(Buffer.concat(head));
    const rest = decode(head.length ? Buffer.concat(head) : new Uint8Array(0), true);
    if (rest) yield rest;
  }

  private invalid(previousTail: Uint8Array, chunk: Uint8Array, lineFeeds: number, final: boolean): ImportFileError {
    // The decoder may hold the start of a sequence from the previous chunk: look at both, from
    // the first byte of the tail that can start a sequence.
    let from = 0;
    while (from < previousTail.length && (previousTail[from]! & 0xc0) === 0x80) from++;
    const tail = previousTail.subarray(from);
    const joined = Buffer.concat([tail, chunk]);
    let offset = firstInvalidUtf8(joined, final);
    if (offset < 0) offset = joined.length;
    const line = lineFeeds - countLineFeeds(tail) + countLineFeeds(joined, offset) + 1;
    const byte = joined[offset] === undefined ? 'the end of the file' : `byte 0x${joined[offset]!.toString(16).toUpperCase().padStart(2, '0')}`;
    return new ImportFileError(
      'invalid_encoding',
      `Line ${line} is not valid UTF-8 (${byte}). The file was probably saved as Windows-1252 or Latin-1, as Excel does; ` +
        'save it as "CSV UTF-8", or import it with encoding windows-1252 or latin1 (--encoding on the command line, ?encoding= on the API).',
      line,
    );
  }
}
