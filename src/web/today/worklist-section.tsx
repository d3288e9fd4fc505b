import { Anchor, Badge, Group, Paper, Skeleton, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { Link } from 'react-router';
import { RenewalDate } from '../accounts/renewal-cell.tsx';
import { formatDay } from '../format/format.ts';
import { groupSteps } from './group-steps.ts';
import { HealthTierBadge } from '../accounts/health-tier-badge.tsx';
import { StepCard } from './step-card.tsx';
import type { PlayStep } from './today-queries.ts';
import type { WorklistChange } from './use-step-transition.ts';

interface SectionProps {
  id: string;
  title: string;
  count: number;
  /** Undefined while the steps are still on their way (the count may already be known). */
  steps: PlayStep[] | undefined;
  empty: string;
  today: string;
  change: WorklistChange;
  showOwner: boolean;
  justOpened: ReadonlySet<string>;
}

/** One part of the day (overdue, due today, upcoming): its steps by account, then by play. */
export function WorklistSection({ id, title, count, steps, empty, today, change, showOwner, justOpened }: SectionProps) {
  const headingId = `worklist-${id}`;
  return (
    <Stack component="section" gap="sm" aria-labelledby={headingId} aria-busy={!steps}>
      <Group gap="xs" align="center">
        <Title order={2} size="h3" id={headingId}>{title}</Title>
        <Badge variant="light" color={id === 'overdue' && count > 0 ? 'red' : 'gray'}>{count}<VisuallyHidden>{count === 1 ? ' step' : ' steps'}</VisuallyHidden></Badge>
      </Group>
      {!steps && <Skeleton height={120} />}
      {steps?.length === 0 && <Text c="dimmed" size="sm">{empty}</Text>}
      {groupSteps(steps ?? []).map(({ account, plays }) => (
        <Paper key={account.id} withBorder radius="md" p={{ base: 'xs', sm: 'md' }} component="section" aria-label={`${title}: ${account.name}`}>
          <Stack gap="sm">
            <Group justify="space-between" gap="xs" align="baseline">
              <Anchor component={Link} to={`/accounts/${account.id}`} fw={700} size="lg" style={{ overflowWrap: 'anywhere' }}>{account.name}</Anchor>
              <Group gap="xs">
                <HealthTierBadge tier={account.healthTier} score={account.healthScore} />
                <Text size="sm">Renewal <RenewalDate day={account.renewalDate} /></Text>
              </Group>
            </Group>
            {plays.map(({ play, steps: playSteps }) => (
              <Stack key={play.id} gap="xs" data-play-id={play.id}>
                <Text size="sm">
                  <Anchor component={Link} to={`/library/${play.playbookId}`} size="sm" fw={600}>{play.playbookTitle}</Anchor>
                  <Text span size="sm" c="dimmed"> · play started {formatDay(play.startedOn)}</Text>
                </Text>
                {playSteps.map((step) => (
                  <StepCard key={step.id} step={step} today={today} change={change} showOwner={showOwner} justOpened={justOpened.has(step.id)} />
                ))}
              </Stack>
            ))}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
