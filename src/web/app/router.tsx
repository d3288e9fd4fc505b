import { createBrowserRouter } from 'react-router';
import { prefetchAccount, prefetchAccountList } from '../accounts/account-route-loaders.ts';
import { NotFoundPage } from '../errors/not-found-page.tsx';
import { RouteErrorPage } from '../errors/route-error-page.tsx';
import { adminRoutes } from '../admin/routes.tsx';
import { editorRoutes } from '../editor/routes.tsx';
import { AppLayout } from '../layout/app-layout.tsx';
import { libraryRoutes } from '../library/routes.tsx';
import { HomeRedirect, todayRoutes } from '../today/routes.tsx';
import { FullPageLoader } from '../layout/full-page-loader.tsx';
import { RequireSession } from '../session/require-session.tsx';
import { sessionQuery } from '../session/session-query.ts';
import { queryClient } from './query-client.ts';

// Shown while the first screen's chunk loads on a cold start.
const loading = <FullPageLoader label="Loading Playmaker" />;

// Every screen is its own chunk, loaded when its URL is first visited, so the first load carries
// only the shell. Each area owns its routes (today/routes.tsx, library/routes.tsx, …); nav: layout/nav-items.ts.
export const router = createBrowserRouter([
  {
    path: '/login',
    lazy: async () => ({ Component: (await import('../session/login-page.tsx')).LoginPage }),
    errorElement: <RouteErrorPage />,
    hydrateFallbackElement: loading,
  },
  {
    element: (
      <RequireSession>
        <AppLayout />
      </RequireSession>
    ),
    errorElement: <RouteErrorPage />,
    hydrateFallbackElement: loading,
    // Who is signed in, asked while the first screen's code loads (see accounts/account-route-loaders.ts).
    loader: () => {
      void queryClient.prefetchQuery(sessionQuery);
      return null;
    },
    children: [
      {
        errorElement: <RouteErrorPage />,
        children: [
          { index: true, element: <HomeRedirect /> },
          ...todayRoutes,
          ...libraryRoutes,
          ...editorRoutes,
          ...adminRoutes,
          { path: 'accounts', loader: prefetchAccountList, lazy: async () => ({ Component: (await import('../accounts/accounts-page.tsx')).AccountsPage }) },
          { path: 'accounts/:id', loader: prefetchAccount, lazy: async () => ({ Component: (await import('../accounts/account-page.tsx')).AccountPage }) },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
