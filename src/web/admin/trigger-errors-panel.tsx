import { Anchor, Badge, Group, Pagination, Skeleton, Stack, Switch, Table, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { RetryPanel } from '../errors/retry-panel.tsx';
import { formatInstant } from '../format/format.ts';
import { triggerErrorsQuery } from './admin-queries.ts';

/** Triggers that failed when the engine ran them (a bad cast, a missing metric), newest first. */
export function TriggerErrorsPanel() {
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const includeResolved = params.get('resolved') === '1';
  const errors = useQuery({ ...triggerErrorsQuery(page, includeResolved), placeholderData: keepPreviousData });
  const setFilter = (next: { page?: number; resolved?: boolean }) =>
    setParams((current) => {
      const out = new URLSearchParams(current);
      if (next.resolved !== undefined) {
        if (next.resolved) out.set('resolved', '1');
        else out.delete('resolved');
        out.delete('page');
      }
      if (next.page !== undefined) {
        if (next.page > 1) out.set('page', String(next.page));
        else out.delete('page');
      }
      return out;
    });

  const pages = errors.data ? Math.max(1, Math.ceil(errors.data.page.total / errors.data.page.pageSize)) : 1;
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          A failing trigger starts no plays until it is fixed. Repeats of the same error are counted on one line; an error is marked resolved once its trigger runs cleanly again.
        </Text>
        <Switch label="Show resolved" checked={includeResolved} onChange={(event) => setFilter({ resolved: event.currentTarget.checked })} />
      </Group>
      {errors.isPending && <Skeleton height={200} />}
      {errors.isError && <RetryPanel error={errors.error} onRetry={() => errors.refetch()} />}
      {errors.data && errors.data.data.length === 0 && (
        <Text size="sm" data-testid="trigger-errors-empty">
          {includeResolved ? 'No trigger has ever failed.' : 'No trigger is failing now.'}
        </Text>
      )}
      {errors.data && errors.data.data.length > 0 && (
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing="xs" striped data-testid="trigger-errors-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Playbook</Table.Th>
                <Table.Th>Kind</Table.Th>
                <Table.Th>Message</Table.Th>
                <Table.Th>Repeats</Table.Th>
                <Table.Th>First seen</Table.Th>
                <Table.Th>Last seen</Table.Th>
                <Table.Th>Status</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {errors.data.data.map((error) => (
                <Table.Tr key={error.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/library/${error.playbookId}?version=${error.version}`} size="sm">
                      {error.playbookId}
                    </Anchor>
                    <Text size="xs" c="dimmed">version {error.version}</Text>
                  </Table.Td>
                  <Table.Td>{error.triggerKind ?? '—'}</Table.Td>
                  <Table.Td style={{ wordBreak: 'break-word' }}>{error.message}</Table.Td>
                  <Table.Td>{error.repeats}</Table.Td>
                  <Table.Td>{formatInstant(error.occurredAt)}</Table.Td>
                  <Table.Td>{formatInstant(error.lastOccurredAt)}</Table.Td>
                  <Table.Td>
                    {error.resolvedAt ? (
                      <Badge variant="light" color="gray" title={`Resolved ${formatInstant(error.resolvedAt)}`}>Resolved</Badge>
                    ) : (
                      <Badge variant="light" color="red">Failing</Badge>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {pages > 1 && <Pagination total={pages} value={page} onChange={(next) => setFilter({ page: next })} getControlProps={(control) => ({ 'aria-label': `${control} page` })} />}
    </Stack>
  );
}
