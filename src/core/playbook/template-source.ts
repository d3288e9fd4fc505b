/** A template file cut into its YAML front matter and its Liquid body. */
export interface TemplateParts {
  /** The YAML between the `---` lines; null when the file has none (see `error`). */
  frontMatter: string | null;
  /** 1-based line of the file on which the front matter's first line sits. */
  frontMatterLine: number;
  body: string;
  /** 1-based line of the file on which the body starts. */
  bodyLine: number;
  error?: string;
}

const FENCE = /^---[ \t]*\r?$/;

export function splitTemplate(source: string): TemplateParts {
  const lines = source.split('\n');
  if (!FENCE.test(lines[0] ?? '')) {
    return { frontMatter: null, frontMatterLine: 1, body: source, bodyLine: 1, error: 'missing front matter: start the file with a --- line, then kind (and subject for emails), then ---' };
  }
  const close = lines.findIndex((line, index) => index > 0 && FENCE.test(line));
  if (close === -1) {
    return { frontMatter: null, frontMatterLine: 1, body: '', bodyLine: lines.length, error: 'front matter is not closed with a --- line' };
  }
  return {
    frontMatter: lines.slice(1, close).join('\n'),
    frontMatterLine: 2,
    body: lines.slice(close + 1).join('\n'),
    bodyLine: close + 2,
  };
}
