import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { $api } from '../api/client.ts';

/** Titles and kinds of the whole library, to name the runbooks and scripts that steps link to. */
export const libraryIndexQuery = () => $api.queryOptions('get', '/api/playbooks', { params: { query: { pageSize: 200 } } }, { staleTime: 5 * 60_000 });

export function useLibraryIndex() {
  const query = useQuery(libraryIndexQuery());
  return useMemo(() => new Map((query.data?.data ?? []).map((entry) => [entry.id, entry])), [query.data]);
}
