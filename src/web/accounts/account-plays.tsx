import { Accordion, Anchor, Badge, Box, Button, Card, Group, List, Stack, Text, ThemeIcon, Title, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlayerPlay, IconSquare, IconSquareCheck } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { paths } from '../api/schema';
import { formatDay, titleCase } from '../format/format.ts';
import { accountPlaysQuery } from './account-queries.ts';
import { AccountSection } from './account-section.tsx';
import { StartPlaybookDialog, playAnchor } from './start-playbook-dialog.tsx';

type Play = paths['/api/accounts/{id}/plays']['get']['responses'][200]['content']['application/json']['data'][number];
type Step = Play['steps'][number];

const STEP_COLORS: Record<Step['state'], string> = { pending: 'gray', open: 'blue', snoozed: 'grape', done: 'green', skipped: 'yellow', cancelled: 'gray' };
const OUTCOME_COLORS: Record<string, string> = { success: 'green', failure: 'red', abandoned: 'gray' };

function StepRow({ step }: { step: Step }) {
  const done = step.checklist.filter((item) => item.done).length;
  return (
    <Box component="li">
      <Group gap={6} wrap="wrap">
        <Badge size="xs" variant="light" color={STEP_COLORS[step.state]}>{titleCase(step.state)}</Badge>
        <Text size="sm" fw={500} td={step.state === 'cancelled' ? 'line-through' : undefined}>{step.title}</Text>
      </Group>
      <Text size="xs" c="dimmed">
        {[
          step.ownerName ?? (step.ownerId ? 'Assigned' : `Unassigned (${step.ownerRole})`),
          step.dueOn ? `due ${formatDay(step.dueOn)}` : null,
          step.state === 'snoozed' && step.snoozedUntil ? `snoozed until ${formatDay(step.snoozedUntil)}` : null,
          step.skipReason ? `skipped: ${step.skipReason}` : null,
          step.answer ? `answer: ${step.answer}` : null,
        ].filter(Boolean).join(' · ')}
        {step.overdue && <Text span c="red.8" fw={600}> · {step.daysOverdue} {step.daysOverdue === 1 ? 'day' : 'days'} overdue</Text>}
      </Text>
      {step.checklist.length > 0 && (
        <List size="xs" spacing={0} mt={2} listStyleType="none" aria-label={`Checklist of ${step.title}: ${done} of ${step.checklist.length} done`}>
          {step.checklist.map((item, i) => (
            <List.Item
              key={i}
              icon={
                <ThemeIcon size={14} variant="transparent" color={item.done ? 'green.8' : 'gray.7'}>
                  {item.done ? <IconSquareCheck size={14} aria-hidden /> : <IconSquare size={14} aria-hidden />}
                </ThemeIcon>
              }
            >
              <VisuallyHidden>{item.done ? 'Done: ' : 'To do: '}</VisuallyHidden>
              {item.text}
            </List.Item>
          ))}
        </List>
      )}
    </Box>
  );
}

function PlayHeader({ play }: { play: Play }) {
  return (
    <Group gap={6} wrap="wrap">
      <Text fw={600}>{play.playbookTitle}</Text>
      <Text size="xs" c="dimmed">v{play.version}</Text>
      {play.status === 'open' ? <Badge size="sm" color="blue" variant="light">Open</Badge> : null}
      {play.outcome && <Badge size="sm" color={OUTCOME_COLORS[play.outcome] ?? 'gray'} variant="light">{titleCase(play.outcome)}</Badge>}
      {play.control && <Badge size="sm" color="gray" variant="outline">Control</Badge>}
    </Group>
  );
}

function PlayBody({ play }: { play: Play }) {
  return (
    <Stack gap="xs">
      <Text size="xs" c="dimmed">
        {[
          `Started ${formatDay(play.startedOn)} (${play.trigger.kind === 'manual' ? 'by hand' : play.trigger.kind})`,
          play.status === 'open' && play.successBy ? `success window ends ${formatDay(play.successBy)}` : null,
          play.closedAt ? `closed ${formatDay(play.closedAt.slice(0, 10))}` : null,
        ].filter(Boolean).join(' · ')}
      </Text>
      {play.outcomeReason && <Text size="sm">Reason: {play.outcomeReason}</Text>}
      {play.control && <Text size="sm" c="dimmed">Held out as a control: no steps, measured the same way.</Text>}
      {play.flowEnded && play.status === 'open' && <Text size="sm" c="dimmed">All steps are finished; waiting for the success criteria.</Text>}
      {play.steps.length > 0 && (
        <Stack gap={8} component="ol" p={0} m={0} style={{ listStyle: 'none' }} aria-label={`Steps of ${play.playbookTitle}`}>
          {play.steps.map((step) => <StepRow key={step.id} step={step} />)}
        </Stack>
      )}
      <Anchor component={Link} to={`/library/${play.playbookId}`} size="xs">About this playbook</Anchor>
    </Stack>
  );
}

/** Plays on the account: open ones in full, closed ones folded with their outcome; "Start a playbook" for people who may write. */
export function AccountPlays({ accountId, canStart }: { accountId: string; canStart: boolean }) {
  const plays = useQuery(accountPlaysQuery(accountId));
  const [starting, start] = useDisclosure(false);
  const all = plays.data?.data ?? [];
  const open = all.filter((p) => p.status === 'open');
  const closed = all.filter((p) => p.status === 'closed');

  return (
    <AccountSection
      id="plays"
      title="Plays"
      query={plays}
      testId="account-plays"
      action={
        canStart && (
          <Button size="compact-sm" variant="light" leftSection={<IconPlayerPlay size={14} aria-hidden />} onClick={start.open}>
            Start a playbook
          </Button>
        )
      }
    >
      {plays.isSuccess && !all.length && <Text size="sm" c="dimmed">No plays have run on this account.</Text>}
      {open.map((play) => (
        <Card key={play.id} id={playAnchor(play.id)} withBorder padding="sm" component="article" aria-label={`${play.playbookTitle}, open`} style={{ scrollMarginTop: 80 }}>
          <Stack gap="xs">
            <PlayHeader play={play} />
            <PlayBody play={play} />
          </Stack>
        </Card>
      ))}
      {closed.length > 0 && (
        <>
          <Title order={3} size="h6" c="dimmed" mt="xs">Closed</Title>
          <Accordion variant="separated" chevronPosition="right">
            {closed.map((play) => (
              <Accordion.Item key={play.id} value={play.id} id={playAnchor(play.id)}>
                <Accordion.Control aria-label={`${play.playbookTitle}, ${play.control ? 'control, ' : ''}${play.outcome ?? 'closed'}`}>
                  <PlayHeader play={play} />
                </Accordion.Control>
                <Accordion.Panel>
                  <PlayBody play={play} />
                </Accordion.Panel>
              </Accordion.Item>
            ))}
          </Accordion>
        </>
      )}
    {canStart && <StartPlaybookDialog accountId={accountId} opened={starting} onClose={start.close} />}
    </AccountSection>
  );
}
