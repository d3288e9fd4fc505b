import { Alert } from '@mantine/core';
import { useNetwork } from '@mantine/hooks';
import { IconWifiOff } from '@tabler/icons-react';

/** Says so when the browser is offline: pages keep what they loaded, and reload once it is back. */
export function OfflineBanner() {
  const { online } = useNetwork();
  if (online) return null;
  return (
    <Alert color="orange" variant="light" icon={<IconWifiOff aria-hidden />} title="You are offline" role="status" mb="md">
      What is on screen stays here; Playmaker catches up when the connection is back.
    </Alert>
  );
}
