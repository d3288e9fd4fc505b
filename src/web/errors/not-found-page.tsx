import { Button, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { Link } from 'react-router';

export function NotFoundPage({ what = 'page' }: { what?: string }) {
  useDocumentTitle('Not found · Playmaker');
  return (
    <Stack align="flex-start" gap="sm" py="xl">
      <Title order={1}>This {what} does not exist</Title>
      <Text>It may have been deleted, or the link is mistyped.</Text>
      <Button component={Link} to="/" variant="light">Go to the start page</Button>
    </Stack>
  );
}
