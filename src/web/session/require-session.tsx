import type { ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Navigate, useLocation } from 'react-router';
import { FullPageLoader } from '../layout/full-page-loader.tsx';
import { RetryPanel } from '../errors/retry-panel.tsx';
import { CurrentUserContext } from './current-user.tsx';
import { loginPathFor } from './safe-next-path.ts';
import { sessionQuery } from './session-query.ts';

/** Pages behind it need a signed-in user; anyone else goes to the login page and comes back after. */
export function RequireSession({ children }: { children: ReactNode }) {
  const location = useLocation();
  const session = useQuery(sessionQuery);
  if (session.isPending) return <FullPageLoader label="Loading Playmaker" />;
  if (session.isError) return <RetryPanel error={session.error} onRetry={() => session.refetch()} fullPage />;
  if (!session.data) return <Navigate to={loginPathFor(location)} replace />;
  return <CurrentUserContext value={session.data}>{children}</CurrentUserContext>;
}
