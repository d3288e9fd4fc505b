import { Badge, Text } from '@mantine/core';
import { WHOLE_LABEL } from './account-badges.tsx';
import { healthTierColor, healthTierLabel } from './health-tier.ts';

/** The tier in words and colour, with the score: colour alone would not do for colour-blind readers. */
export function HealthTierBadge({ tier, score }: { tier: string | null; score?: number | null }) {
  if (!tier) return <Text span size="sm" c="dimmed">Not scored</Text>;
  return (
    <Badge variant="light" color={healthTierColor(tier)} style={{ fontVariantNumeric: 'tabular-nums' }} styles={WHOLE_LABEL}>
      {healthTierLabel(tier)}{score != null ? ` · ${Math.round(score)}` : ''}
    </Badge>
  );
}
