/**
 * The form field a server issue belongs to, or undefined when no field of the form holds it (the
 * issue is then shown above the form). Issue paths are dotted (`name`, `contacts.0.email`), as are
 * Mantine form paths; a list of plain values (tags, roles) is one field, so `roles.1` maps to `roles`.
 */
export function fieldForIssue(values: object, issuePath: string): string | undefined {
  if (!issuePath) return undefined;
  const taken: string[] = [];
  let cursor: unknown = values;
  for (const part of issuePath.split('.')) {
    if (Array.isArray(cursor) && cursor.every((item) => item === null || typeof item !== 'object')) break;
    if (cursor === null || typeof cursor !== 'object' || !Object.hasOwn(cursor, part)) return undefined;
    taken.push(part);
    cursor = (cursor as Record<string, unknown>)[part];
  }
  // A path that stops at an object names no input (the object's fields are the inputs).
  const isLeaf = cursor === null || typeof cursor !== 'object' || Array.isArray(cursor);
  return isLeaf && taken.length ? taken.join('.') : undefined;
}
