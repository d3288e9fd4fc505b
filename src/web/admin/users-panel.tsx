import { useState } from 'react';
import { Badge, Button, Group, Select, Skeleton, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { IconUserPlus } from '@tabler/icons-react';
import { ROLES } from '../../core/auth/permissions.ts';
import type { Role } from '../../core/auth/permissions.ts';
import { api } from '../api/client.ts';
import type { User } from '../api/types.ts';
import type { components } from '../api/schema';
import { describeError } from '../errors/describe-error.ts';
import { RetryPanel } from '../errors/retry-panel.tsx';
import { titleCase } from '../format/format.ts';
import { useCurrentUser } from '../session/current-user.tsx';
import { userDirectoryQuery } from '../users/use-user-directory.ts';
import { NewUserDialog } from './new-user-dialog.tsx';

type UserPatch = components['schemas']['UserPatch'];

/** Everyone on the team: change a role, deactivate or reactivate, add a person. */
export function UsersPanel() {
  const me = useCurrentUser();
  const queryClient = useQueryClient();
  const users = useQuery(userDirectoryQuery());
  const [adding, addDialog] = useDisclosure(false);
  const [busy, setBusy] = useState<string | null>(null);

  const change = async (user: User, patch: UserPatch, done: string) => {
    setBusy(user.id);
    try {
      await api.PATCH('/api/users/{id}', { params: { path: { id: user.id } }, body: patch });
      await queryClient.invalidateQueries({ queryKey: userDirectoryQuery().queryKey });
      notifications.show({ color: 'green', message: done });
    } catch (error) {
      const { title, message } = describeError(error);
      notifications.show({ color: 'red', title, message });
    } finally {
      setBusy(null);
    }
  };

  if (users.isPending) return <Skeleton height={240} />;
  if (users.isError) return <RetryPanel error={users.error} onRetry={() => users.refetch()} />;
  const list = users.data.data;

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {list.filter((u) => u.active).length} active of {list.length}. Roles decide what each person may do; you cannot change your own.
        </Text>
        <Button leftSection={<IconUserPlus size={16} aria-hidden />} onClick={addDialog.open}>
          Add person
        </Button>
      </Group>
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing="xs" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Email</Table.Th>
              <Table.Th>Role</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.map((user) => {
              const self = user.id === me.id;
              return (
                <Table.Tr key={user.id}>
                  <Table.Td>{user.name}</Table.Td>
                  <Table.Td>{user.email}</Table.Td>
                  <Table.Td>
                    <Select
                      aria-label={`Role of ${user.name}`}
                      size="xs"
                      w={130}
                      allowDeselect={false}
                      disabled={self || busy === user.id}
                      value={user.role}
                      data={ROLES.map((r) => ({ value: r, label: titleCase(r) }))}
                      onChange={(role) => role && role !== user.role && void change(user, { role: role as Role }, `${user.name} is now ${titleCase(role)}`)}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={user.active ? 'green' : 'gray'}>{user.active ? 'Active' : 'Deactivated'}</Badge>
                  </Table.Td>
                  <Table.Td>
                    {!self && (
                      <Button
                        size="xs"
                        variant="subtle"
                        color={user.active ? 'red' : undefined}
                        loading={busy === user.id}
                        onClick={() => void change(user, { active: !user.active }, `${user.name} ${user.active ? 'deactivated: they can no longer sign in' : 'reactivated'}`)}
                        aria-label={`${user.active ? 'Deactivate' : 'Reactivate'} ${user.name}`}
                      >
                        {user.active ? 'Deactivate' : 'Reactivate'}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {adding && <NewUserDialog opened={adding} onClose={addDialog.close} users={list} />}
    </Stack>
  );
}
