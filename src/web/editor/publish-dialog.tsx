import { Alert, Button, Group, Modal, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMediaQuery } from '@mantine/hooks';
import { api } from '../api/client.ts';
import type { components } from '../api/schema';
import { FormErrorAlert } from '../forms/form-error-alert.tsx';
import { useServerFormSubmit } from '../forms/use-server-form-submit.ts';

export type Published = components['schemas']['Published'];

interface PublishValues {
  changelog: string;
  inFlight: 'keep' | 'migrate';
}

interface PublishDialogProps {
  playbookId: string;
  basedOnVersion: number | null;
  opened: boolean;
  onClose: () => void;
  /** Saves the text in the editor first when it has unsaved changes: publish takes the saved draft. */
  saveFirst: () => Promise<void>;
  onPublished: (result: Published) => void;
  /** Someone published since this draft started: the editor offers to rebase it. */
  onStale: (currentVersion: number | null) => void;
}

function currentVersionOf(details: unknown): number | null {
  const value = (details as { currentVersion?: unknown } | undefined)?.currentVersion;
  return typeof value === 'number' ? value : null;
}

/** Publishes the draft as the next version: a changelog note, and what happens to the plays under way. */
export function PublishDialog({ playbookId, basedOnVersion, opened, onClose, saveFirst, onPublished, onStale }: PublishDialogProps) {
  const phone = useMediaQuery('(max-width: 47.99em)');
  const form = useForm<PublishValues>({
    mode: 'controlled',
    initialValues: { changelog: '', inFlight: 'keep' },
    validate: { changelog: (value) => (value.trim() ? null : 'Say what changed: people read this in the version list') },
  });
  const submit = useServerFormSubmit(form, async (values) => {
    await saveFirst();
    const { data } = await api.POST('/api/playbooks/{id}/publish', {
      params: { path: { id: playbookId } },
      body: { changelog: values.changelog.trim(), basedOnVersion, inFlight: values.inFlight, activate: true },
    });
    form.reset();
    onPublished(data!);
  });
  const stale = submit.formError?.code === 'stale_draft';

  return (
    <Modal opened={opened} onClose={onClose} title="Publish a new version" size="lg" fullScreen={phone} closeOnClickOutside={!form.isDirty()}>
      <form onSubmit={submit.onSubmit} noValidate>
        <Stack gap="md">
          {stale ? (
            <Alert color="orange" title="Someone published since your draft started" role="alert">
              <Text size="sm">
                Version {currentVersionOf(submit.formError!.details) ?? 'newer'} is out. Compare it with your draft, bring its changes into your text if
                they are missing, then rebase your draft on it and publish again. Your text and note are kept.
              </Text>
              <Button
                mt="sm"
                size="xs"
                variant="white"
                onClick={() => {
                  onStale(currentVersionOf(submit.formError!.details));
                  onClose();
                }}
              >
                Compare and rebase
              </Button>
            </Alert>
          ) : (
            <FormErrorAlert error={submit.formError} unplacedIssues={submit.unplacedIssues} />
          )}
          <Textarea label="Changelog" description="What changed and why, for the version list." required autosize minRows={3} {...form.getInputProps('changelog')} />
          <Radio.Group label="Plays under way" description="Accounts that are in the middle of this playbook now." {...form.getInputProps('inFlight')}>
            <Stack gap="xs" mt="xs">
              <Radio value="keep" label="Keep them on the version they started with" />
              <Radio value="migrate" label="Move them to the new version (steps matched by id; new steps added, removed ones cancelled)" />
            </Stack>
          </Radio.Group>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>Cancel</Button>
            <Button type="submit" loading={submit.submitting}>Publish</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
