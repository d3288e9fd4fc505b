import type { RouteObject } from 'react-router';

/** Today: the CSM's worklist. Mounted inside the signed-in layout by app/router.tsx. */
export const todayRoutes: RouteObject[] = [];
