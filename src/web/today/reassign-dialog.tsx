import { Select, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useUserDirectory } from '../users/use-user-directory.ts';
import type { PlayStep } from './today-queries.ts';
import { StepDialog } from './step-dialog.tsx';
import type { WorklistChange } from './use-step-transition.ts';

/** Hands a step to a colleague (a CSM away, a specialist's part): active people who can act on steps. */
export function ReassignDialog({ step, change, onClose }: { step: PlayStep; change: WorklistChange; onClose: () => void }) {
  const { users, isPending } = useUserDirectory();
  const people = users
    .filter((user) => user.active && user.role !== 'viewer' && user.id !== step.ownerId)
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((user) => ({ value: user.id, label: `${user.name} (${user.role === 'csm' ? 'CSM' : user.role})` }));
  const form = useForm({ mode: 'controlled', initialValues: { userId: '', notes: '' } });
  return (
    <StepDialog
      title={`Hand over “${step.title}”`}
      form={form}
      submitLabel="Hand over"
      onClose={onClose}
      save={(values) => change.submit(step, { type: 'reassign', body: { userId: values.userId, ...(values.notes.trim() ? { notes: values.notes } : {}) } })}
    >
      <Select label="To" placeholder={isPending ? 'Loading the team…' : 'Pick a colleague'} data={people} searchable required data-autofocus {...form.getInputProps('userId')} />
      <Textarea label="Notes" description="What they need to know: where things stand, who to talk to." autosize minRows={2} {...form.getInputProps('notes')} />
    </StepDialog>
  );
}
