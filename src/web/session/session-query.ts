import { queryOptions } from '@tanstack/react-query';
import { toApiError } from '../api/api-error.ts';
import { api } from '../api/client.ts';
import type { User } from '../api/types.ts';

export const SESSION_QUERY_KEY = ['session'] as const;

/** Who is signed in: the user, or null when nobody is (a 401 here is an answer, not an error). */
export const sessionQuery = queryOptions({
  queryKey: SESSION_QUERY_KEY,
  queryFn: async (): Promise<User | null> => {
    try {
      const { data } = await api.GET('/api/auth/me');
      return data?.user ?? null;
    } catch (error) {
      if (toApiError(error).status === 401) return null;
      throw error;
    }
  },
  staleTime: 5 * 60_000,
});
