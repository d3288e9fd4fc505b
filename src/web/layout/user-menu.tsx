import { Avatar, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconLogout } from '@tabler/icons-react';
import { useCurrentUser } from '../session/current-user.tsx';
import { useSignOut } from '../session/use-sign-out.ts';

export function UserMenu() {
  const user = useCurrentUser();
  const signOut = useSignOut();
  return (
    <Menu position="bottom-end" width={220} withinPortal>
      <Menu.Target>
        <UnstyledButton aria-label={`Account menu for ${user.name}`} p={4} style={{ borderRadius: 'var(--mantine-radius-md)' }}>
          <Group gap={6} wrap="nowrap">
            {/* No initials: text in the button that is not in its label confuses voice control. */}
            <Avatar size="sm" radius="xl" color="blue" aria-hidden />
            <Text size="sm" fw={500} visibleFrom="sm">{user.name}</Text>
            <IconChevronDown size={14} aria-hidden />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          {user.email} · {user.role}
        </Menu.Label>
        <Menu.Item leftSection={<IconLogout size={16} aria-hidden />} onClick={() => void signOut()}>
          Sign out
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
