import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { toApiError } from '../api/api-error.ts';
import { SESSION_QUERY_KEY } from '../session/session-query.ts';

/**
 * One client for the app. A 401 anywhere means the session ended (expired, signed out in another
 * tab): forgetting the session sends the guard to the login page, which returns here afterwards.
 */
function createAppQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error) => onUnauthorized(error) }),
    mutationCache: new MutationCache({ onError: (error) => onUnauthorized(error) }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // Retry what may pass on a second try (no answer, 5xx, 429); a 4xx will not change.
        retry: (failures, error) => failures < 2 && toApiError(error).isTransient,
      },
      mutations: { retry: false },
    },
  });
  function onUnauthorized(error: unknown) {
    if (toApiError(error).status === 401 && client.getQueryData(SESSION_QUERY_KEY)) {
      client.setQueryData(SESSION_QUERY_KEY, null);
    }
  }
  return client;
}

/** The app's one client: the providers hand it to React, route loaders use it to start requests early. */
export const queryClient = createAppQueryClient();
