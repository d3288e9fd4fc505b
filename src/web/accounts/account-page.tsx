import { Grid, Skeleton, Stack } from '@mantine/core';
import { useDisclosure, useDocumentTitle } from '@mantine/hooks';
import { useParams } from 'react-router';
import { toApiError } from '../api/api-error.ts';
import { useQuery } from '@tanstack/react-query';
import { NotFoundPage } from '../errors/not-found-page.tsx';
import { RetryPanel } from '../errors/retry-panel.tsx';
import { useCan } from '../session/current-user.tsx';
import { useUserDirectory } from '../users/use-user-directory.ts';
import { AccountContacts } from './account-contacts.tsx';
import { accountQuery } from './account-queries.ts';
import { AccountFacts } from './account-facts.tsx';
import { AccountHeader } from './account-header.tsx';
import { AccountTimeline } from './account-timeline.tsx';
import { EditAccountDialog } from './edit-account-dialog.tsx';

/**
 * Account 360. Sections arrive with their APIs, each a component of its own in this folder:
 * the health gauge and history chart (AccountHealth) go above the timeline in the main column,
 * open and closed plays (AccountPlays) and "Start a playbook" beside them. Until an API exists its
 * section is simply not rendered: no placeholders.
 */
export function AccountPage() {
  const { id = '' } = useParams();
  const canWrite = useCan('write');
  const [editing, edit] = useDisclosure(false);
  const { byId: users } = useUserDirectory();
  const account = useQuery(accountQuery(id));
  useDocumentTitle(account.data ? `${account.data.name} · Playmaker` : 'Account · Playmaker');

  if (account.isPending) return <Skeleton height={160} />;
  if (account.isError) {
    const status = toApiError(account.error).status;
    // A malformed id (400) is as missing as an unknown one (404).
    if (status === 404 || status === 400) return <NotFoundPage what="account" />;
    return <RetryPanel error={account.error} onRetry={() => account.refetch()} />;
  }
  const data = account.data;

  return (
    <Stack gap="lg">
      <AccountHeader account={data} onEdit={canWrite ? edit.open : undefined} />
      <AccountFacts account={data} owner={data.ownerId ? users.get(data.ownerId) : undefined} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }} order={{ base: 2, md: 1 }}>
          <AccountTimeline accountId={data.id} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }} order={{ base: 1, md: 2 }}>
          <AccountContacts accountId={data.id} />
        </Grid.Col>
      </Grid>
      {canWrite && editing && <EditAccountDialog account={data} opened={editing} onClose={edit.close} />}
    </Stack>
  );
}
