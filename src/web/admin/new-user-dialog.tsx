import { Button, Group, Modal, PasswordInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { ROLES } from '../../core/auth/permissions.ts';
import type { Role } from '../../core/auth/permissions.ts';
import { ApiError, toApiError } from '../api/api-error.ts';
import { api } from '../api/client.ts';
import { FormErrorAlert } from '../forms/form-error-alert.tsx';
import { useServerFormSubmit } from '../forms/use-server-form-submit.ts';
import { titleCase } from '../format/format.ts';
import { userDirectoryQuery } from '../users/use-user-directory.ts';
import type { User } from '../api/types.ts';

interface NewUserValues {
  name: string;
  email: string;
  role: Role;
  password: string;
  startDate: string;
  managerId: string | null;
}

const EMPTY: NewUserValues = { name: '', email: '', role: 'csm', password: '', startDate: '', managerId: null };

/** Adds a person with a role and a first password (they can be given a new one later). */
export function NewUserDialog({ opened, onClose, users }: { opened: boolean; onClose: () => void; users: User[] }) {
  const phone = useMediaQuery('(max-width: 47.99em)');
  const queryClient = useQueryClient();
  const form = useForm<NewUserValues>({ mode: 'controlled', initialValues: EMPTY });
  const submit = useServerFormSubmit(form, async (values) => {
    try {
      await api.POST('/api/users', {
        body: { name: values.name.trim(), email: values.email.trim(), role: values.role, password: values.password, startDate: values.startDate || null, managerId: values.managerId },
      });
    } catch (thrown) {
      const error = toApiError(thrown);
      // A taken email is a conflict, not a validation issue, but it still belongs beside the field.
      if (error.code === 'email_taken') throw new ApiError(error.status, error.code, error.message, { issues: [{ path: 'email', message: 'Someone already has this email' }] });
      throw error;
    }
    await queryClient.invalidateQueries({ queryKey: userDirectoryQuery().queryKey });
    notifications.show({ color: 'green', message: `Added ${values.name.trim()}` });
    form.reset();
    onClose();
  });
  const managers = users.filter((u) => u.active && (u.role === 'manager' || u.role === 'admin')).map((u) => ({ value: u.id, label: u.name }));

  return (
    <Modal opened={opened} onClose={onClose} title="Add a person" size="lg" fullScreen={phone} closeOnClickOutside={!form.isDirty()}>
      <form onSubmit={submit.onSubmit} noValidate>
        <Stack gap="md">
          <FormErrorAlert error={submit.formError} unplacedIssues={submit.unplacedIssues} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput label="Name" required {...form.getInputProps('name')} />
            <TextInput label="Email" type="email" required {...form.getInputProps('email')} />
            <Select label="Role" required allowDeselect={false} data={ROLES.map((r) => ({ value: r, label: titleCase(r) }))} {...form.getInputProps('role')} />
            <PasswordInput label="First password" description="At least 8 characters; tell them to change it." required {...form.getInputProps('password')} />
            <TextInput label="Start date" type="date" {...form.getInputProps('startDate')} />
            <Select label="Manager" clearable searchable data={managers} {...form.getInputProps('managerId')} />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>Cancel</Button>
            <Button type="submit" loading={submit.submitting}>Add person</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
