/** The database's own words: the driver wraps them in "Failed query: <the whole SQL>". */
export function rootMessage(err: unknown): string {
  let e = err as { message?: string; cause?: unknown };
  while (e.cause && typeof e.cause === 'object') e = e.cause as typeof e;
  return e.message ?? String(err);
}
