import { Modal, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { LIFECYCLE_STAGES, TOUCH_MODELS } from '../../core/accounts/vocabulary.ts';
import { api } from '../api/client.ts';
import type { Account, AccountPatch } from '../api/types.ts';
import { FormErrorAlert } from '../forms/form-error-alert.tsx';
import { useServerFormSubmit } from '../forms/use-server-form-submit.ts';
import { titleCase } from '../format/format.ts';
import { useUserDirectory } from '../users/use-user-directory.ts';
import { accountQuery } from './account-queries.ts';
import { DialogActions } from './dialog-actions.tsx';

interface AccountFormValues {
  name: string;
  domain: string;
  arr: number | string;
  plan: string;
  tier: string;
  touchModel: string | null;
  lifecycleStage: string | null;
  contractStart: string;
  renewalDate: string;
  ownerId: string | null;
}

function formValues(account: Account): AccountFormValues {
  return {
    name: account.name,
    domain: account.domain ?? '',
    arr: account.arr ?? '',
    plan: account.plan ?? '',
    tier: account.tier ?? '',
    touchModel: account.touchModel,
    lifecycleStage: account.lifecycleStage,
    contractStart: account.contractStart ?? '',
    renewalDate: account.renewalDate ?? '',
    ownerId: account.ownerId,
  };
}

/** Empty inputs mean "no value": the API wants null there, not an empty string. */
function toPatch(values: AccountFormValues): AccountPatch {
  const text = (value: string) => (value.trim() === '' ? null : value);
  return {
    name: values.name,
    domain: text(values.domain),
    arr: values.arr === '' ? null : Number(values.arr),
    plan: text(values.plan),
    tier: text(values.tier),
    touchModel: (values.touchModel as AccountPatch['touchModel']) ?? null,
    lifecycleStage: (values.lifecycleStage as AccountPatch['lifecycleStage']) ?? null,
    contractStart: text(values.contractStart),
    renewalDate: text(values.renewalDate),
    ownerId: values.ownerId ?? null,
  };
}

export function EditAccountDialog({ account, opened, onClose }: { account: Account; opened: boolean; onClose: () => void }) {
  const phone = useMediaQuery('(max-width: 47.99em)');
  const queryClient = useQueryClient();
  const { users } = useUserDirectory();
  const form = useForm<AccountFormValues>({ mode: 'controlled', initialValues: formValues(account) });
  const submit = useServerFormSubmit(form, async (values) => {
    const { data } = await api.PATCH('/api/accounts/{id}', { params: { path: { id: account.id } }, body: toPatch(values) });
    if (data) queryClient.setQueryData(accountQuery(account.id).queryKey, data);
    await queryClient.invalidateQueries({ queryKey: ['get', '/api/accounts'] });
    await queryClient.invalidateQueries({ queryKey: ['get', '/api/accounts/{id}/timeline'] });
    form.resetDirty();
    notifications.show({ color: 'green', message: `Saved ${values.name.trim()}` });
    onClose();
  });
  const owners = users.filter((u) => u.active && u.role !== 'viewer').map((u) => ({ value: u.id, label: u.name }));

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title="Edit account"
      size="lg"
      fullScreen={phone}
      // A stray click outside must not throw away what was typed.
      closeOnClickOutside={!form.isDirty()}
    >
      <form onSubmit={submit.onSubmit} noValidate>
        <Stack gap="md">
          <FormErrorAlert error={submit.formError} unplacedIssues={submit.unplacedIssues} />
          <TextInput label="Name" required {...form.getInputProps('name')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput label="Domain" placeholder="acme.example" {...form.getInputProps('domain')} />
            <NumberInput label="ARR (USD)" min={0} thousandSeparator="," allowNegative={false} {...form.getInputProps('arr')} />
            <TextInput label="Plan" {...form.getInputProps('plan')} />
            <TextInput label="Tier" {...form.getInputProps('tier')} />
            <Select label="Touch model" clearable data={TOUCH_MODELS.map((v) => ({ value: v, label: titleCase(v) }))} {...form.getInputProps('touchModel')} />
            <Select label="Lifecycle stage" clearable data={LIFECYCLE_STAGES.map((v) => ({ value: v, label: titleCase(v) }))} {...form.getInputProps('lifecycleStage')} />
            <TextInput label="Contract start" type="date" {...form.getInputProps('contractStart')} />
            <TextInput label="Renewal date" type="date" {...form.getInputProps('renewalDate')} />
            <Select label="Owner" clearable searchable data={owners} {...form.getInputProps('ownerId')} />
          </SimpleGrid>
          <DialogActions submitLabel="Save" submitting={submit.submitting} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
