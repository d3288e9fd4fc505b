import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { LibraryFile, Problem } from '../../../core/playbook/index.ts';

/** Largest playbook or template file accepted, in bytes of UTF-8. */
export const MAX_FILE_BYTES = 1024 * 1024;
/** Most files one import may carry. */
export const MAX_IMPORT_FILES = 5_000;

// Static API paths under /api/playbooks/; a playbook with one of these ids could not be reached.
const RESERVED_IDS = new Set(['search', 'export', 'import', 'lint']);

export const isPlaybookPath = (path: string) => /\.ya?ml$/i.test(path);
export const isTemplatePath = (path: string) => path.endsWith('.liquid');

export function fileBytes(content: string): number {
  return Buffer.byteLength(content, 'utf8');
}

/** Names every file over the size limit, so one answer lists them all. */
export function oversizedFiles(files: readonly LibraryFile[]): { path: string; bytes: number }[] {
  return files.map((file) => ({ path: file.path, bytes: fileBytes(file.content) })).filter((file) => file.bytes > MAX_FILE_BYTES);
}

/** Paths that cannot be stored and written back safely, reported like lint problems. */
export function pathProblems(files: readonly LibraryFile[]): Problem[] {
  const seen = new Set<string>();
  return files.flatMap((file): Problem[] => {
    const problem = (message: string): Problem[] => [{ file: file.path || '(empty path)', line: 1, col: 1, message, severity: 'error' }];
    const path = file.path;
    if (!path || path.startsWith('/') || /^[a-z]:/i.test(path) || path.includes('\\')) {
      return problem('path must be relative and use / between directories');
    }
    if (path.split('/').some((part) => part === '' || part === '.' || part === '..')) return problem('path must not contain empty, . or .. parts');
    if (/[\u0000-\u001f]/.test(path)) return problem('path must not contain control characters');
    if (!isPlaybookPath(path) && !isTemplatePath(path)) return problem('not a playbook (.yaml, .yml) or template (.liquid) file');
    if (isTemplatePath(path) && path.split('/').at(-2) !== 'templates') {
      return problem('templates belong in a templates/ directory beside the playbooks that use them');
    }
    if (seen.has(path)) return problem('the same path appears twice in this import');
    seen.add(path);
    return [];
  });
}

export interface PlaybookSketch {
  id?: string;
  idPosition: { line: number; col: number };
  /** Template names the steps refer to. */
  templates: string[];
}

/**
 * The id and template names of a playbook file, read without validating it: import needs them
 * to decide which stored files a new file replaces before lint runs on the result.
 */
export function sketchPlaybook(content: string): PlaybookSketch {
  const lineCounter = new LineCounter();
  const sketch: PlaybookSketch = { idPosition: { line: 1, col: 1 }, templates: [] };
  let doc;
  try {
    doc = parseDocument(content, { lineCounter, uniqueKeys: false });
  } catch {
    return sketch;
  }
  const root = doc.contents;
  if (!isMap(root)) return sketch;
  for (const pair of root.items) {
    if (!isScalar(pair.key)) continue;
    if (pair.key.value === 'id' && isScalar(pair.value) && typeof pair.value.value === 'string') {
      sketch.id = pair.value.value;
      sketch.idPosition = lineCounter.linePos(pair.value.range?.[0] ?? 0);
    }
    if (pair.key.value === 'steps' && isSeq(pair.value)) {
      for (const step of pair.value.items) {
        if (!isMap(step)) continue;
        const template = step.items.find((item) => isScalar(item.key) && item.key.value === 'template')?.value;
        if (isScalar(template) && typeof template.value === 'string') sketch.templates.push(template.value);
      }
    }
  }
  return sketch;
}

export function isReservedId(id: string): boolean {
  return RESERVED_IDS.has(id);
}

export const RESERVED_ID_LIST = [...RESERVED_IDS].join(', ');

/** An id the API could not serve, as a lint problem at the id. */
export function reservedIdProblem(path: string, sketch: PlaybookSketch): Problem[] {
  if (!sketch.id || !RESERVED_IDS.has(sketch.id)) return [];
  return [{ file: path, ...sketch.idPosition, message: `id: "${sketch.id}" is reserved by the API (${[...RESERVED_IDS].join(', ')}); choose another id`, severity: 'error' }];
}

export function errorsIn(problems: readonly Problem[]): Problem[] {
  return problems.filter((problem) => problem.severity === 'error');
}

export function sameTemplates(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && a[key] === b[key]);
}
