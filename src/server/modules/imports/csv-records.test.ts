import { describe, expect, it } from 'vitest';
import { ImportFileError } from '../../../core/csv/errors.ts';
import { openCsv } from './csv-records.ts';

/** Feeds the bytes in small chunks, so chunk boundaries fall inside quotes, CRLFs and characters. */
async function* chunked(data: Uint8Array | string, size = 3): AsyncGenerator<Uint8Array> {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function readAll(data: Uint8Array | string, options: { encoding?: string; size?: number } = {}) {
  const file = await openCsv(chunked(data, options.size), options);
  const records = [];
  for await (const batch of file.records) records.push(...batch);
  return { header: file.header, delimiter: file.delimiter, encoding: file.encoding, records };
}

async function failure(data: Uint8Array | string, options: { encoding?: string; size?: number } = {}): Promise<ImportFileError> {
  try {
    await readAll(data, options);
  } catch (err) {
    return err as ImportFileError;
  }
  throw new Error('expected the file to be refused');
}

describe('openCsv', () => {
  it('numbers records by the line they start on, across quoted line breaks, CRLF and blank lines', async () => {
    const csv = 'id,note\r\n1,"two\r\nlines"\r\n\r\n2,plain\r\n3,"a\nb\n\nc"\r\n4,"say ""hi"""\r\n';
    for (const size of [1, 3, 1000]) {
      const { header, records } = await readAll(csv, { size });
      expect(header).toEqual(['id', 'note']);
      expect(records).toEqual([
        { line: 2, cells: ['1', 'two\r\nlines'] },
        { line: 5, cells: ['2', 'plain'] },
        { line: 6, cells: ['3', 'a\nb\n\nc'] },
        { line: 10, cells: ['4', 'say "hi"'] },
      ]);
    }
  });

  it('detects semicolons and tabs from the header line', async () => {
    expect((await readAll('a;b\n1,5;2\n')).records[0]!.cells).toEqual(['1,5', '2']);
    const tabs = await readAll('a\tb\nx\ty');
    expect(tabs.delimiter).toBe('\t');
    expect(tabs.records).toEqual([{ line: 2, cells: ['x', 'y'] }]);
  });

  it('drops a UTF-8 byte-order mark and reads UTF-16 by its mark', async () => {
    const bom = await readAll(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Name,ID\nMüller,1\n')]));
    expect(bom.header).toEqual(['Name', 'ID']);
    expect(bom.encoding).toBe('UTF-8');
    const utf16 = await readAll(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Name\tID\r\nZoë\t1\r\n', 'utf16le')]));
    expect(utf16.encoding).toBe('UTF-16LE');
    expect(utf16.records[0]!.cells).toEqual(['Zoë', '1']);
  });

  it('names the first line that is not UTF-8 and suggests an encoding', async () => {
    const latin1 = Buffer.from('Name,ID\nAcme,1\n"Caf\xe9\nbar",2\n', 'latin1');
    for (const size of [1, 2, 1000]) {
      const err = await failure(latin1, { size });
      expect(err).toBeInstanceOf(ImportFileError);
      expect(err.code).toBe('invalid_encoding');
      expect(err.line).toBe(3);
      expect(err.message).toMatch(/^Line 3 is not valid UTF-8 \(byte 0xE9\)\..*windows-1252 or latin1/);
    }
    const decoded = await readAll(latin1, { encoding: 'latin1' });
    expect(decoded.records[1]!.cells[0]).toBe('Café\nbar');
    expect(decoded.encoding).toBe('Windows-1252');
  });

  it('finds a sequence cut off by the end of the file', async () => {
    const err = await failure(Buffer.concat([Buffer.from('a\nb\n'), Buffer.from([0xe6, 0x9d])]));
    expect(err.line).toBe(3);
  });

  it('reports malformed CSV at the line where the bad record starts', async () => {
    const err = await failure('a,b\n1,2\n3,"open\n4,5\n');
    expect(err.code).toBe('malformed_csv');
    expect(err.message).toBe('Line 3: the file is not valid CSV: a quoted field starts here and is never closed');
  });

  it('keeps stray quotes in unquoted fields as they are', async () => {
    expect((await readAll('a,b\n4,5" screen\n')).records[0]!.cells).toEqual(['4', '5" screen']);
  });

  it('refuses an empty file', async () => {
    expect((await failure('\n\n')).code).toBe('empty_file');
  });

  it('reads a file without a final line break, and a header-only file', async () => {
    expect((await readAll('a,b\n1,2')).records).toEqual([{ line: 2, cells: ['1', '2'] }]);
    expect((await readAll('a,b')).records).toEqual([]);
  });
});

describe('openCsv and chunking', () => {
  it('names the bad byte when a bad sequence is spread over one-byte chunks', async () => {
    const bytes = Buffer.concat([Buffer.from('a,b\n1,2\nx,'), Buffer.from([0xe6, 0x9d]), Buffer.from('y\n')]);
    const err = await failure(bytes, { size: 1 });
    expect(err.line).toBe(3);
    expect(err.message).toMatch(/^Line 3 is not valid UTF-8 \(byte 0xE6\)/);
  });
});
