import { and, eq, ne, sql } from 'drizzle-orm';
import { lintLibrary, lintPlaybookText, templatePath } from '../../../core/playbook/index.ts';
import type { Problem } from '../../../core/playbook/index.ts';
import type { Db } from '../../db/client.ts';
import { reservedIdProblem, sketchPlaybook } from './library-files.ts';
import { sortProblems } from './problems.ts';
import { playbookVersions, playbooks } from './schema.ts';
import type { TemplateMap } from './schema.ts';

export interface OtherPlaybook {
  id: string;
  path: string;
  templates: TemplateMap;
}

/**
 * Templates are files beside the playbooks, so playbooks in one directory that name the same
 * template share one file. A draft may not give that file a text the others do not have:
 * export could then write only one of them.
 */
export function sharedTemplateProblems(path: string, templates: TemplateMap, others: readonly OtherPlaybook[]): Problem[] {
  return Object.entries(templates).flatMap(([name, content]) => {
    const file = templatePath(path, name);
    const differing = others.filter(
      (other) => Object.hasOwn(other.templates, name) && templatePath(other.path, name) === file && other.templates[name] !== content,
    );
    if (differing.length === 0) return [];
    const ids = differing.map((other) => other.id).join(', ');
    return [{
      file,
      line: 1,
      col: 1,
      message: `this template is shared with ${ids}, whose published text differs; change a shared template through import (so every playbook gets it) or give this playbook a template name of its own`,
      severity: 'error' as const,
    }];
  });
}

/** Other playbooks' latest templates of these names, for `sharedTemplateProblems`. */
export async function playbooksSharingTemplates(db: Db, playbookId: string, names: readonly string[]): Promise<OtherPlaybook[]> {
  if (names.length === 0) return [];
  const rows = await db
    .select({ id: playbooks.id, path: playbooks.path, templates: playbookVersions.templates })
    .from(playbooks)
    .innerJoin(playbookVersions, and(eq(playbookVersions.playbookId, playbooks.id), eq(playbookVersions.number, playbooks.currentVersion)))
    .where(and(ne(playbooks.id, playbookId), sql`${playbookVersions.templates} ?| ${sql.param([...names])}::text[]`));
  return rows;
}

/**
 * Everything wrong with a playbook being edited: its own file (with the rest of the library
 * for duplicate ids and references), its templates, and the rules of the stored library.
 */
export async function lintDraft(db: Db, playbook: { id: string; path: string }, source: string, templates: TemplateMap): Promise<Problem[]> {
  const library = await db.select({ id: playbooks.id, path: playbooks.path }).from(playbooks).where(ne(playbooks.id, playbook.id));
  const templateFiles = Object.entries(templates).map(([name, content]) => ({ path: templatePath(playbook.path, name), content }));
  const sketch = sketchPlaybook(source);
  const idProblems: Problem[] =
    sketch.id !== undefined && sketch.id !== playbook.id
      ? [{ file: playbook.path, ...sketch.idPosition, message: `id: "${sketch.id}" but this is the draft of playbook "${playbook.id}"; an id cannot change`, severity: 'error' }]
      : [];
  const used = Object.fromEntries(Object.entries(templates).filter(([name]) => sketch.templates.includes(name)));
  const unused = Object.keys(templates)
    .filter((name) => !sketch.templates.includes(name))
    .map((name): Problem => ({ file: templatePath(playbook.path, name), line: 1, col: 1, message: 'no step uses this template, so it will not be published', severity: 'warning' }));
  return sortProblems([
    ...lintPlaybookText(playbook.path, source, templates, { library }),
    ...lintLibrary(templateFiles),
    ...idProblems,
    ...reservedIdProblem(playbook.path, sketch),
    ...unused,
    ...sharedTemplateProblems(playbook.path, used, await playbooksSharingTemplates(db, playbook.id, Object.keys(used))),
  ]);
}
