import type { HealthModel, HealthTier } from './model.ts';

export function tierOf(score: number, tiers: HealthModel['tiers']): HealthTier {
  if (score >= tiers.healthy) return 'healthy';
  if (score >= tiers.neutral) return 'neutral';
  if (score >= tiers.atRisk) return 'at-risk';
  return 'critical';
}
