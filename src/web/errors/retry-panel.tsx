import { Alert, Button, Center, Group, Text } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import { describeError } from './describe-error.ts';

/** A failed load, said plainly, with a way to try again: never a blank page. */
export function RetryPanel({ error, onRetry, fullPage = false }: { error: unknown; onRetry?: () => void; fullPage?: boolean }) {
  const { title, message, retryable } = describeError(error);
  const panel = (
    <Alert color={retryable ? 'orange' : 'red'} variant="light" title={title} icon={<IconAlertTriangle aria-hidden />} role="alert" maw={560} w="100%">
      <Text size="sm">{message}</Text>
      {onRetry && retryable && (
        <Group mt="sm">
          <Button size="xs" variant="white" leftSection={<IconRefresh size={14} aria-hidden />} onClick={onRetry}>
            Try again
          </Button>
        </Group>
      )}
    </Alert>
  );
  return fullPage ? <Center mih="100vh" p="md">{panel}</Center> : panel;
}
