import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { QueryKey } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import type { components } from '../api/schema';
import { describeError } from '../errors/describe-error.ts';
import type { PlayStep, Worklist } from './today-queries.ts';
import { WORKLISTS_KEY } from './today-queries.ts';

type Schemas = components['schemas'];
export type StepChange = Schemas['StepChange'];

export type StepTransition =
  | { type: 'complete'; body: Schemas['CompleteStep'] }
  | { type: 'skip'; body: Schemas['SkipStep'] }
  | { type: 'snooze'; body: Schemas['SnoozeStep'] }
  | { type: 'reassign'; body: Schemas['ReassignStep'] };

/** One call per transition: the paths are literal so that bodies and answers stay typed. */
export async function sendTransition(stepId: string, transition: StepTransition): Promise<StepChange> {
  const params = { path: { id: stepId } };
  const { data } =
    transition.type === 'complete' ? await api.POST('/api/steps/{id}/complete', { params, body: transition.body })
    : transition.type === 'skip' ? await api.POST('/api/steps/{id}/skip', { params, body: transition.body })
    : transition.type === 'snooze' ? await api.POST('/api/steps/{id}/snooze', { params, body: transition.body })
    : await api.POST('/api/steps/{id}/reassign', { params, body: transition.body });
  return data!;
}

const DONE_WORDS: Record<StepTransition['type'], string> = { complete: 'Done', skip: 'Skipped', snooze: 'Snoozed', reassign: 'Handed over' };

/**
 * What every step change does to the screen: the step leaves the list at once (put back if the
 * server refuses), the lists are fetched again so the steps it opened show up, and a note says
 * what comes next. `onOpened` hears the opened steps' ids, to point at them.
 */
export function useWorklistChange(onOpened: (stepIds: string[]) => void) {
  const queryClient = useQueryClient();

  const hide = (stepId: string) => {
    const snapshot = queryClient.getQueriesData<Worklist>({ queryKey: WORKLISTS_KEY });
    queryClient.setQueriesData<Worklist>({ queryKey: WORKLISTS_KEY }, (old) => old && { ...old, steps: old.steps.filter((step) => step.id !== stepId) });
    return () => snapshot.forEach(([key, data]: [QueryKey, Worklist | undefined]) => queryClient.setQueryData(key, data));
  };

  const settled = (step: PlayStep, transition: StepTransition, change: StepChange) => {
    onOpened(change.opened.map((opened) => opened.id));
    const next = change.opened.map((opened) => opened.title).join(', ');
    const closed = change.play.status === 'closed' ? ' The play is closed.' : '';
    notifications.show({ color: 'green', message: `${DONE_WORDS[transition.type]}: ${step.title}.${next ? ` Next: ${next}.` : ''}${closed}` });
  };

  const refresh = () => queryClient.invalidateQueries({ queryKey: WORKLISTS_KEY });

  /** One-click changes (done, a decision's answer, snooze): optimistic, a failure said in a notification. */
  const quick = useMutation({
    mutationFn: ({ step, transition }: { step: PlayStep; transition: StepTransition }) => sendTransition(step.id, transition),
    onMutate: async ({ step }) => {
      await queryClient.cancelQueries({ queryKey: WORKLISTS_KEY });
      return { restore: hide(step.id) };
    },
    onError: (error, { step }, context) => {
      context?.restore();
      const { title, message } = describeError(error);
      notifications.show({ color: 'red', title: `${step.title}: ${title}`, message });
    },
    onSuccess: (change, { step, transition }) => settled(step, transition, change),
    onSettled: refresh,
  });

  /** For dialogs: errors are thrown back to the form, so they show beside its fields. */
  const submit = async (step: PlayStep, transition: StepTransition) => {
    const change = await sendTransition(step.id, transition);
    hide(step.id);
    settled(step, transition, change);
    await refresh();
  };

  return { quick: (step: PlayStep, transition: StepTransition) => quick.mutate({ step, transition }), pendingId: quick.isPending ? quick.variables?.step.id : undefined, submit };
}

export type WorklistChange = ReturnType<typeof useWorklistChange>;
