import { Alert, Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { Link } from 'react-router';
import { PlaybookDiffView } from '../library/playbook-diff.tsx';
import type { Published } from './publish-dialog.tsx';

/** After publishing: the new version, what happened to plays under way, and its diff against the previous one. */
export function PublishResult({ playbookId, result }: { playbookId: string; result: Published }) {
  const version = result.version!;
  const migrated = result.inFlight?.mode === 'migrate';
  return (
    <Alert color="green" variant="light" icon={<IconCircleCheck aria-hidden />} title={`Published version ${version.number}`} data-testid="publish-result">
      <Stack gap="sm">
        <Group gap="xs">
          <Badge variant="light">{result.playbook.status}</Badge>
          <Text size="sm">{version.changelog}</Text>
        </Group>
        <Text size="sm">
          {migrated ? `${result.inFlight!.migrated} play${result.inFlight!.migrated === 1 ? '' : 's'} under way moved to the new version.` : 'Plays under way stay on the version they started with.'}
        </Text>
        <Anchor component={Link} to={`/library/${playbookId}?version=${version.number}`} size="sm">
          Open version {version.number} in the library
        </Anchor>
        {version.number > 1 && <PlaybookDiffView playbookId={playbookId} from={version.number - 1} to={version.number} />}
      </Stack>
    </Alert>
  );
}
