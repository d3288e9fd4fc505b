import { Button, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { Link } from 'react-router';

/** Said instead of showing controls the signed-in person may not use (the server refuses them anyway). */
export function NotAllowedPage({ what, who }: { what: string; who: string }) {
  useDocumentTitle('Not allowed · Playmaker');
  return (
    <Stack align="flex-start" gap="sm" py="xl">
      <Title order={1}>You cannot {what}</Title>
      <Text>Only {who} can. Ask an admin if you need to.</Text>
      <Button component={Link} to="/" variant="light">Go to the start page</Button>
    </Stack>
  );
}
