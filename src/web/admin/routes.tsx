import { Navigate } from 'react-router';
import type { RouteObject } from 'react-router';

/** Admin: users, health model, tokens, trigger errors. Mounted inside the signed-in layout by app/router.tsx. */
export const adminRoutes: RouteObject[] = [
  {
    path: 'admin',
    lazy: async () => ({ Component: (await import('./admin-layout.tsx')).AdminLayout }),
    children: [
      { index: true, element: <Navigate to="users" replace /> },
      { path: 'users', lazy: async () => ({ Component: (await import('./users-panel.tsx')).UsersPanel }) },
      { path: 'health-model', lazy: async () => ({ Component: (await import('./health-model-panel.tsx')).HealthModelPanel }) },
      { path: 'tokens', lazy: async () => ({ Component: (await import('./tokens-panel.tsx')).TokensPanel }) },
      { path: 'trigger-errors', lazy: async () => ({ Component: (await import('./trigger-errors-panel.tsx')).TriggerErrorsPanel }) },
    ],
  },
];
