import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { LibraryFile, Problem } from '../../../core/playbook/index.ts';
import { isPlaybookPath, isTemplatePath, MAX_FILE_BYTES } from './library-files.ts';

export interface LibraryDir {
  /** Playbook and template files, paths relative to the directory with / separators, sorted. */
  files: LibraryFile[];
  /** Files that could not be read as a library file (not UTF-8, over the size limit). */
  problems: Problem[];
}

const SKIPPED_DIRS = new Set(['node_modules']);

/** Reads every .yaml, .yml and .liquid file under `dir` (hidden directories and node_modules skipped). */
export async function readLibraryDir(dir: string): Promise<LibraryDir> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const paths = entries
    .filter((entry) => entry.isFile() && (isPlaybookPath(entry.name) || isTemplatePath(entry.name)))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter((relative) => !relative.split('/').some((part) => part.startsWith('.') || SKIPPED_DIRS.has(part)))
    .sort();
  const result: LibraryDir = { files: [], problems: [] };
  for (const relative of paths) {
    const read = await readLibraryFile(path.join(dir, relative), relative);
    if ('problem' in read) result.problems.push(read.problem);
    else result.files.push(read.file);
  }
  return result;
}

/** One file as library text: UTF-8 (kept byte for byte, BOM included) and at most 1 MB. */
export async function readLibraryFile(fullPath: string, shownPath: string): Promise<{ file: LibraryFile } | { problem: Problem }> {
  const problem = (message: string) => ({ problem: { file: shownPath, line: 1, col: 1, message, severity: 'error' as const } });
  const { size } = await stat(fullPath);
  if (size > MAX_FILE_BYTES) return problem(`file is ${size} bytes; the limit is ${MAX_FILE_BYTES} bytes (1 MB)`);
  const bytes = await readFile(fullPath);
  try {
    // ignoreBOM keeps a byte-order mark in the text, so writing the text back gives the same bytes.
    return { file: { path: shownPath, content: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) } };
  } catch {
    return problem('file is not valid UTF-8 text');
  }
}

/** Writes library files under `dir`, creating directories as needed. */
export async function writeLibraryDir(dir: string, files: readonly LibraryFile[]): Promise<void> {
  const root = path.resolve(dir);
  for (const file of files) {
    const target = path.resolve(root, file.path);
    // Stored paths were checked on import; this keeps a bad row from writing outside the directory.
    if (!target.startsWith(root + path.sep)) throw new Error(`refusing to write ${file.path} outside ${dir}`);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, file.content, 'utf8');
  }
}
