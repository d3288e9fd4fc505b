import type { LoaderFunctionArgs } from 'react-router';
import { queryClient } from '../app/query-client.ts';
import { playbookQuery } from '../library/library-queries.ts';
import { draftQuery } from './editor-queries.ts';

// Starts the editor's requests while its code downloads (see accounts/account-route-loaders.ts).
// People without 'playbooks:manage' get a 403 here, which the page turns into "not allowed".
export function prefetchDraft({ params }: LoaderFunctionArgs) {
  if (!params.id) return null;
  void queryClient.prefetchQuery(draftQuery(params.id));
  void queryClient.prefetchQuery(playbookQuery(params.id));
  return null;
}
