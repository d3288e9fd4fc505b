import type { HealthInputs } from './inputs.ts';
import { HEALTH_COMPONENTS } from './model.ts';
import type { HealthComponent, HealthModel, HealthTier } from './model.ts';
import { scoreFromPoints } from './points.ts';
import { rawValues } from './raw-values.ts';
import type { RawValue } from './raw-values.ts';
import { tierOf } from './tiers.ts';

export interface HealthScore {
  /** 0–100, one decimal; null when no weighted component has data. */
  score: number | null;
  tier: HealthTier | null;
  /** Each component's 0–100 score, one decimal; null when its input is missing. */
  components: Record<HealthComponent, number | null>;
  /** Weighted components without data: their weight went to the others. */
  missing: HealthComponent[];
  reweighted: boolean;
}

export interface ComponentBreakdown {
  score: number | null;
  raw: number | null;
  /** Where the raw value came from, or why it is missing. */
  detail: string;
  weight: number;
  /** This component's share of the overall score after re-weighting (0–1; 0 when missing). */
  share: number;
}

export interface HealthExplanation extends HealthScore {
  breakdown: Record<HealthComponent, ComponentBreakdown>;
}

/** What is stored with a score (health_scores.breakdown): which weighted components had no data. The full breakdown is worked out on request. */
export interface StoredBreakdown {
  missing: HealthComponent[];
}

export const round1 = (n: number) => Math.round(n * 10) / 10;

function componentScore(r: RawValue): number | null {
  if (r.raw === null) return null;
  return round1(r.points ? scoreFromPoints(r.raw, r.points) : Math.max(0, Math.min(100, r.raw)));
}

function score(model: HealthModel, raws: Record<HealthComponent, RawValue>): HealthScore & { totalWeight: number } {
  const components = {} as Record<HealthComponent, number | null>;
  let weighted = 0;
  let totalWeight = 0;
  for (const name of HEALTH_COMPONENTS) {
    const s = componentScore(raws[name]);
    components[name] = s;
    const weight = model.components[name].weight;
    if (s !== null && weight > 0) {
      weighted += s * weight;
      totalWeight += weight;
    }
  }
  const missing = HEALTH_COMPONENTS.filter((c) => model.components[c].weight > 0 && components[c] === null);
  const overall = totalWeight > 0 ? round1(weighted / totalWeight) : null;
  return {
    score: overall,
    tier: overall === null ? null : tierOf(overall, model.tiers),
    components,
    missing,
    reweighted: missing.length > 0 && totalWeight > 0,
    totalWeight,
  };
}

/**
 * Scores each component from its raw value, then takes the weighted mean of the components that
 * have data: a missing input re-weights the others instead of counting as 0 or as 100.
 */
export function scoreHealth(model: HealthModel, inputs: HealthInputs): HealthScore {
  const { totalWeight: _, ...result } = score(model, rawValues(model, inputs));
  return result;
}

/** The score with each component's raw value, detail, weight and share: what a person reads. */
export function explainHealth(model: HealthModel, inputs: HealthInputs): HealthExplanation {
  const raws = rawValues(model, inputs);
  const { totalWeight, ...result } = score(model, raws);
  const breakdown = {} as Record<HealthComponent, ComponentBreakdown>;
  for (const name of HEALTH_COMPONENTS) {
    const r = raws[name];
    const weight = model.components[name].weight;
    const s = result.components[name];
    breakdown[name] = {
      score: s,
      raw: r.raw === null ? null : Math.round(r.raw * 100) / 100,
      detail: r.raw === null ? r.missing() : r.detail(),
      weight,
      share: s !== null && totalWeight > 0 ? Math.round((weight / totalWeight) * 10_000) / 10_000 : 0,
    };
  }
  return { ...result, breakdown };
}
