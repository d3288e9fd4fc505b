import { useState } from 'react';
import { Anchor, Badge, Group, Select, Skeleton, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { RetryPanel } from '../errors/retry-panel.tsx';
import { formatInstant } from '../format/format.ts';
import { useUserDirectory } from '../users/use-user-directory.ts';
import { versionsQuery } from './library-queries.ts';
import type { PlaybookDetail, PlaybookVersion } from './library-types.ts';
import { PlaybookDiffView } from './playbook-diff.tsx';

/** Every published version with its changelog, newest first, and a diff between any two. */
export function PlaybookVersions({ playbook, shownVersion }: { playbook: PlaybookDetail; shownVersion?: number }) {
  const versions = useQuery(versionsQuery(playbook.id));
  const { byId: users } = useUserDirectory();
  const [pair, setPair] = useState<{ from?: number; to?: number }>({});

  if (versions.isPending) return <Skeleton height={160} />;
  if (versions.isError) return <RetryPanel error={versions.error} onRetry={() => versions.refetch()} />;
  const list = versions.data.versions.filter((version): version is PlaybookVersion => version !== null);
  if (list.length === 0) return <Text c="dimmed">Nothing is published yet.</Text>;

  const numbers = list.map((version) => version.number);
  const to = pair.to ?? numbers[0]!;
  const from = pair.from ?? numbers.find((n) => n < to) ?? to;
  const choices = numbers.map((n) => ({ value: String(n), label: `Version ${n}` }));

  return (
    <Stack gap="lg">
      <Stack component="ol" gap="sm" aria-label="Versions" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {list.map((version) => (
          <li key={version.number}>
            <Group gap={6} wrap="wrap">
              <Anchor component={Link} to={`/library/${playbook.id}?version=${version.number}&tab=versions`} fw={600} aria-current={version.number === shownVersion ? 'page' : undefined}>
                Version {version.number}
              </Anchor>
              {version.number === playbook.activeVersion && <Badge size="sm" color="green" variant="light">In use</Badge>}
              {playbook.pilot?.version === version.number && <Badge size="sm" color="grape" variant="light">Piloted</Badge>}
              {version.number === shownVersion && <Badge size="sm" variant="outline">Shown</Badge>}
            </Group>
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>{version.changelog}</Text>
            <Text size="xs" c="dimmed">
              {formatInstant(version.publishedAt)} · {version.publishedBy ? (users.get(version.publishedBy)?.name ?? 'someone') : 'the system'}
            </Text>
          </li>
        ))}
      </Stack>
      {list.length > 1 && (
        <Stack gap="sm">
          <Group gap="sm" align="flex-end">
            <Select label="Compare version" data={choices} value={String(from)} onChange={(value) => value && setPair({ from: Number(value), to })} allowDeselect={false} w={150} />
            <Select label="with version" data={choices} value={String(to)} onChange={(value) => value && setPair({ from, to: Number(value) })} allowDeselect={false} w={150} />
          </Group>
          {from === to ? <Text size="sm" c="dimmed">Pick two different versions to see what changed.</Text> : <PlaybookDiffView playbookId={playbook.id} from={from} to={to} />}
        </Stack>
      )}
    </Stack>
  );
}
