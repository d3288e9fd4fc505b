import { Anchor, Badge, Breadcrumbs, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconFileText, IconPencil } from '@tabler/icons-react';
import { Link } from 'react-router';
import { titleCase } from '../format/format.ts';
import { useCan } from '../session/current-user.tsx';
import type { PlaybookContent, PlaybookDetail } from './library-types.ts';
import { KindBadge, StatusBadge } from './playbook-badges.tsx';

function versionLine(playbook: PlaybookDetail): string {
  const shown = playbook.version?.number;
  const parts = [shown ? `Showing version ${shown}` : 'Not published yet'];
  if (playbook.activeVersion) parts.push(`version ${playbook.activeVersion} in use`);
  if (playbook.currentVersion && playbook.currentVersion !== playbook.activeVersion) parts.push(`latest ${playbook.currentVersion}`);
  return parts.join(' · ');
}

export function PlaybookHeader({ playbook, content }: { playbook: PlaybookDetail; content: PlaybookContent }) {
  const canManage = useCan('playbooks:manage');
  const version = playbook.version?.number;
  const tags = [...(content.lifecycle ?? []), ...(content.segments ?? []), ...(content.touch_models ?? []).map((model) => `${model} touch`)];
  return (
    <Stack gap="xs">
      <Breadcrumbs aria-label="Breadcrumb" className="no-print">
        <Anchor component={Link} to="/library" size="sm">Library</Anchor>
        <Text size="sm" aria-current="page" style={{ overflowWrap: 'anywhere' }}>{content.title}</Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Title order={1} style={{ overflowWrap: 'anywhere' }}>{content.title}</Title>
          <Group gap={6} wrap="wrap">
            <KindBadge kind={content.kind} />
            <StatusBadge status={playbook.status} />
            <Badge variant="default">{titleCase(content.category)}</Badge>
            {tags.map((tag) => <Badge key={tag} variant="default" color="gray" tt="none">{titleCase(tag)}</Badge>)}
          </Group>
          <Text size="sm" c="dimmed">{versionLine(playbook)} · maintained by {content.owner}</Text>
        </Stack>
        <Group gap="xs" className="no-print">
          <Button component={Link} to={`/library/${playbook.id}/quick-reference${version ? `?version=${version}` : ''}`} variant="light" leftSection={<IconFileText size={16} aria-hidden />}>
            Quick reference
          </Button>
          {canManage && (
            <Button component={Link} to={`/library/${playbook.id}/edit`} variant="default" leftSection={<IconPencil size={16} aria-hidden />}>
              Edit draft
            </Button>
          )}
        </Group>
      </Group>
    </Stack>
  );
}
