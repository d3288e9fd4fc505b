/**
 * The offset of the first byte that does not start a valid UTF-8 sequence, or -1. A sequence cut
 * off by the end of `bytes` counts as invalid only when `final` (more bytes may complete it).
 */
export function firstInvalidUtf8(bytes: Uint8Array, final = true): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let length: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [length, min] = [2, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [length, min] = [3, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [length, min] = [4, 0x10000];
    else return i;
    if (i + length > bytes.length) {
      for (let j = i + 1; j < bytes.length; j++) if ((bytes[j]! & 0xc0) !== 0x80) return i;
      return final ? i : -1;
    }
    let code = b & (0xff >> (length + 1));
    for (let j = 1; j < length; j++) {
      const c = bytes[i + j]!;
      if ((c & 0xc0) !== 0x80) return i;
      code = (code << 6) | (c & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += length;
  }
  return -1;
}

/** Line feeds in bytes[0, end): the line a byte is on is this plus one. */
export function countLineFeeds(bytes: Uint8Array, end = bytes.length): number {
  let n = 0;
  for (let i = bytes.indexOf(10); i !== -1 && i < end; i = bytes.indexOf(10, i + 1)) n++;
  return n;
}
