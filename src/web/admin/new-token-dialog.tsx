import { Button, Checkbox, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMediaQuery } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import type { TokenScope } from '../../core/auth/permissions.ts';
import { api } from '../api/client.ts';
import { FormErrorAlert } from '../forms/form-error-alert.tsx';
import { useServerFormSubmit } from '../forms/use-server-form-submit.ts';
import { tokensQuery } from './admin-queries.ts';

export const SCOPE_LABELS: Record<TokenScope, { label: string; description: string }> = {
  ingest: { label: 'Ingest (write key)', description: 'Sends events, metrics and CRM data in; reads nothing.' },
  read: { label: 'Read', description: 'Reads accounts, playbooks and plays.' },
  admin: { label: 'Admin', description: 'Everything an admin can do. Keep it on a server, never in a browser.' },
};

interface NewTokenValues {
  name: string;
  scopes: TokenScope[];
  expiresOn: string;
}

/** Creates a token; the caller shows its secret once, because the server never gives it again. */
export function NewTokenDialog({ opened, onClose, onCreated }: { opened: boolean; onClose: () => void; onCreated: (created: { name: string; token: string }) => void }) {
  const phone = useMediaQuery('(max-width: 47.99em)');
  const queryClient = useQueryClient();
  const form = useForm<NewTokenValues>({
    mode: 'controlled',
    initialValues: { name: '', scopes: ['ingest'], expiresOn: '' },
    validate: { scopes: (value) => (value.length ? null : 'Choose at least one scope') },
  });
  const submit = useServerFormSubmit(form, async (values) => {
    const { data } = await api.POST('/api/tokens', {
      body: { name: values.name.trim(), scopes: values.scopes, expiresAt: values.expiresOn ? `${values.expiresOn}T23:59:59Z` : null },
    });
    await queryClient.invalidateQueries({ queryKey: tokensQuery().queryKey });
    form.reset();
    onCreated({ name: data!.name, token: data!.token });
  });

  return (
    <Modal opened={opened} onClose={onClose} title="Create a token" fullScreen={phone} closeOnClickOutside={!form.isDirty()}>
      <form onSubmit={submit.onSubmit} noValidate>
        <Stack gap="md">
          <FormErrorAlert error={submit.formError} unplacedIssues={submit.unplacedIssues} />
          <TextInput label="Name" description="Where it is used, e.g. “Segment production”." required {...form.getInputProps('name')} />
          <Checkbox.Group label="Scopes" required {...form.getInputProps('scopes')}>
            <Stack gap="xs" mt="xs">
              {(Object.keys(SCOPE_LABELS) as TokenScope[]).map((scope) => (
                <Checkbox key={scope} value={scope} label={SCOPE_LABELS[scope].label} description={SCOPE_LABELS[scope].description} />
              ))}
            </Stack>
          </Checkbox.Group>
          <TextInput label="Expires on" description="Leave empty for a token that does not expire." type="date" {...form.getInputProps('expiresOn')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>Cancel</Button>
            <Button type="submit" loading={submit.submitting}>Create token</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
