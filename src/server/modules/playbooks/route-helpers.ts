import type { Principal } from '../../http/env.ts';
import type { createRouter } from '../../http/router.ts';

export type PlaybookRouter = ReturnType<typeof createRouter>;

/** Body limit of the import request: a whole library, each file up to 1 MB. */
export const IMPORT_BODY_LIMIT_BYTES = 64 * 1024 * 1024;
/** The import sets its own body limit; the app's general limit must let it through. */
export const IMPORT_PATH = '/api/playbooks/import';

/** The person behind a request: the signed-in user, or whoever created the API token. */
export function actorOf(principal: Principal | undefined): string | null {
  if (!principal) return null;
  return principal.kind === 'user' ? principal.id : principal.createdBy;
}

/** Only people have a pilot group and views of their own; tokens act as nobody in particular. */
export function viewerOf(principal: Principal | undefined): string | null {
  return principal?.kind === 'user' ? principal.id : null;
}
