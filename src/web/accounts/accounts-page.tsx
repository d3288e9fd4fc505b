import { useEffect } from 'react';
import { Button, Group, Pagination, Select, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { IconX } from '@tabler/icons-react';
import { useSearchParams } from 'react-router';
import { RetryPanel } from '../errors/retry-panel.tsx';
import { useUserDirectory } from '../users/use-user-directory.ts';
import { accountListQuery } from './account-queries.ts';
import { AccountsFilters } from './accounts-filters.tsx';
import { AccountsTable } from './accounts-table.tsx';
import { FILTER_KEYS, PAGE_SIZES, hasFilters, nextSort, readAccountListParams, withAccountListChange } from './account-list-params.ts';

const count = new Intl.NumberFormat('en-US');

export function AccountsPage() {
  useDocumentTitle('Accounts · Playmaker');
  const [params, setParams] = useSearchParams();
  const query = readAccountListParams(params);
  const queryClient = useQueryClient();
  const { byId: owners } = useUserDirectory();
  const accounts = useQuery({ ...accountListQuery(query), placeholderData: keepPreviousData });

  const page = accounts.data?.page;
  const pageCount = page ? Math.max(1, Math.ceil(page.total / page.pageSize)) : 1;
  // From the address bar as it is when the click lands, not as it was at the last render (which is
  // what useSearchParams hands back): a quick second click must not revive a filter just cleared.
  const change = (patch: Parameters<typeof withAccountListChange>[1]) =>
    setParams(withAccountListChange(new URLSearchParams(window.location.search), patch), { replace: !('page' in patch) });

  const clearFilters = () => change(Object.fromEntries(FILTER_KEYS.map((key) => [key, null])));

  // The next page is usually the next click: have it ready.
  useEffect(() => {
    if (page && query.page < pageCount) {
      void queryClient.prefetchQuery(accountListQuery({ ...query, page: query.page + 1 }));
    }
  }, [page, pageCount, queryClient, params.toString()]);

  const first = page ? (page.page - 1) * page.pageSize + 1 : 0;
  const last = page ? Math.min(page.page * page.pageSize, page.total) : 0;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="baseline">
        <Title order={1}>Accounts</Title>
        <Group gap="sm">
          {page && <Text c="dimmed" aria-live="polite">{count.format(page.total)} {page.total === 1 ? 'account' : 'accounts'}</Text>}
          {hasFilters(query) && (
            <Button variant="subtle" size="compact-sm" leftSection={<IconX size={14} aria-hidden />} onClick={clearFilters}>
              Clear filters
            </Button>
          )}
        </Group>
      </Group>
      <AccountsFilters query={query} onChange={change} />
      {accounts.isError && !accounts.data ? (
        <RetryPanel error={accounts.error} onRetry={() => accounts.refetch()} />
      ) : (
        <>
          {accounts.isError && <RetryPanel error={accounts.error} onRetry={() => accounts.refetch()} />}
          <AccountsTable
            accounts={accounts.data?.data}
            owners={owners}
            sort={query.sort}
            onSort={(field) => change({ sort: nextSort(query.sort, field) })}
            busy={accounts.isFetching}
            pageSize={query.pageSize}
          />
          {page && page.total === 0 && (
            <Stack align="center" gap="xs" py="xl">
              <Text fw={500}>{hasFilters(query) ? 'No accounts match these filters.' : 'No accounts yet.'}</Text>
              {hasFilters(query) && (
                <Button variant="light" onClick={clearFilters}>Clear filters</Button>
              )}
            </Stack>
          )}
          {page && page.total > 0 && (
            <Group justify="space-between" gap="sm">
              <Text size="sm" c="dimmed">
                Showing {count.format(first)}–{count.format(last)} of {count.format(page.total)}
              </Text>
              <Group gap="sm">
                <Select
                  aria-label="Accounts per page"
                  data={PAGE_SIZES.map((size) => ({ value: String(size), label: `${size} per page` }))}
                  value={String(query.pageSize)}
                  onChange={(value) => change({ pageSize: value })}
                  allowDeselect={false}
                  w={140}
                  size="xs"
                />
                <Pagination
                  total={pageCount}
                  value={query.page}
                  onChange={(value) => change({ page: value })}
                  size="sm"
                  siblings={1}
                  getControlProps={(control) => ({ 'aria-label': `${control} page` })}
                  getItemProps={(item) => ({ 'aria-label': `Page ${item}`, 'aria-current': item === query.page ? 'page' : undefined })}
                />
              </Group>
            </Group>
          )}
        </>
      )}
    </Stack>
  );
}
