import { createRouter } from '../../http/router.ts';
import { registerNotificationRoutes } from './notification-routes.ts';
import { registerPlayRoutes } from './play-routes.ts';
import { registerStepRoutes } from './step-routes.ts';

export function playRoutes() {
  const app = createRouter();
  registerStepRoutes(app);
  registerPlayRoutes(app);
  registerNotificationRoutes(app);
  return app;
}
