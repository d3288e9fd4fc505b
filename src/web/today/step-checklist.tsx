import { Checkbox, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import { describeError } from '../errors/describe-error.ts';
import type { PlayStep, Worklist } from './today-queries.ts';
import { WORKLISTS_KEY } from './today-queries.ts';

function withItem(list: Worklist | undefined, stepId: string, index: number, done: boolean): Worklist | undefined {
  if (!list) return list;
  return {
    ...list,
    steps: list.steps.map((step) => (step.id === stepId ? { ...step, checklist: step.checklist.map((item, i) => (i === index ? { ...item, done } : item)) } : step)),
  };
}

/** The step's checklist: a tick shows at once and is saved behind it (undone if the server refuses). */
export function StepChecklist({ step, canTick }: { step: PlayStep; canTick: boolean }) {
  const queryClient = useQueryClient();
  const tick = useMutation({
    mutationFn: ({ index, done }: { index: number; done: boolean }) =>
      api.PATCH('/api/steps/{id}/checklist/{index}', { params: { path: { id: step.id, index } }, body: { done } }),
    onMutate: ({ index, done }) => {
      queryClient.setQueriesData<Worklist>({ queryKey: WORKLISTS_KEY }, (list) => withItem(list, step.id, index, done));
    },
    onError: (error, { index, done }) => {
      queryClient.setQueriesData<Worklist>({ queryKey: WORKLISTS_KEY }, (list) => withItem(list, step.id, index, !done));
      const { title, message } = describeError(error);
      notifications.show({ color: 'red', title: `Checklist not saved: ${title}`, message });
    },
  });
  if (!step.checklist.length) return null;
  const done = step.checklist.filter((item) => item.done).length;
  return (
    <Stack gap={6} role="group" aria-labelledby={`checklist-${step.id}`}>
      <Text id={`checklist-${step.id}`} size="sm" fw={600}>Checklist ({done} of {step.checklist.length} done)</Text>
        {step.checklist.map((item, index) => (
          <Checkbox
            key={index}
            checked={item.done}
            label={item.text}
            disabled={!canTick}
            onChange={(event) => tick.mutate({ index, done: event.currentTarget.checked })}
          />
        ))}
    </Stack>
  );
}
