/**
 * How day-month dates with `/` or `-` are read. `mdy` is the Salesforce US locale; `dmy` is most
 * of the rest of the world; `auto` reads only what cannot be misread (ISO, a day above 12, or
 * day equal to month). Dotted dates (31.01.2026) are always day first: nobody writes MM.DD.YYYY.
 */
export type DateOrder = 'mdy' | 'dmy' | 'auto';

export const DATE_FORMATS = ['MM/DD/YYYY', 'DD/MM/YYYY', 'DD.MM.YYYY', 'YYYY-MM-DD'] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];

export function dateOrderOf(format: DateFormat): DateOrder {
  return format === 'MM/DD/YYYY' ? 'mdy' : format === 'YYYY-MM-DD' ? 'auto' : 'dmy';
}

export function describeDateOrder(order: DateOrder): string {
  return order === 'mdy' ? 'MM/DD/YYYY' : order === 'dmy' ? 'DD/MM/YYYY' : 'ISO or unambiguous';
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

// A time after the date is accepted and dropped: the fields it feeds are calendar dates.
const TIME = String.raw`(?:[ T,]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*(?:Z|[+-]\d{2}:?\d{2}|[A-Z]{2,5}))?)?`;
const ISO = new RegExp(String.raw`^(\d{4})[-/](\d{1,2})[-/](\d{1,2})${TIME}$`);
const NUMERIC = new RegExp(String.raw`^(\d{1,2})([/.-])(\d{1,2})\2(\d{2}|\d{4})${TIME}$`);
const DAY_MONTH_NAME = new RegExp(String.raw`^(\d{1,2})[ -]([A-Za-z]{3,9})\.?[ -](\d{4})${TIME}$`);
const MONTH_NAME_DAY = new RegExp(String.raw`^([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})${TIME}$`);

function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function monthFromName(name: string): number {
  const lower = name.toLowerCase();
  const index = MONTHS.findIndex((m, i) => lower === m || lower === MONTH_NAMES[i]!.toLowerCase() || (lower === 'sept' && m === 'sep'));
  return index + 1;
}

const invalid = (text: string, how: string): Parsed<string> => ({ ok: false, message: `"${text}" is not a valid ${how} date` });

/** Reads a date as CRM exports write it and returns it as YYYY-MM-DD. */
export function parseDate(text: string, order: DateOrder): Parsed<string> {
  const value = text.trim();
  let m = ISO.exec(value);
  if (m) {
    const date = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
    return date ? { ok: true, value: date } : invalid(value, 'YYYY-MM-DD');
  }
  m = NUMERIC.exec(value);
  if (m) {
    const [, a, separator, b, year] = m as unknown as [string, string, string, string, string];
    if (year.length === 2) return { ok: false, message: `"${value}" has a two-digit year; write the year with four digits` };
    const first = Number(a);
    const second = Number(b);
    const effective: DateOrder = separator === '.' ? 'dmy' : order;
    if (effective === 'auto') {
      if (first > 12 && second <= 12) return dated(value, Number(year), second, first, 'DD/MM/YYYY');
      if (second > 12 && first <= 12) return dated(value, Number(year), first, second, 'MM/DD/YYYY');
      if (first === second) return dated(value, Number(year), first, second, 'DD/MM/YYYY');
      return {
        ok: false,
        message: `"${value}" is ambiguous (day ${first} of month ${second}, or month ${first} day ${second}?); set the date format to DD/MM/YYYY or MM/DD/YYYY`,
      };
    }
    return effective === 'mdy'
      ? dated(value, Number(year), first, second, 'MM/DD/YYYY')
      : dated(value, Number(year), second, first, separator === '.' ? 'DD.MM.YYYY' : 'DD/MM/YYYY');
  }
  m = DAY_MONTH_NAME.exec(value);
  if (m) return dated(value, Number(m[3]), monthFromName(m[2]!), Number(m[1]), 'day month year');
  m = MONTH_NAME_DAY.exec(value);
  if (m) return dated(value, Number(m[3]), monthFromName(m[1]!), Number(m[2]), 'month day, year');
  return { ok: false, message: `"${value}" is not a date (expected YYYY-MM-DD, ${order === 'dmy' ? 'DD/MM/YYYY' : 'MM/DD/YYYY'} or DD.MM.YYYY)` };
}

function dated(text: string, year: number, month: number, day: number, how: string): Parsed<string> {
  const date = month > 0 ? isoDate(year, month, day) : null;
  return date ? { ok: true, value: date } : invalid(text, how);
}
