import { Badge, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { $api } from '../api/client.ts';
import type { DemoLogin } from '../api/types.ts';

/** In demo mode, the logins the server printed, one click to fill the form. Hidden otherwise. */
export function DemoLogins({ onPick }: { onPick: (login: DemoLogin) => void }) {
  const { data } = $api.useQuery('get', '/api/auth/demo-logins', {}, { staleTime: Infinity, retry: false });
  const logins = data?.data ?? [];
  if (!logins.length) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="demo-logins-title">
      <Stack gap="xs">
        <Title order={2} size="h5" id="demo-logins-title">Demo logins</Title>
        <Text size="sm" c="dimmed">
          Every demo login uses the password <Text span ff="monospace">{logins[0]!.password}</Text>. Pick one to fill the form.
        </Text>
        {logins.map((login) => (
          <Button key={login.email} variant="default" justify="space-between" fullWidth onClick={() => onPick(login)} rightSection={<Badge variant="light">{login.role}</Badge>}>
            <Text size="sm" truncate>{login.email}</Text>
          </Button>
        ))}
      </Stack>
    </Paper>
  );
}
