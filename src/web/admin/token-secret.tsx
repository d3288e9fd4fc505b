import { Alert, Button, Code, CopyButton, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconCopy } from '@tabler/icons-react';

/**
 * A new token's secret, shown this one time: it lives only in this screen's memory, so a reload
 * or leaving the page loses it for good (the server keeps only a hash).
 */
export function TokenSecret({ name, token, onDone }: { name: string; token: string; onDone: () => void }) {
  return (
    <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />} title={`Copy the token “${name}” now`} data-testid="token-secret">
      <Stack gap="sm">
        <Text size="sm">This is the only time it is shown. Store it in your secret manager; if it is lost, revoke it and create another.</Text>
        <Code block aria-label="New token" style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>
          {token}
        </Code>
        <Group gap="xs">
          <CopyButton value={token}>
            {({ copied, copy }) => (
              <Button size="xs" onClick={copy} leftSection={copied ? <IconCheck size={14} aria-hidden /> : <IconCopy size={14} aria-hidden />}>
                {copied ? 'Copied' : 'Copy token'}
              </Button>
            )}
          </CopyButton>
          <Button size="xs" variant="default" onClick={onDone}>
            I have stored it
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
