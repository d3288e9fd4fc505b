import { describe, expect, it } from 'vitest';
import { countLineFeeds, firstInvalidUtf8 } from './utf8.ts';

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'utf8')] : p)));

describe('firstInvalidUtf8', () => {
  it('accepts valid UTF-8 of every length', () => {
    expect(firstInvalidUtf8(bytes('plain, Müller, 東京, 😀'))).toBe(-1);
  });
  it('finds a Windows-1252 é in the middle', () => {
    expect(firstInvalidUtf8(bytes('Caf', [0xe9], ' au lait'))).toBe(3);
  });
  it('refuses overlong forms, surrogates and stray continuation bytes', () => {
    expect(firstInvalidUtf8(bytes('a', [0xc0, 0xaf]))).toBe(1);
    expect(firstInvalidUtf8(bytes('ab', [0xed, 0xa0, 0x80]))).toBe(2);
    expect(firstInvalidUtf8(bytes('abc', [0x80]))).toBe(3);
  });
  it('waits for the rest of a sequence cut by a chunk boundary unless final', () => {
    const cut = bytes('ok ', [0xe6, 0x9d]);
    expect(firstInvalidUtf8(cut, false)).toBe(-1);
    expect(firstInvalidUtf8(cut, true)).toBe(3);
  });
});

describe('countLineFeeds', () => {
  it('counts line feeds before an offset', () => {
    const b = bytes('a\nb\r\nc\n');
    expect(countLineFeeds(b)).toBe(3);
    expect(countLineFeeds(b, 3)).toBe(1);
  });
});
