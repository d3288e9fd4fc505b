import { ANCHORS, type Anchor } from './constants.ts';

// Each grammar is written once as a regex source so that the Zod schema, the generated JSON Schema
// (editors) and the parsers below (engine) can never disagree about what is valid.
const DURATION = '(?:0|[1-9][0-9]{0,4})[dw]';
const SLUG = '[a-z0-9]+(?:-[a-z0-9]+)*';
const ANCHOR = `(?:${ANCHORS.join('|')})`;

export const SLUG_PATTERN = `^${SLUG}$`;
export const DURATION_PATTERN = `^${DURATION}$`;
/** `renewal_date`, `renewal_date -90d`, `contract_start +14d`. */
export const ANCHOR_OFFSET_PATTERN = `^${ANCHOR}(?: [+-]${DURATION})?$`;
/** `3d`, `2d after <step-id>` or an anchor offset. */
export const DUE_PATTERN = `^(?:${DURATION}|${DURATION} after ${SLUG}|${ANCHOR}(?: [+-]${DURATION})?)$`;
/** `0%` to `50%`, decimals allowed (`12.5%`). */
export const HOLDOUT_PATTERN = '^(?:50(?:\\.0+)?|[1-4]?[0-9](?:\\.[0-9]+)?)%$';

export type Due =
  | { type: 'start'; days: number }
  | { type: 'after'; step: string; days: number }
  | { type: 'anchor'; anchor: Anchor; days: number };

export interface AnchorOffset {
  anchor: Anchor;
  /** Negative means before the anchor date. */
  days: number;
}

/** `14d` -> 14, `2w` -> 14; null when the text is not a duration. */
export function parseDuration(text: string): number | null {
  if (!new RegExp(DURATION_PATTERN).test(text)) return null;
  const amount = Number(text.slice(0, -1));
  return text.endsWith('w') ? amount * 7 : amount;
}

/** `10%` -> 0.1; null when the text is not a percentage. */
export function parsePercent(text: string): number | null {
  const match = /^(-?[0-9]+(?:\.[0-9]+)?)%$/.exec(text);
  return match ? Number(match[1]) / 100 : null;
}

/** `renewal_date -90d` -> { anchor: 'renewal_date', days: -90 }; null when invalid. */
export function parseAnchorOffset(text: string): AnchorOffset | null {
  if (!new RegExp(ANCHOR_OFFSET_PATTERN).test(text)) return null;
  const [anchor, offset] = text.split(' ');
  if (offset === undefined) return { anchor: anchor as Anchor, days: 0 };
  const days = parseDuration(offset.slice(1))!;
  const before = offset.startsWith('-') && days !== 0;
  return { anchor: anchor as Anchor, days: before ? -days : days };
}

/** Parses a step or milestone `due`; null when it matches none of the three forms. */
export function parseDue(text: string): Due | null {
  if (!new RegExp(DUE_PATTERN).test(text)) return null;
  const anchored = parseAnchorOffset(text);
  if (anchored) return { type: 'anchor', ...anchored };
  const [duration = '', after, step = ''] = text.split(' ');
  const days = parseDuration(duration)!;
  return after === 'after' ? { type: 'after', step, days } : { type: 'start', days };
}
