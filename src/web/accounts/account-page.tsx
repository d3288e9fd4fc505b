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
import { accountQuery, useAccountOverview } from './account-queries.ts';
import { AccountFacts } from './account-facts.tsx';
import { AccountHeader } from './account-header.tsx';
import { AccountHealth } from './account-health.tsx';
import { AccountMetrics } from './account-metrics.tsx';
import { AccountPlays } from './account-plays.tsx';
import { AccountTimeline } from './account-timeline.tsx';
import { EditAccountDialog } from './edit-account-dialog.tsx';

/**
 * Account 360, each section a component of its own in this folder. Main column: health (gauge,
 * history chart with reasons, components), usage metrics, the timeline. Side column: plays with
 * "Start a playbook", then contacts. On a phone the side column comes first: during a call the
 * open play and the champion matter more than the history.
 */
export function AccountPage() {
  const { id = '' } = useParams();
  const canWrite = useCan('write');
  const [editing, edit] = useDisclosure(false);
  const { byId: users } = useUserDirectory();
  const account = useQuery(accountQuery(id));
  // Health, metrics and history in one request; the timeline and contacts keep their own paged queries.
  const overview = useAccountOverview(id, account.isSuccess);
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
          <Stack gap="lg">
            <AccountHealth overview={overview} />
            <AccountMetrics overview={overview} />
            <AccountTimeline accountId={data.id} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }} order={{ base: 1, md: 2 }}>
          <Stack gap="lg">
            <AccountPlays accountId={data.id} canStart={canWrite} />
            <AccountContacts accountId={data.id} />
          </Stack>
        </Grid.Col>
      </Grid>
      {canWrite && editing && <EditAccountDialog account={data} opened={editing} onClose={edit.close} />}
    </Stack>
  );
}
