import type { LoaderFunctionArgs } from 'react-router';
import { queryClient } from '../app/query-client.ts';
import { readLibraryParams } from './library-params.ts';
import { feedbackQuery, flowchartQuery, librarySearchQuery, playbookQuery, versionsQuery } from './library-queries.ts';
import { requestedVersion } from './playbook-version-param.ts';

// Loaders only start the screen's requests (see accounts/account-route-loaders.ts): data and code
// download side by side.

export function prefetchLibrary({ request }: LoaderFunctionArgs) {
  void queryClient.prefetchQuery(librarySearchQuery(readLibraryParams(new URL(request.url).searchParams)));
  return null;
}

export function prefetchPlaybook({ params, request }: LoaderFunctionArgs) {
  if (!params.id) return null;
  const version = requestedVersion(new URL(request.url).searchParams);
  void queryClient.prefetchQuery(playbookQuery(params.id, version));
  void queryClient.prefetchQuery(flowchartQuery(params.id, version));
  void queryClient.prefetchQuery(versionsQuery(params.id));
  void queryClient.prefetchQuery(feedbackQuery(params.id));
  return null;
}

export function prefetchQuickReference({ params, request }: LoaderFunctionArgs) {
  if (!params.id) return null;
  void queryClient.prefetchQuery(playbookQuery(params.id, requestedVersion(new URL(request.url).searchParams)));
  return null;
}
