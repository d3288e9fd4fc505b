import { Anchor, Button, Code, Group, Stack, Table, Text } from '@mantine/core';
import { IconPlayerPlay } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api } from '../api/client.ts';
import { toApiError } from '../api/api-error.ts';
import type { components } from '../api/schema';
import { RetryPanel } from '../errors/retry-panel.tsx';

type PreviewAccount = components['schemas']['Preview']['accounts'][number];

const SHOWN = 50;

/** Why an account matched: the signal values the trigger read, or the occurrence that fired it. */
function reasons(account: PreviewAccount): [string, string][] {
  if (account.values) return Object.entries(account.values).map(([signal, value]) => [signal, value ?? 'no value']);
  return Object.entries(account.detail ?? {})
    .filter(([key]) => key !== 'key')
    .map(([key, value]) => [key, typeof value === 'string' ? value : JSON.stringify(value)]);
}

/**
 * A dry run of the trigger as it is written now (not as published): the accounts matching at
 * this moment and the values that made each match. Nothing is started or stored.
 */
export function TriggerDryRun({ source, hasErrors }: { source: string; hasErrors: boolean }) {
  const run = useMutation({
    mutationFn: async (text: string) => (await api.POST('/api/engine/preview', { body: { source: text, limit: SHOWN, offset: 0 } })).data!,
  });
  const error = run.error ? toApiError(run.error) : null;

  return (
    <Stack gap="sm">
      <Text size="sm">Which accounts the trigger in the editor would match right now, and why. Nothing is started.</Text>
      <Group>
        <Button leftSection={<IconPlayerPlay size={16} aria-hidden />} onClick={() => run.mutate(source)} loading={run.isPending} disabled={hasErrors} variant="light">
          Dry run trigger
        </Button>
        {hasErrors && <Text size="sm" c="dimmed">Fix the errors first.</Text>}
      </Group>
      {error &&
        (error.code === 'no_trigger' || error.code === 'lint_failed' || error.code === 'invalid_condition' ? (
          <Text size="sm" c="red.8" role="alert">{error.message.split('\n')[0]}</Text>
        ) : (
          <RetryPanel error={error} onRetry={() => run.mutate(source)} />
        ))}
      {run.data && !error && (
        <Stack gap="xs" data-testid="dry-run-result">
          <Text fw={600} role="status">
            {run.data.total} account{run.data.total === 1 ? '' : 's'} match{run.data.total === 1 ? 'es' : ''} now ({run.data.kind} trigger)
            {run.data.total > run.data.accounts.length ? `, the first ${run.data.accounts.length} shown` : ''}
          </Text>
          {run.data.accounts.length > 0 && (
            <Table.ScrollContainer minWidth={360}>
              <Table verticalSpacing={4} fz="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Account</Table.Th>
                    <Table.Th>Why it matches</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {run.data.accounts.map((account) => (
                    <Table.Tr key={`${account.id}-${String(account.detail?.key ?? '')}`}>
                      <Table.Td>
                        <Anchor component={Link} to={`/accounts/${account.id}`} size="sm">{account.name}</Anchor>
                      </Table.Td>
                      <Table.Td>
                        {reasons(account).map(([signal, value]) => (
                          <Text key={signal} size="xs">
                            <Code>{signal}</Code> = {value}
                          </Text>
                        ))}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Stack>
      )}
    </Stack>
  );
}
