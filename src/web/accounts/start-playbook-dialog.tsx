import { useState } from 'react';
import { Alert, Anchor, Modal, Select, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { toApiError } from '../api/api-error.ts';
import { api } from '../api/client.ts';
import { RetryPanel } from '../errors/retry-panel.tsx';
import { FormErrorAlert } from '../forms/form-error-alert.tsx';
import { useServerFormSubmit } from '../forms/use-server-form-submit.ts';
import { accountPlaysQuery, activePlaybooksQuery } from './account-queries.ts';
import { DialogActions } from './dialog-actions.tsx';

/** Where the already-open play is on this page: each play card carries this id. */
export const playAnchor = (playId: string) => `play-${playId}`;

/**
 * Starts an active playbook by hand. "Already open" is the one refusal people meet often, so it
 * gets its own message with a way to the open play; other refusals appear as the server says them.
 */
export function StartPlaybookDialog({ accountId, opened, onClose }: { accountId: string; opened: boolean; onClose: () => void }) {
  const phone = useMediaQuery('(max-width: 47.99em)');
  const queryClient = useQueryClient();
  const playbooks = useQuery({ ...activePlaybooksQuery(), enabled: opened });
  const [alreadyOpen, setAlreadyOpen] = useState<string | null>(null);
  const form = useForm<{ playbookId: string | null }>({
    mode: 'controlled',
    initialValues: { playbookId: null },
    validate: { playbookId: (value) => (value ? null : 'Pick a playbook') },
  });
  const submit = useServerFormSubmit(form, async (values) => {
    setAlreadyOpen(null);
    try {
      await api.POST('/api/plays', { body: { playbookId: values.playbookId!, accountId } });
    } catch (thrown) {
      const error = toApiError(thrown);
      const playId = (error.details as { playId?: unknown } | undefined)?.playId;
      if (error.code === 'play_already_open' && typeof playId === 'string') {
        setAlreadyOpen(playId);
        return;
      }
      throw error;
    }
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: accountPlaysQuery(accountId).queryKey }),
      queryClient.invalidateQueries({ queryKey: ['get', '/api/accounts/{id}/timeline'] }),
    ]);
    const title = playbooks.data?.data.find((p) => p.id === values.playbookId)?.title ?? values.playbookId;
    notifications.show({ color: 'green', message: `Started ${title}` });
    form.reset();
    onClose();
  });

  const choices = (playbooks.data?.data ?? []).map((p) => ({ value: p.id, label: p.title ?? p.id }));
  const close = () => {
    setAlreadyOpen(null);
    onClose();
  };

  return (
    <Modal opened={opened} onClose={close} title="Start a playbook" fullScreen={phone} closeOnClickOutside={!form.isDirty()} closeButtonProps={{ 'aria-label': 'Close' }}>
      <form onSubmit={submit.onSubmit} noValidate>
        <Stack gap="md">
          <Text size="sm" c="dimmed">The play starts now, owned by the account's CSM, with its first step open.</Text>
          <FormErrorAlert error={submit.formError} unplacedIssues={submit.unplacedIssues} />
          {alreadyOpen && (
            <Alert color="orange" variant="light" role="alert" title="Already running">
              This account already has an open play of this playbook.{' '}
              <Anchor href={`#${playAnchor(alreadyOpen)}`} onClick={close}>Go to the open play</Anchor>
            </Alert>
          )}
          {playbooks.isError ? (
            <RetryPanel error={playbooks.error} onRetry={() => playbooks.refetch()} />
          ) : (
            <Select
              label="Playbook"
              placeholder={playbooks.isPending ? 'Loading playbooks…' : 'Pick an active playbook'}
              data={choices}
              searchable
              required
              nothingFoundMessage="No active playbook matches"
              {...form.getInputProps('playbookId')}
              onChange={(value) => {
                setAlreadyOpen(null);
                form.setFieldValue('playbookId', value);
              }}
            />
          )}
          <DialogActions submitLabel="Start" submitting={submit.submitting} onCancel={close} />
        </Stack>
      </form>
    </Modal>
  );
}
