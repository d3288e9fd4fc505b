import type { RouteObject } from 'react-router';

/** The library: search and playbook pages. Mounted inside the signed-in layout by app/router.tsx. */
export const libraryRoutes: RouteObject[] = [];
