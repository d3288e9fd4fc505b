import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { DATE_FORMATS } from './dates.ts';
import type { DateFormat } from './dates.ts';
import { MappingError } from './errors.ts';
import { parseTarget } from './targets.ts';
import type { ImportEntity, Target } from './targets.ts';

export interface ImportMapping {
  /** Header as written in the file → where its values go. */
  columns: Map<string, Target>;
  dateFormat?: DateFormat;
}

const MappingFileSchema = z
  .object({
    columns: z.record(z.string().min(1), z.string().min(1)),
    dateFormat: z.enum(DATE_FORMATS).optional(),
  })
  .strict();

/**
 * Reads a mapping file (YAML or JSON, which is YAML too):
 *
 *   columns:
 *     Customer Number: crmId
 *     MRR: traits.mrr:amount
 *   dateFormat: DD/MM/YYYY
 */
export function parseMapping(entity: ImportEntity, text: string, origin = 'mapping'): ImportMapping {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (err) {
    throw new MappingError(`${origin}: not valid YAML or JSON: ${(err as Error).message.split('\n')[0]}`);
  }
  const parsed = MappingFileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length ? issue.path.join('.') : '(top level)';
    throw new MappingError(`${origin}: ${where}: ${issue.message}; expected { columns: { "<header>": "<field>" }, dateFormat?: ${DATE_FORMATS.join(' | ')} }`);
  }
  const columns = new Map<string, Target>();
  for (const [header, text] of Object.entries(parsed.data.columns)) {
    const target = parseTarget(entity, text);
    if ('error' in target) throw new MappingError(`${origin}: columns."${header}": ${target.error}`);
    columns.set(header, target);
  }
  return { columns, dateFormat: parsed.data.dateFormat };
}
