import { useEffect, useRef } from 'react';
import { Anchor, Badge, Group, Paper, Stack, Text, VisuallyHidden } from '@mantine/core';
import { IconCalendarEvent, IconChecklist, IconGitBranch, IconMail, IconPhone, IconFlag } from '@tabler/icons-react';
import type { Icon } from '@tabler/icons-react';
import { Link } from 'react-router';
import { daysBetween } from '../../core/conditions/dates.ts';
import { formatDay, relativeDays, titleCase } from '../format/format.ts';
import { StepActions } from './step-actions.tsx';
import { StepChecklist } from './step-checklist.tsx';
import { StepDraft } from './step-draft.tsx';
import type { PlayStep } from './today-queries.ts';
import type { WorklistChange } from './use-step-transition.ts';

const KIND_ICONS: Record<string, Icon> = { email: IconMail, call: IconPhone, meeting: IconCalendarEvent, decision: IconGitBranch, milestone: IconFlag };

/** When the step is due, said the way a person plans a day; `today` is the server's. */
function DueLabel({ step, today }: { step: PlayStep; today: string }) {
  if (step.state === 'snoozed' && step.snoozedUntil) return <Badge variant="outline" color="gray">Snoozed until {formatDay(step.snoozedUntil)}</Badge>;
  if (step.overdue) return <Badge color="red" variant="filled">Overdue {step.daysOverdue} {step.daysOverdue === 1 ? 'day' : 'days'}</Badge>;
  if (!step.dueOn) return <Text size="sm" c="dimmed">No due day</Text>;
  const days = daysBetween(today, step.dueOn);
  return <Text size="sm" c="dimmed">Due {days === 0 ? 'today' : `${formatDay(step.dueOn)} (${relativeDays(days)})`}</Text>;
}

export function StepCard({ step, today, change, showOwner, justOpened }: { step: PlayStep; today: string; change: WorklistChange; showOwner: boolean; justOpened: boolean }) {
  const KindIcon = KIND_ICONS[step.kind] ?? IconChecklist;
  const ref = useRef<HTMLElement>(null);
  // The step a change just opened takes the focus, so keyboard users land on what comes next.
  useEffect(() => {
    if (justOpened) ref.current?.focus();
  }, [justOpened]);

  return (
    <Paper
      ref={ref}
      component="article"
      withBorder
      p="sm"
      radius="sm"
      tabIndex={-1}
      data-step-id={step.id}
      aria-labelledby={`step-title-${step.id}`}
      style={justOpened ? { borderColor: 'var(--mantine-color-blue-6)' } : undefined}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
            <KindIcon size={18} aria-hidden style={{ flexShrink: 0 }} />
            <Text id={`step-title-${step.id}`} fw={600} style={{ overflowWrap: 'anywhere' }}>{step.title}</Text>
          </Group>
          <Group gap="xs">
            {justOpened && <Badge color="blue" variant="light">New</Badge>}
            <Badge variant="default"><VisuallyHidden>Kind: </VisuallyHidden>{titleCase(step.kind)}</Badge>
            <DueLabel step={step} today={today} />
          </Group>
        </Group>
        {(showOwner || step.description || step.uses.length > 0) && (
          <Stack gap={4}>
            {showOwner && <Text size="sm">Owner: {step.ownerName ?? 'nobody'}</Text>}
            {step.description && <Text size="sm" c="dimmed">{step.description}</Text>}
            {step.uses.length > 0 && (
              <Text size="sm">
                Uses:{' '}
                {step.uses.map((id, i) => (
                  <span key={id}>{i > 0 && ', '}<Anchor component={Link} to={`/library/${id}`} size="sm">{id}</Anchor></span>
                ))}
              </Text>
            )}
          </Stack>
        )}
        <StepDraft step={step} />
        <StepChecklist step={step} canTick={step.state === 'open'} />
        <StepActions step={step} today={today} change={change} />
      </Stack>
    </Paper>
  );
}
