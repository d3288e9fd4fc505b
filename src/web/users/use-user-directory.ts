import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { $api } from '../api/client.ts';
import type { User } from '../api/types.ts';

export const userDirectoryQuery = () => $api.queryOptions('get', '/api/users', {}, { staleTime: 5 * 60_000 });

/** Everyone on the team by id, for owner names and filters; one request shared by every screen. */
export function useUserDirectory() {
  const query = useQuery(userDirectoryQuery());
  const byId = useMemo(() => new Map<string, User>((query.data?.data ?? []).map((user) => [user.id, user])), [query.data]);
  return { users: query.data?.data ?? [], byId, isPending: query.isPending };
}
