import { Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDocumentTitle } from '@mantine/hooks';
import { useNavigate } from 'react-router';
import { ApiError, toApiError } from '../api/api-error.ts';
import { api } from '../api/client.ts';
import { FormErrorAlert } from '../forms/form-error-alert.tsx';
import { useServerFormSubmit } from '../forms/use-server-form-submit.ts';
import { useCan, useCurrentUser } from '../session/current-user.tsx';
import { NotAllowedPage } from './not-allowed-page.tsx';
import { starterPlaybook } from './starter-playbook.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function slugOf(title: string): string {
  return title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 100);
}

/** /library/new: names a new playbook and opens its first draft in the editor. */
export function NewPlaybookPage() {
  useDocumentTitle('New playbook · Playmaker');
  const allowed = useCan('playbooks:manage');
  const me = useCurrentUser();
  const navigate = useNavigate();
  const form = useForm({
    mode: 'controlled',
    initialValues: { title: '', id: '' },
    validate: {
      title: (value) => (value.trim() ? null : 'Give it a title'),
      id: (value) => (SLUG.test(value) ? null : 'Lowercase letters, digits and dashes, e.g. churn-save'),
    },
  });
  const submit = useServerFormSubmit(form, async ({ title, id }) => {
    // Saving a draft under an existing id would replace that playbook's draft: refuse instead.
    const existing = await api.GET('/api/playbooks/{id}', { params: { path: { id } } }).then(
      () => true,
      (error: unknown) => (toApiError(error).status === 404 ? false : Promise.reject(error)),
    );
    if (existing) throw new ApiError(409, 'id_taken', `A playbook with the id ${id} exists`, { issues: [{ path: 'id', message: 'A playbook with this id exists already' }] });
    await api.PUT('/api/playbooks/{id}/draft', { params: { path: { id } }, body: { source: starterPlaybook(id, title.trim(), me.email), templates: {} } });
    navigate(`/library/${id}/edit`);
  });

  if (!allowed) return <NotAllowedPage what="create playbooks" who="managers and admins" />;
  return (
    <Stack gap="md" maw={560}>
      <Title order={1}>New playbook</Title>
      <Text size="sm">It starts as a draft that applies to nobody until you publish it.</Text>
      <Paper withBorder p="md">
        <form onSubmit={submit.onSubmit} noValidate>
          <Stack gap="md">
            <FormErrorAlert error={submit.formError} unplacedIssues={submit.unplacedIssues} />
            <TextInput
              label="Title"
              required
              {...form.getInputProps('title')}
              onChange={(event) => {
                const title = event.currentTarget.value;
                // The id follows the title until someone edits it.
                if (!form.isDirty('id') || form.values.id === slugOf(form.values.title)) form.setFieldValue('id', slugOf(title));
                form.setFieldValue('title', title);
              }}
            />
            <TextInput label="Id" description="Used in links and by other playbooks; it cannot change later." required {...form.getInputProps('id')} />
            <Group justify="flex-end">
              <Button type="submit" loading={submit.submitting}>Create and edit</Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}
