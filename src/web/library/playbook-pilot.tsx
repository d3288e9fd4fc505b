import { Badge, Card, Group, Text, Title } from '@mantine/core';
import { formatDay } from '../format/format.ts';
import { useUserDirectory } from '../users/use-user-directory.ts';
import type { PlaybookDetail } from './library-types.ts';

function pilotPhase(startsOn: string, endsOn: string, today = new Date().toISOString().slice(0, 10)) {
  if (today < startsOn) return { label: 'Starts soon', color: 'blue' };
  if (today > endsOn) return { label: 'Ended', color: 'gray' };
  return { label: 'Running', color: 'grape' };
}

/** Who pilots which version, and when: shown only while a pilot is set. */
export function PlaybookPilot({ playbook }: { playbook: PlaybookDetail }) {
  const { byId: users } = useUserDirectory();
  const pilot = playbook.pilot;
  if (!pilot) return null;
  const phase = pilotPhase(pilot.startsOn, pilot.endsOn);
  const names = pilot.userIds.map((id) => users.get(id)?.name ?? 'a former user');
  return (
    <Card withBorder padding="sm" component="section" aria-labelledby="pilot-heading">
      <Group justify="space-between" gap="xs">
        <Title order={2} size="h4" id="pilot-heading">Pilot</Title>
        <Badge color={phase.color} variant="light">{phase.label}</Badge>
      </Group>
      <Text size="sm" mt={4}>
        Version {pilot.version}, {formatDay(pilot.startsOn)} to {formatDay(pilot.endsOn)}
      </Text>
      <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
        {names.length === 1 ? 'Pilot CSM' : 'Pilot CSMs'}: {names.join(', ')}
      </Text>
    </Card>
  );
}
