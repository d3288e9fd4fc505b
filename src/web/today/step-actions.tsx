import { Suspense, lazy, useState } from 'react';
import { Button, Group, Menu, Text } from '@mantine/core';
import { IconCheck, IconChevronDown, IconClock, IconPlayerSkipForward, IconUserShare } from '@tabler/icons-react';
import { addDays } from '../../core/conditions/dates.ts';
import type { PlayStep } from './today-queries.ts';
import type { WorklistChange } from './use-step-transition.ts';

type Dialog = 'complete' | 'skip' | 'snooze' | 'reassign' | null;

// The dialogs (forms, modal, number input) are not needed to paint the list: they load right after it.
const CompleteDialog = lazy(() => import('./complete-dialog.tsx').then((m) => ({ default: m.CompleteDialog })));
const SkipDialog = lazy(() => import('./skip-dialog.tsx').then((m) => ({ default: m.SkipDialog })));
const SnoozeDialog = lazy(() => import('./snooze-dialog.tsx').then((m) => ({ default: m.SnoozeDialog })));
const ReassignDialog = lazy(() => import('./reassign-dialog.tsx').then((m) => ({ default: m.ReassignDialog })));

export function preloadStepDialogs(): void {
  void Promise.all([import('./complete-dialog.tsx'), import('./skip-dialog.tsx'), import('./snooze-dialog.tsx'), import('./reassign-dialog.tsx')]);
}

/** A decision's answers: choosing one completes the step and opens the branch it leads to. */
function DecisionAnswers({ step, change, busy }: { step: PlayStep; change: WorklistChange; busy: boolean }) {
  const decision = step.decision!;
  return (
    <Group gap="xs" role="group" aria-label={`Answers to: ${decision.question}`}>
      {decision.answers.map(({ answer, nextTitle }) => (
        <Button
          key={answer}
          size="sm"
          variant="light"
          disabled={busy}
          onClick={() => change.quick(step, { type: 'complete', body: { answer } })}
          title={nextTitle ? `Next: ${nextTitle}` : 'Ends the flow'}
        >
          {answer}
        </Button>
      ))}
    </Group>
  );
}

/** Done, skip and snooze, one click each, and handing over; the dialogs ask only what they must. */
export function StepActions({ step, today, change }: { step: PlayStep; today: string; change: WorklistChange }) {
  const [dialog, setDialog] = useState<Dialog>(null);
  const busy = change.pendingId === step.id;
  const close = () => setDialog(null);
  const snooze = (days: number) => change.quick(step, { type: 'snooze', body: { until: addDays(today, days) } });

  return (
    <>
      {step.decision && (
        <div>
          <Text size="sm" fw={600} mb={6}>{step.decision.question}</Text>
          <DecisionAnswers step={step} change={change} busy={busy} />
        </div>
      )}
      <Group gap="xs">
        {!step.decision && (
          <Button.Group>
            <Button size="sm" leftSection={<IconCheck size={16} aria-hidden />} loading={busy} onClick={() => change.quick(step, { type: 'complete', body: {} })} aria-label={`Done: ${step.title}`}>
              Done
            </Button>
            <Menu position="bottom-end">
              <Menu.Target>
                <Button size="sm" px={8} aria-label={`More ways to complete: ${step.title}`} disabled={busy}>
                  <IconChevronDown size={16} aria-hidden />
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item onClick={() => setDialog('complete')}>Done, with outcome or notes…</Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </Button.Group>
        )}
        {/* The server refuses to skip a decision: it must be answered. */}
        {!step.decision && (
          <Button size="sm" variant="default" leftSection={<IconPlayerSkipForward size={16} aria-hidden />} disabled={busy} onClick={() => setDialog('skip')} aria-label={`Skip: ${step.title}`}>
            Skip
          </Button>
        )}
        <Menu position="bottom-start">
          <Menu.Target>
            <Button size="sm" variant="default" leftSection={<IconClock size={16} aria-hidden />} rightSection={<IconChevronDown size={14} aria-hidden />} disabled={busy} aria-label={`Snooze: ${step.title}`}>
              Snooze
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item onClick={() => snooze(1)}>Until tomorrow</Menu.Item>
            <Menu.Item onClick={() => snooze(7)}>For a week</Menu.Item>
            <Menu.Item onClick={() => setDialog('snooze')}>Pick a number of days…</Menu.Item>
          </Menu.Dropdown>
        </Menu>
        <Button size="sm" variant="subtle" leftSection={<IconUserShare size={16} aria-hidden />} disabled={busy} onClick={() => setDialog('reassign')} aria-label={`Hand over: ${step.title}`}>
          Hand over
        </Button>
      </Group>
      <Suspense fallback={null}>
        {dialog === 'complete' && <CompleteDialog step={step} change={change} onClose={close} />}
        {dialog === 'skip' && <SkipDialog step={step} change={change} onClose={close} />}
        {dialog === 'snooze' && <SnoozeDialog step={step} today={today} change={change} onClose={close} />}
        {dialog === 'reassign' && <ReassignDialog step={step} change={change} onClose={close} />}
      </Suspense>
    </>
  );
}
