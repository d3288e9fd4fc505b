import { Button, Center, Stack, Text, Title } from '@mantine/core';
import { isRouteErrorResponse, useRouteError } from 'react-router';

function isChunkLoadFailure(error: unknown): boolean {
  return error instanceof TypeError && /dynamically imported module|Importing a module script failed|error loading dynamically/i.test(error.message);
}

/**
 * What a route shows when rendering or loading it failed. A failed chunk load usually means a new
 * version was deployed (the old hashed files are gone) or the connection dropped: reloading fixes both.
 */
export function RouteErrorPage() {
  const error = useRouteError();
  let title = 'Something went wrong';
  let message = 'This page hit an error. Reload to try again; what you saved is safe.';
  if (isRouteErrorResponse(error) && error.status === 404) {
    title = 'Page not found';
    message = 'There is no page at this address.';
  } else if (isChunkLoadFailure(error)) {
    title = navigator.onLine ? 'Playmaker was updated' : 'Connection lost';
    message = navigator.onLine ? 'A newer version is available. Reload to continue.' : 'This page could not be loaded. Reload once you are back online.';
  }
  if (!isRouteErrorResponse(error)) console.error(error);
  return (
    <Center mih="60vh" p="md">
      <Stack align="center" gap="sm" maw={480} role="alert">
        <Title order={1} size="h2">{title}</Title>
        <Text ta="center">{message}</Text>
        <Button onClick={() => window.location.reload()}>Reload</Button>
      </Stack>
    </Center>
  );
}
