import { useState } from 'react';
import { Badge, Button, Group, Modal, Skeleton, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { IconKey } from '@tabler/icons-react';
import { api } from '../api/client.ts';
import type { components } from '../api/schema';
import { describeError } from '../errors/describe-error.ts';
import { RetryPanel } from '../errors/retry-panel.tsx';
import { formatInstant } from '../format/format.ts';
import { tokensQuery } from './admin-queries.ts';
import { NewTokenDialog, SCOPE_LABELS } from './new-token-dialog.tsx';
import { TokenSecret } from './token-secret.tsx';

type ApiToken = components['schemas']['ApiToken'];

function statusOf(token: ApiToken): { label: string; color: string } {
  if (token.revokedAt) return { label: 'Revoked', color: 'gray' };
  if (token.expiresAt && Date.parse(token.expiresAt) < Date.now()) return { label: 'Expired', color: 'gray' };
  return { label: 'Active', color: 'green' };
}

/** API tokens and write keys (tokens with the ingest scope): create, see when each was last used, revoke. */
export function TokensPanel() {
  const queryClient = useQueryClient();
  const tokens = useQuery(tokensQuery());
  const [creating, createDialog] = useDisclosure(false);
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  const revoke = useMutation({
    mutationFn: async (token: ApiToken) => api.DELETE('/api/tokens/{id}', { params: { path: { id: token.id } } }),
    onSuccess: async (_, token) => {
      setRevoking(null);
      await queryClient.invalidateQueries({ queryKey: tokensQuery().queryKey });
      notifications.show({ color: 'green', message: `Revoked ${token.name}: it no longer works` });
    },
  });

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          Write keys are tokens with the Ingest scope, for sending events and data in. A token is shown once, when it is created.
        </Text>
        <Button leftSection={<IconKey size={16} aria-hidden />} onClick={createDialog.open}>
          Create token
        </Button>
      </Group>
      {created && <TokenSecret name={created.name} token={created.token} onDone={() => setCreated(null)} />}
      {tokens.isPending && <Skeleton height={200} />}
      {tokens.isError && <RetryPanel error={tokens.error} onRetry={() => tokens.refetch()} />}
      {tokens.data && tokens.data.data.length === 0 && <Text size="sm">No tokens yet.</Text>}
      {tokens.data && tokens.data.data.length > 0 && (
        <Table.ScrollContainer minWidth={720}>
          <Table verticalSpacing="xs" striped data-testid="tokens-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Scopes</Table.Th>
                <Table.Th>Starts with</Table.Th>
                <Table.Th>Created</Table.Th>
                <Table.Th>Last used</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {tokens.data.data.map((token) => {
                const status = statusOf(token);
                return (
                  <Table.Tr key={token.id}>
                    <Table.Td>{token.name}</Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        {token.scopes.map((scope) => (
                          <Badge key={scope} variant="light" size="sm">{SCOPE_LABELS[scope].label}</Badge>
                        ))}
                      </Group>
                    </Table.Td>
                    <Table.Td ff="monospace">{token.prefix}…</Table.Td>
                    <Table.Td>{formatInstant(token.createdAt)}</Table.Td>
                    <Table.Td>{token.lastUsedAt ? formatInstant(token.lastUsedAt) : 'Never'}</Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={status.color}>{status.label}</Badge>
                    </Table.Td>
                    <Table.Td>
                      {!token.revokedAt && (
                        <Button size="xs" variant="subtle" color="red" onClick={() => setRevoking(token)} aria-label={`Revoke ${token.name}`}>
                          Revoke
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {creating && (
        <NewTokenDialog
          opened={creating}
          onClose={createDialog.close}
          onCreated={(token) => {
            createDialog.close();
            setCreated(token);
          }}
        />
      )}
      <Modal opened={revoking !== null} onClose={() => setRevoking(null)} title="Revoke this token?">
        <Stack gap="sm">
          <Text size="sm">Anything using “{revoking?.name}” stops working at once. This cannot be undone.</Text>
          {revoke.error && <Text size="sm" c="red.8" role="alert">{describeError(revoke.error).message}</Text>}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setRevoking(null)}>Cancel</Button>
            <Button color="red" loading={revoke.isPending} onClick={() => revoking && revoke.mutate(revoking)}>
              Revoke
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
