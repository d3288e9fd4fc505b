import { HEALTH_COMPONENTS } from './model.ts';
import type { HealthModel } from './model.ts';
import type { HealthScore } from './score.ts';
import { round1 } from './score.ts';

/** A change the daily history explains: a component that moved, or the model that was swapped. */
export interface HealthReason {
  /** A component name, or "model" when the model version changed. */
  component: string;
  from: number | null;
  to: number | null;
  /** to − from; null when either side is missing. */
  delta: number | null;
  /** Points of the overall score this change accounts for; null for a model change. */
  impact: number | null;
}

export interface PreviousHealth {
  components: Record<string, number | null>;
  modelId: number | null;
}

type Scores = Record<string, number | null>;

/**
 * Splits the score change between components so the impacts add up to it: first each component
 * that gained or lost data, one at a time (which re-weights the rest), then each component's
 * own move at the new weights. The weighted mean is kept as a running sum.
 */
function impacts(model: HealthModel, before: Scores, after: Scores): Record<string, number> {
  const result: Record<string, number> = {};
  let sum = 0;
  let total = 0;
  for (const c of HEALTH_COMPONENTS) {
    const w = model.components[c].weight;
    if (before[c] != null && w > 0) {
      sum += before[c]! * w;
      total += w;
    }
  }
  const step = (c: (typeof HEALTH_COMPONENTS)[number], from: number | null, to: number | null) => {
    const w = model.components[c].weight;
    const mean0 = total > 0 ? sum / total : 0;
    if (w > 0) {
      if (from !== null) {
        sum -= from * w;
        total -= w;
      }
      if (to !== null) {
        sum += to * w;
        total += w;
      }
    }
    result[c] = (total > 0 ? sum / total : 0) - mean0;
  };
  for (const c of HEALTH_COMPONENTS) {
    const from = before[c] ?? null;
    const to = after[c] ?? null;
    // Data that appeared counts at its new score, data that vanished leaves at its old one.
    if ((from === null) !== (to === null)) step(c, from, to);
  }
  for (const c of HEALTH_COMPONENTS) {
    const from = before[c] ?? null;
    const to = after[c] ?? null;
    if (from !== null && to !== null) step(c, from, to);
  }
  return result;
}

/**
 * Why today's score differs from the previous day's: each component that moved at least the
 * model's threshold (or gained or lost its data), with what that did to the overall score, the
 * biggest impact first. With the same model, the impacts add up to the score's change (less
 * the moves under the threshold).
 */
export function healthReasons(model: HealthModel, modelId: number | null, previous: PreviousHealth | null, next: HealthScore): HealthReason[] {
  if (!previous) return [];
  const impact = impacts(model, previous.components, next.components);
  const reasons: HealthReason[] = [];
  for (const c of HEALTH_COMPONENTS) {
    const from = previous.components[c] ?? null;
    const to = next.components[c];
    const delta = from === null || to === null ? null : round1(to - from);
    const moved = (from === null) !== (to === null) || (delta !== null && Math.abs(delta) >= model.reasonThreshold && delta !== 0);
    if (moved) reasons.push({ component: c, from, to, delta, impact: round1(impact[c] ?? 0) });
  }
  reasons.sort((a, b) => Math.abs(b.impact!) - Math.abs(a.impact!) || (a.component < b.component ? -1 : 1));
  if (previous.modelId !== null && modelId !== null && previous.modelId !== modelId) {
    reasons.unshift({ component: 'model', from: previous.modelId, to: modelId, delta: null, impact: null });
  }
  return reasons;
}
