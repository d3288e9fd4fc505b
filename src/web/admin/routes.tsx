import type { RouteObject } from 'react-router';

/** Admin: users, health model, tokens, trigger errors. Mounted inside the signed-in layout by app/router.tsx. */
export const adminRoutes: RouteObject[] = [];
