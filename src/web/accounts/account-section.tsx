import type { ReactNode } from 'react';
import { Card, Group, Skeleton, Stack, Title } from '@mantine/core';
import { RetryPanel } from '../errors/retry-panel.tsx';

interface SectionQuery {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  refetch: () => unknown;
}

/** A panel of the account page: a titled region that shows its query's loading and failure states itself. */
export function AccountSection({ id, title, query, skeletonHeight = 80, action, children, testId }: {
  id: string;
  title: string;
  query: SectionQuery;
  skeletonHeight?: number;
  /** Beside the title: a button or a picker. */
  action?: ReactNode;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <Card withBorder component="section" aria-labelledby={`${id}-title`} data-testid={testId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-end" gap="xs">
          <Title order={2} size="h4" id={`${id}-title`}>{title}</Title>
          {action}
        </Group>
        {query.isPending && <Skeleton height={skeletonHeight} />}
        {query.isError && <RetryPanel error={query.error} onRetry={() => query.refetch()} />}
        {children}
      </Stack>
    </Card>
  );
}
