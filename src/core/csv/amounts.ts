import type { Parsed } from './dates.ts';

const SYMBOLS = /[$€£¥₹₩₽¤]|\b(?:CHF|kr)\b/gi;
const CODE = /^[A-Z]{3}\s*|\s*[A-Z]{3}$/g;
// Spaces (plain, no-break, narrow no-break) and apostrophes group thousands in fr/de-CH exports.
const GROUPING = /[\s\u00a0\u202f']/g;

/**
 * Reads a money amount the way exports write it: `$1,234.56`, `1.234,56 €`, `USD 1,234`,
 * `1 234,56`, `(1,234.00)` for negative, `1.5E6` from Excel. The currency is dropped, not
 * converted. With one separator followed by exactly three digits (`1,234`, `1.234`) it groups
 * thousands; otherwise it is the decimal point.
 */
export function parseAmount(text: string): Parsed<number> {
  const original = text.trim();
  let value = original.replace(SYMBOLS, '').trim().replace(CODE, '').trim();
  let negative = false;
  if (/^\(.*\)$/.test(value)) {
    negative = true;
    value = value.slice(1, -1).trim();
  }
  if (/^[-−]/.test(value)) {
    negative = true;
    value = value.slice(1).trim();
  }
  value = value.replace(SYMBOLS, '').replace(GROUPING, '');
  if (/^\d+(\.\d+)?[eE][+-]?\d+$/.test(value)) return number(Number(value), negative);
  if (!/^[\d.,]+$/.test(value) || !/\d/.test(value)) return { ok: false, message: `"${original}" is not an amount` };

  const lastDot = value.lastIndexOf('.');
  const lastComma = value.lastIndexOf(',');
  let normalized: string;
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? '.' : ',';
    const [whole, fraction, ...rest] = value.split(decimal);
    if (rest.length || !isGrouped(whole!.split(decimal === '.' ? ',' : '.'))) return { ok: false, message: `"${original}" is not an amount` };
    normalized = `${whole!.replace(/[.,]/g, '')}.${fraction}`;
  } else if (lastDot >= 0 || lastComma >= 0) {
    const parts = value.split(lastDot >= 0 ? '.' : ',');
    if (parts.length > 2 && !isGrouped(parts)) return { ok: false, message: `"${original}" is not an amount` };
    normalized = isGrouped(parts) ? parts.join('') : parts.join('.');
  } else {
    normalized = value;
  }
  if (!/^\d+(\.\d+)?$/.test(normalized)) return { ok: false, message: `"${original}" is not an amount` };
  return number(Number(normalized), negative);
}

/** 1,234 or 12,34,567 (Indian lakh grouping), never 0,125 or 2500000.000. */
function isGrouped(parts: string[]): boolean {
  if (parts.length < 2) return true;
  const [first, ...groups] = parts;
  return /^[1-9]\d{0,2}$/.test(first!) && groups.every((g, i) => (i === groups.length - 1 ? /^\d{3}$/ : /^\d{2,3}$/).test(g));
}

function number(n: number, negative: boolean): Parsed<number> {
  return { ok: true, value: negative && n !== 0 ? -n : n };
}
