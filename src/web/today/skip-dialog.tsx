import { Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { PlayStep } from './today-queries.ts';
import { StepDialog } from './step-dialog.tsx';
import type { WorklistChange } from './use-step-transition.ts';

/** Skipping needs a reason: the server says so beside the field when it is missing. */
export function SkipDialog({ step, change, onClose }: { step: PlayStep; change: WorklistChange; onClose: () => void }) {
  const form = useForm({ mode: 'controlled', initialValues: { reason: '', notes: '' } });
  return (
    <StepDialog
      title={`Skip “${step.title}”`}
      form={form}
      submitLabel="Skip step"
      onClose={onClose}
      save={(values) => change.submit(step, { type: 'skip', body: { reason: values.reason, ...(values.notes.trim() ? { notes: values.notes } : {}) } })}
    >
      <Textarea label="Reason" description="Why this step does not fit this account: your manager sees it when coaching." required autosize minRows={2} data-autofocus {...form.getInputProps('reason')} />
      <Textarea label="Notes" autosize minRows={2} {...form.getInputProps('notes')} />
    </StepDialog>
  );
}
