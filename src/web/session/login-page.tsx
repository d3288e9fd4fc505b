import { Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { api } from '../api/client.ts';
import { FormErrorAlert } from '../forms/form-error-alert.tsx';
import { useServerFormSubmit } from '../forms/use-server-form-submit.ts';
import { FullPageLoader } from '../layout/full-page-loader.tsx';
import { DemoLogins } from './demo-logins.tsx';
import { safeNextPath } from './safe-next-path.ts';
import { SESSION_QUERY_KEY, sessionQuery } from './session-query.ts';

export function LoginPage() {
  useDocumentTitle('Sign in · Playmaker');
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const session = useQuery({ ...sessionQuery, retry: false });
  const form = useForm({
    mode: 'controlled',
    initialValues: { email: '', password: '' },
    validate: {
      email: (value) => (/^\S+@\S+$/.test(value.trim()) ? null : 'Enter your email address'),
      password: (value) => (value ? null : 'Enter your password'),
    },
  });
  const submit = useServerFormSubmit(form, async (values) => {
    const { data } = await api.POST('/api/auth/login', { body: { email: values.email.trim(), password: values.password } });
    // Nothing cached for a previous user may show to this one.
    queryClient.clear();
    queryClient.setQueryData(SESSION_QUERY_KEY, data?.user ?? null);
    await navigate(next, { replace: true });
  });

  if (session.isPending) return <FullPageLoader label="Loading Playmaker" />;
  if (session.data) return <Navigate to={next} replace />;

  return (
    <Center mih="100vh" p="md" component="main">
      <Stack w="100%" maw={400} gap="lg">
        <Stack gap={4}>
          <Title order={1}>Sign in to Playmaker</Title>
          <Text c="dimmed">Your customer-success playbooks, plays and accounts.</Text>
        </Stack>
        <Paper withBorder p="lg" component="form" onSubmit={submit.onSubmit} noValidate aria-label="Sign in">
          <Stack gap="md">
            <FormErrorAlert error={submit.formError} unplacedIssues={submit.unplacedIssues} />
            <TextInput label="Email" type="email" autoComplete="username" required autoFocus {...form.getInputProps('email')} />
            <PasswordInput label="Password" autoComplete="current-password" required {...form.getInputProps('password')} />
            <Button type="submit" loading={submit.submitting} fullWidth>
              Sign in
            </Button>
          </Stack>
        </Paper>
        <DemoLogins
          onPick={(login) => {
            form.setValues({ email: login.email, password: login.password });
            form.clearErrors();
          }}
        />
      </Stack>
    </Center>
  );
}
