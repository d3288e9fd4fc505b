import { TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { PlayStep } from './today-queries.ts';
import { StepDialog } from './step-dialog.tsx';
import type { WorklistChange } from './use-step-transition.ts';

/** "Done", with what came of it: both fields are optional. */
export function CompleteDialog({ step, change, onClose }: { step: PlayStep; change: WorklistChange; onClose: () => void }) {
  const form = useForm({ mode: 'controlled', initialValues: { outcome: '', notes: '' } });
  return (
    <StepDialog
      title={`Complete “${step.title}”`}
      form={form}
      submitLabel="Mark done"
      onClose={onClose}
      save={(values) =>
        change.submit(step, {
          type: 'complete',
          body: { ...(values.outcome.trim() ? { outcome: values.outcome } : {}), ...(values.notes.trim() ? { notes: values.notes } : {}) },
        })
      }
    >
      <TextInput label="Outcome" placeholder="Customer agreed to a call" data-autofocus {...form.getInputProps('outcome')} />
      <Textarea label="Notes" autosize minRows={3} {...form.getInputProps('notes')} />
    </StepDialog>
  );
}
