import type { HealthTier } from '../../core/health/model.ts';
import { titleCase } from '../format/format.ts';

/** Tier colours run red to green; neutral is yellow so it is not mistaken for "no data" (gray). */
export const HEALTH_TIER_COLORS: Record<HealthTier, string> = {
  critical: 'red',
  'at-risk': 'orange',
  neutral: 'yellow',
  healthy: 'green',
};

export const healthTierLabel = (tier: string): string => titleCase(tier);

export function healthTierColor(tier: string | null | undefined): string {
  return (tier && HEALTH_TIER_COLORS[tier as HealthTier]) || 'gray';
}
