import type { Playbook, Step } from '../../../core/playbook/index.ts';
import type { Db } from '../../db/client.ts';
import type { TemplateMap } from '../playbooks/schema.ts';
import { getVersionRow, playbookOf } from '../playbooks/store.ts';

/** A published version as plays use it: its playbook (steps in file order) and templates. */
export interface PlayVersion {
  playbookId: string;
  number: number;
  playbook: Playbook;
  templates: TemplateMap;
  stepsById: ReadonlyMap<string, Step>;
}

// Versions are immutable, so a parsed one can be kept; the publish time is in the key because a
// playbook deleted and imported again starts its version numbers over.
const cache = new Map<string, PlayVersion>();
const CACHE_LIMIT = 500;

export async function loadVersion(db: Db, playbookId: string, number: number): Promise<PlayVersion> {
  const row = await getVersionRow(db, playbookId, number);
  const key = `${playbookId}\u0000${number}\u0000${row.publishedAt.toISOString()}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const playbook = playbookOf(row);
  const version: PlayVersion = {
    playbookId,
    number,
    playbook,
    templates: row.templates,
    stepsById: new Map(playbook.steps.map((step) => [step.id, step])),
  };
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(key, version);
  return version;
}

/** Loads each distinct (playbook, version) once. */
export async function loadVersions(db: Db, pairs: Iterable<{ playbookId: string; version: number }>): Promise<Map<string, PlayVersion>> {
  const wanted = new Map<string, { playbookId: string; version: number }>();
  for (const pair of pairs) wanted.set(versionKey(pair.playbookId, pair.version), pair);
  const loaded = new Map<string, PlayVersion>();
  for (const [key, pair] of wanted) loaded.set(key, await loadVersion(db, pair.playbookId, pair.version));
  return loaded;
}

export const versionKey = (playbookId: string, version: number) => `${playbookId}@${version}`;
