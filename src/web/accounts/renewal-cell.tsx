import { Text } from '@mantine/core';
import { daysUntil, formatDay, relativeDays } from '../format/format.ts';

// Orange 9 alone is 4.3:1 on white, just under WCAG AA for small text.
const SOON_COLOR = 'color-mix(in srgb, var(--mantine-color-orange-9), black 20%)';

/** A renewal date with how far away it is; close renewals stand out. */
export function RenewalDate({ day }: { day: string | null }) {
  if (!day) return <Text span c="dimmed">—</Text>;
  const days = daysUntil(day);
  const soon = days >= 0 && days <= 90;
  return (
    <span>
      {formatDay(day)}{' '}
      <Text span size="xs" c={soon ? SOON_COLOR : 'dimmed'} fw={soon ? 600 : undefined}>
        ({relativeDays(days)})
      </Text>
    </span>
  );
}
