import { NumberInput, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { addDays } from '../../core/conditions/dates.ts';
import { formatDay } from '../format/format.ts';
import type { PlayStep } from './today-queries.ts';
import { StepDialog } from './step-dialog.tsx';
import type { WorklistChange } from './use-step-transition.ts';

/** Snooze for a chosen number of days, counted from the server's today (the worklist's `today`). */
export function SnoozeDialog({ step, today, change, onClose }: { step: PlayStep; today: string; change: WorklistChange; onClose: () => void }) {
  const form = useForm<{ days: number | string }>({
    mode: 'controlled',
    initialValues: { days: 3 },
    validate: { days: (days) => (Number.isInteger(Number(days)) && Number(days) >= 1 ? null : 'Pick a whole number of days, 1 or more') },
  });
  const days = Number(form.values.days);
  const until = Number.isInteger(days) && days >= 1 ? addDays(today, days) : null;
  return (
    <StepDialog
      title={`Snooze “${step.title}”`}
      form={form}
      submitLabel="Snooze"
      onClose={onClose}
      save={(values) => change.submit(step, { type: 'snooze', body: { until: addDays(today, Number(values.days)) } })}
    >
      <NumberInput label="Days" min={1} max={365} allowDecimal={false} allowNegative={false} data-autofocus {...form.getInputProps('days')} />
      <Text size="sm" c="dimmed" aria-live="polite">{until ? `Back on your list on ${formatDay(until)}.` : ' '}</Text>
    </StepDialog>
  );
}
