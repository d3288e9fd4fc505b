import type { LoaderFunctionArgs } from 'react-router';
import { queryClient } from '../app/query-client.ts';
import { userDirectoryQuery } from '../users/use-user-directory.ts';
import { readAccountListParams } from './account-list-params.ts';
import { account360Query, accountContactsQuery, accountListQuery, accountPlaysQuery, accountQuery } from './account-queries.ts';

// Route loaders only start the screen's requests, without waiting for them: the router runs them
// while the screen's code is still downloading, so data and code arrive together instead of one
// after the other. The screens read the same queries from the cache.

export function prefetchAccountList({ request }: LoaderFunctionArgs) {
  void queryClient.prefetchQuery(accountListQuery(readAccountListParams(new URL(request.url).searchParams)));
  void queryClient.prefetchQuery(userDirectoryQuery());
  return null;
}

export function prefetchAccount({ params }: LoaderFunctionArgs) {
  if (!params.id) return null;
  void queryClient.prefetchQuery(accountQuery(params.id));
  void queryClient.prefetchQuery(accountContactsQuery(params.id));
  void queryClient.prefetchQuery(accountPlaysQuery(params.id));
  void queryClient.prefetchQuery(account360Query(params.id));
  void queryClient.prefetchQuery(userDirectoryQuery());
  return null;
}
