import { parse } from 'csv-parse';
import type { Parser } from 'csv-parse';
import { detectDelimiter } from '../../../core/csv/delimiter.ts';
import type { Delimiter } from '../../../core/csv/delimiter.ts';
import { ImportFileError } from '../../../core/csv/errors.ts';
import { DecodedText } from './text-decoding.ts';

export interface CsvRecord {
  /** The physical line the record starts on (1-based), right even when fields hold line breaks. */
  line: number;
  cells: string[];
}

export interface CsvFile {
  header: string[];
  delimiter: Delimiter;
  encoding: string;
  /** The data records after the header, a chunk's worth at a time; pulled, so input is read as fast as rows are written. */
  records: AsyncIterable<CsvRecord[]>;
}

function lineBreaks(cells: string[]): number {
  let n = 0;
  for (const cell of cells) {
    if (!cell.includes('\n') && !cell.includes('\r')) continue;
    n += cell.match(/\r\n|\r|\n/g)!.length;
  }
  return n;
}

const isBlank = (cells: string[]) => cells.every((c) => c.trim() === '');

function malformed(err: Error & { code?: string }, line: number): ImportFileError {
  const why =
    err.code === 'CSV_QUOTE_NOT_CLOSED'
      ? 'a quoted field starts here and is never closed'
      : err.code === 'CSV_INVALID_CLOSING_QUOTE'
        ? 'a closing quote is followed by more text; inside quotes, write a quote as two quotes ("")'
        : err.message.replace(/ at line \d+/, '');
  return new ImportFileError('malformed_csv', `Line ${line}: the file is not valid CSV: ${why}`, line);
}

/**
 * Streams CSV records with the line each starts on. csv-parse does the parsing; the line numbers
 * are counted here (one line per record plus the line breaks inside its quoted fields), because
 * csv-parse's own count goes wrong on CRLF inside quotes. Records are drained after every write,
 * which csv-parse emits synchronously, so nothing piles up between the file and the database.
 */
export async function openCsv(bytes: AsyncIterable<Uint8Array>, options: { encoding?: string } = {}): Promise<CsvFile> {
  const text = new DecodedText(bytes, options.encoding);
  const chunks = text[Symbol.asyncIterator]();
  let start = '';
  let ended = false;
  while (!/[\r\n]/.test(start)) {
    const next = await chunks.next();
    if (next.done) {
      ended = true;
      break;
    }
    start += next.value;
  }
  const delimiter = detectDelimiter(start.split(/\r\n|\r|\n/, 1)[0]!);
  const parser: Parser = parse({ delimiter, record_delimiter: ['\r\n', '\n', '\r'], relax_column_count: true, relax_quotes: true });
  parser.on('error', () => {}); // read through parser.errored, right after each write

  let line = 1;
  const drain = (): CsvRecord[] => {
    const out: CsvRecord[] = [];
    for (let cells: string[] | null; (cells = parser.read() as string[] | null) !== null; ) {
      const record = { line, cells };
      line += 1 + lineBreaks(cells);
      if (!isBlank(cells)) out.push(record);
    }
    if (parser.errored) throw malformed(parser.errored as Error, line);
    return out;
  };
  const finish = async (): Promise<CsvRecord[]> => {
    await new Promise<void>((resolve) => parser.end(() => resolve()));
    return drain();
  };

  parser.write(start);
  let pending = drain();
  if (ended) pending.push(...(await finish()));
  while (!pending.length && !ended) {
    const next = await chunks.next();
    if (next.done) {
      ended = true;
      pending = await finish();
    } else {
      parser.write(next.value);
      pending = drain();
    }
  }
  const headerRecord = pending.shift();
  if (!headerRecord) throw new ImportFileError('empty_file', 'The file is empty: expected a header row, then one row per record', 1);

  async function* records(): AsyncGenerator<CsvRecord[]> {
    if (pending.length) yield pending;
    if (ended) return;
    for (let next = await chunks.next(); !next.done; next = await chunks.next()) {
      parser.write(next.value);
      const batch = drain();
      if (batch.length) yield batch;
    }
    const rest = await finish();
    if (rest.length) yield rest;
  }

  return { header: headerRecord.cells.map((h) => h.trim()), delimiter, encoding: text.label, records: records() };
}
