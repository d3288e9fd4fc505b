// Keyword triggers match phrases whole-word and case-insensitively. The database does the
// matching (PostgreSQL's ARE regex with `~*`, identical in PGlite); this file builds that regex
// and the JavaScript twin used to say which phrase matched and to cut an excerpt.

const WORD_CHAR = /[\p{L}\p{N}_]/u;
const APOSTROPHES = /['\u2019\u2018]/;

function escapeAre(ch: string): string {
  // In ARE a backslash before a letter or digit starts an escape (\m, \d), so only symbols get one.
  return /[\p{L}\p{N}\s]/u.test(ch) ? ch : `\\${ch}`;
}

/** One phrase as regex source: spaces match any run of whitespace, ' matches ’ too. */
function phraseBody(phrase: string, escape: (ch: string) => string): string {
  let out = '';
  const trimmed = phrase.trim();
  for (let i = 0; i < trimmed.length; i++) {
    const ch = trimmed[i]!;
    if (/\s/.test(ch)) {
      while (i + 1 < trimmed.length && /\s/.test(trimmed[i + 1]!)) i++;
      out += '\\s+';
    } else if (APOSTROPHES.test(ch)) out += "['\u2019\u2018]";
    else out += escape(ch);
  }
  return out;
}

const startsWithWord = (phrase: string) => WORD_CHAR.test(phrase.trim()[0] ?? '');
const endsWithWord = (phrase: string) => WORD_CHAR.test(phrase.trim().at(-1) ?? '');

function usable(phrases: readonly string[]): string[] {
  return [...new Set(phrases.map((p) => p.trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
}

/**
 * A PostgreSQL ARE regex matching any of the phrases as whole words; use it with `~*`. The one
 * capturing group is the matched text, so `substring(text from pattern)` returns it. Longer
 * phrases come first so "not renewing" wins over "not".
 */
export function keywordPattern(phrases: readonly string[]): string {
  const alternatives = usable(phrases).map((p) => `${startsWithWord(p) ? '\\m' : ''}${phraseBody(p, escapeAre)}${endsWithWord(p) ? '\\M' : ''}`);
  if (!alternatives.length) throw new Error('a keyword trigger needs at least one phrase');
  return `(${alternatives.map((a) => `(?:${a})`).join('|')})`;
}

// Unicode-mode regexes accept an escape only before syntax characters (not before `-`).
const escapeJs = (ch: string) => ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** The JavaScript twin of keywordPattern: the first phrase found in the text, as written there. */
export function findKeyword(text: string, phrases: readonly string[]): { phrase: string; matched: string; index: number } | null {
  let best: { phrase: string; matched: string; index: number } | null = null;
  for (const phrase of usable(phrases)) {
    const before = startsWithWord(phrase) ? '(?<![\\p{L}\\p{N}_])' : '';
    const after = endsWithWord(phrase) ? '(?![\\p{L}\\p{N}_])' : '';
    const found = new RegExp(`${before}${phraseBody(phrase, escapeJs)}${after}`, 'iu').exec(text);
    if (found && (!best || found.index < best.index)) best = { phrase, matched: found[0], index: found.index };
  }
  return best;
}

/** A short piece of the text around a match, on word boundaries, for the play's trigger detail. */
export function excerptAround(text: string, index: number, length: number, radius = 80): string {
  const from = Math.max(0, text.lastIndexOf(' ', Math.max(0, index - radius)) + 1);
  const toSpace = text.indexOf(' ', Math.min(text.length, index + length + radius));
  const to = toSpace < 0 ? text.length : toSpace;
  return `${from > 0 ? '…' : ''}${text.slice(from, to).replace(/\s+/g, ' ').trim()}${to < text.length ? '…' : ''}`;
}
