import { Anchor, Breadcrumbs, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { Account } from '../api/types.ts';
import { LifecycleBadge, TouchModelBadge } from './account-badges.tsx';

export function AccountHeader({ account, onEdit }: { account: Account; onEdit?: () => void }) {
  return (
    <Stack gap="xs">
      <Breadcrumbs aria-label="Breadcrumb" className="no-print">
        <Anchor component={Link} to="/accounts" size="sm">Accounts</Anchor>
        <Text size="sm" aria-current="page">{account.name}</Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Title order={1} style={{ overflowWrap: 'anywhere' }}>{account.name}</Title>
          <Group gap="xs">
            {account.domain && <Text size="sm" c="dimmed">{account.domain}</Text>}
            <LifecycleBadge stage={account.lifecycleStage} />
            <TouchModelBadge touchModel={account.touchModel} />
          </Group>
        </Stack>
        {onEdit && (
          <Button variant="default" leftSection={<IconPencil size={16} aria-hidden />} onClick={onEdit} className="no-print">
            Edit
          </Button>
        )}
      </Group>
    </Stack>
  );
}
