import type { RouteObject } from 'react-router';

/** The playbook editor. Mounted inside the signed-in layout by app/router.tsx. */
export const editorRoutes: RouteObject[] = [];
