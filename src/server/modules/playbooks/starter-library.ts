import { fileURLToPath } from 'node:url';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../http/errors.ts';
import { countPlaybooks, importLibrary } from './import-service.ts';
import { readLibraryDir } from './library-dir.ts';

export const STARTER_LIBRARY_DIR = fileURLToPath(new URL('../../../../playbooks/', import.meta.url));

/**
 * On first start (no playbook stored yet) loads the starter library as version 1 of each
 * playbook, active, published by the system. Returns how many playbooks it loaded.
 */
export async function loadStarterLibrary(db: Db, dir = STARTER_LIBRARY_DIR): Promise<number> {
  if ((await countPlaybooks(db)) > 0) return 0;
  const { files, problems } = await readLibraryDir(dir);
  if (problems.length > 0) throw new Error(`starter library: ${problems.map((p) => `${p.file}: ${p.message}`).join('; ')}`);
  try {
    const result = await importLibrary(db, files, { actorId: null, newStatus: 'active', changelog: 'Starter library' });
    return result.created.length;
  } catch (err) {
    // Another process starting at the same time loaded it first.
    if (err instanceof AppError && err.code === 'import_conflict') return 0;
    throw err;
  }
}
