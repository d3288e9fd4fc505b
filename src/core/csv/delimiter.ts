export const DELIMITERS = [',', ';', '\t'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/**
 * Picks the delimiter from the header line: the candidate that occurs most often outside quotes.
 * Excel writes `;` where the decimal separator is a comma, and "Unicode text" exports use tabs,
 * so a comma is only the answer when nothing else is more frequent.
 */
export function detectDelimiter(headerLine: string): Delimiter {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best: Delimiter = ',';
  for (const d of DELIMITERS) if (counts.get(d)! > counts.get(best)!) best = d;
  return best;
}

export function describeDelimiter(d: Delimiter): string {
  return d === '\t' ? 'tab' : `"${d}"`;
}
