import { Skeleton } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { toApiError } from '../api/api-error.ts';
import { NotFoundPage } from '../errors/not-found-page.tsx';
import { RetryPanel } from '../errors/retry-panel.tsx';
import { useCan } from '../session/current-user.tsx';
import { draftQuery } from './editor-queries.ts';
import { NotAllowedPage } from './not-allowed-page.tsx';
import { PlaybookEditor } from './playbook-editor.tsx';

/** /library/:id/edit: the draft of one playbook, for people who manage playbooks. */
export function EditorPage() {
  const { id = '' } = useParams();
  const allowed = useCan('playbooks:manage');
  // Asked only by people allowed to edit: nobody else gets to see a draft's controls.
  const draft = useQuery({ ...draftQuery(id), enabled: allowed, staleTime: Infinity, refetchOnWindowFocus: false });
  useDocumentTitle(`Edit ${id} · Playmaker`);

  if (!allowed) return <NotAllowedPage what="edit playbooks" who="managers and admins" />;
  if (draft.isPending) return <Skeleton height={400} />;
  if (draft.isError) {
    const status = toApiError(draft.error).status;
    if (status === 404 || status === 400) return <NotFoundPage what="playbook" />;
    if (status === 403) return <NotAllowedPage what="edit playbooks" who="managers and admins" />;
    return <RetryPanel error={draft.error} onRetry={() => draft.refetch()} />;
  }
  // Keyed by playbook: another playbook's draft starts a fresh editor.
  return <PlaybookEditor key={id} playbookId={id} draft={draft.data} />;
}
