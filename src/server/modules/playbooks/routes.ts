import { createRouter } from '../../http/router.ts';
import { registerLibraryRoutes } from './library-routes.ts';
import { registerVersionRoutes } from './version-routes.ts';

export { IMPORT_PATH } from './route-helpers.ts';

export function playbookRoutes() {
  const app = createRouter();
  // Static paths (search, export, import, lint) first, so they never read as a playbook id.
  registerLibraryRoutes(app);
  registerVersionRoutes(app);
  return app;
}
