import { Badge, Button, Card, Group, Skeleton, Stack, Text, Timeline, Title } from '@mantine/core';
import {
  IconBuilding, IconDoorExit, IconFileCertificate, IconLifebuoy, IconMessage2, IconMoodSmile, IconPencil, IconPoint,
  IconPresentation, IconTrendingUp, IconUserMinus, IconUserPlus, IconUserStar,
} from '@tabler/icons-react';
import type { Icon } from '@tabler/icons-react';
import { $api } from '../api/client.ts';
import type { TimelineEvent } from '../api/types.ts';
import { RetryPanel } from '../errors/retry-panel.tsx';
import { formatInstant } from '../format/format.ts';
import { useUserDirectory } from '../users/use-user-directory.ts';

const PAGE_SIZE = 25;

interface EventStyle {
  icon: Icon;
  color: string;
  label: string;
}

// By exact type, then by the type's area (the part before the dot). Types nobody listed yet (plays,
// health changes) still show, with a plain dot and their area as the label.
const EVENT_STYLES: Record<string, EventStyle> = {
  'account.created': { icon: IconBuilding, color: 'blue', label: 'Account' },
  'account.updated': { icon: IconPencil, color: 'gray', label: 'Change' },
  'account.churned': { icon: IconDoorExit, color: 'red', label: 'Churned' },
  'contact.added': { icon: IconUserPlus, color: 'teal', label: 'Contact' },
  'contact.role_added': { icon: IconUserStar, color: 'violet', label: 'Contact' },
  'contact.left': { icon: IconUserMinus, color: 'red', label: 'Contact left' },
  contract: { icon: IconFileCertificate, color: 'green', label: 'Contract' },
  expansion: { icon: IconTrendingUp, color: 'teal', label: 'Expansion' },
  note: { icon: IconMessage2, color: 'blue', label: 'Note' },
  qbr: { icon: IconPresentation, color: 'indigo', label: 'QBR' },
  survey: { icon: IconMoodSmile, color: 'grape', label: 'Survey' },
  ticket: { icon: IconLifebuoy, color: 'orange', label: 'Ticket' },
};

function styleOf(event: TimelineEvent): EventStyle {
  const area = event.type.split('.')[0] ?? event.type;
  return EVENT_STYLES[event.type] ?? EVENT_STYLES[area] ?? { icon: IconPoint, color: 'gray', label: area };
}

/** What happened on the account, newest first, a page at a time. */
export function AccountTimeline({ accountId }: { accountId: string }) {
  const { byId: users } = useUserDirectory();
  const timeline = $api.useInfiniteQuery(
    'get',
    '/api/accounts/{id}/timeline',
    { params: { path: { id: accountId }, query: { pageSize: PAGE_SIZE } } },
    {
      pageParamName: 'page',
      initialPageParam: 1,
      getNextPageParam: (last) => (last.page.page * last.page.pageSize < last.page.total ? last.page.page + 1 : undefined),
    },
  );
  const events = timeline.data?.pages.flatMap((page) => page.data) ?? [];
  const total = timeline.data?.pages[0]?.page.total ?? 0;

  return (
    <Card withBorder component="section" aria-labelledby="timeline-title">
      <Stack gap="md">
        <Group justify="space-between">
          <Title order={2} size="h4" id="timeline-title">Timeline</Title>
          {total > 0 && <Text size="sm" c="dimmed">{total} {total === 1 ? 'event' : 'events'}</Text>}
        </Group>
        {timeline.isPending && <Skeleton height={120} />}
        {timeline.isError && <RetryPanel error={timeline.error} onRetry={() => timeline.refetch()} />}
        {timeline.isSuccess && !events.length && <Text size="sm" c="dimmed">Nothing has happened on this account yet.</Text>}
        {events.length > 0 && (
          <Timeline bulletSize={26} lineWidth={2} aria-label="Account timeline" data-testid="account-timeline">
            {events.map((event) => {
              const style = styleOf(event);
              const actor = event.actorId ? users.get(event.actorId)?.name : undefined;
              return (
                <Timeline.Item key={event.id} bullet={<style.icon size={14} aria-hidden />} color={style.color}>
                  <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>{event.summary}</Text>
                  <Group gap="xs" mt={2}>
                    <Badge size="xs" variant="light" color={style.color}>{style.label}</Badge>
                    <Text size="xs" c="dimmed" component="time" dateTime={event.occurredAt}>
                      {formatInstant(event.occurredAt)}
                      {actor ? ` · ${actor}` : ''}
                    </Text>
                  </Group>
                </Timeline.Item>
              );
            })}
          </Timeline>
        )}
        {timeline.hasNextPage && (
          <Button variant="subtle" onClick={() => timeline.fetchNextPage()} loading={timeline.isFetchingNextPage}>
            Show older events
          </Button>
        )}
      </Stack>
    </Card>
  );
}
