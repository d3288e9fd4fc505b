import { Navigate } from 'react-router';
import type { LoaderFunctionArgs, RouteObject } from 'react-router';
import { queryClient } from '../app/query-client.ts';
import { useCan } from '../session/current-user.tsx';
import { userDirectoryQuery } from '../users/use-user-directory.ts';
import { worklistQuery } from './today-queries.ts';
import { readWorklistScope } from './worklist-scope.ts';

// Starts the worklist requests while the screen's code downloads (see accounts/account-route-loaders.ts).
function prefetchToday({ request }: LoaderFunctionArgs) {
  const scope = readWorklistScope(new URL(request.url).searchParams);
  void queryClient.prefetchQuery(worklistQuery('today', scope));
  void queryClient.prefetchQuery(worklistQuery('upcoming', scope));
  if (scope.kind !== 'me') void queryClient.prefetchQuery(userDirectoryQuery());
  return null;
}

/** `/`: people who work steps start on Today; viewers have no worklist, so they start on Accounts. */
export function HomeRedirect() {
  return <Navigate to={useCan('write') ? '/today' : '/accounts'} replace />;
}

/** Today: the CSM's worklist. Mounted inside the signed-in layout by app/router.tsx. */
export const todayRoutes: RouteObject[] = [
  { path: 'today', loader: prefetchToday, lazy: async () => ({ Component: (await import('./today-page.tsx')).TodayPage }) },
];
