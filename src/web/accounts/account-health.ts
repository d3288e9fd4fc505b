import { HEALTH_COMPONENTS } from '../../core/health/model.ts';
import type { paths } from '../api/schema';

export type Account360 = paths['/api/accounts/{id}/360']['get']['responses'][200]['content']['application/json'];
export type AccountHealthData = NonNullable<Account360['health']>;
export type HealthReason = AccountHealthData['history'][number]['reasons'][number];

export interface ComponentRow {
  component: string;
  score: number | null;
  weight: number;
  /** Share of the overall score after re-weighting, 0–1 (0 when the input is missing). */
  share: number;
  detail: string;
}

const COMPONENT_LABELS: Record<string, string> = {
  usage: 'Usage',
  engagement: 'Engagement',
  support: 'Support',
  sentiment: 'Sentiment',
  relationship: 'Relationship',
  renewal: 'Renewal',
  model: 'Health model',
};

export function componentLabel(component: string): string {
  return COMPONENT_LABELS[component] ?? component;
}

const num = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);

/**
 * The API types the breakdown loosely (it is worked out per request); read it defensively, in
 * the model's component order, falling back to the stored component scores when a part is absent.
 */
export function componentRows(health: AccountHealthData): ComponentRow[] {
  const parts = (health.breakdown as { components?: Record<string, Record<string, unknown> | undefined> }).components ?? {};
  return HEALTH_COMPONENTS.map((component) => {
    const part = parts[component] ?? {};
    return {
      component,
      score: num(part.score) ?? health.components[component] ?? null,
      weight: num(part.weight) ?? 0,
      share: num(part.share) ?? 0,
      detail: typeof part.detail === 'string' ? part.detail : '',
    };
  });
}

const signed = (n: number) => `${n > 0 ? '+' : n < 0 ? '−' : '±'}${Math.abs(Math.round(n * 10) / 10)}`;

/** One line per reason: which component moved, from what to what, and what it did to the score. */
export function describeReason(reason: HealthReason): string {
  const label = componentLabel(reason.component);
  if (reason.component === 'model') return `Health model changed (version ${reason.from ?? '?'} → ${reason.to ?? '?'})`;
  if (reason.from === null) return `${label}: data arrived (now ${reason.to})${reason.impact !== null ? `, ${signed(reason.impact)} to the score` : ''}`;
  if (reason.to === null) return `${label}: no data any more (was ${reason.from})${reason.impact !== null ? `, ${signed(reason.impact)} to the score` : ''}`;
  return `${label} ${signed(reason.delta ?? reason.to - reason.from)} (${reason.from} → ${reason.to})${reason.impact !== null ? `, ${signed(reason.impact)} to the score` : ''}`;
}

export interface HealthChange {
  day: string;
  score: number;
  /** Change of the overall score since the previous row shown; null for the first. */
  delta: number | null;
  tier: string;
  reasons: HealthReason[];
}

/** The days the score moved for a reason, newest first. */
export function healthChanges(history: AccountHealthData['history']): HealthChange[] {
  const changes: HealthChange[] = [];
  history.forEach((row, i) => {
    if (!row.reasons.length) return;
    const before = history[i - 1];
    changes.push({ day: row.day, score: row.score, tier: row.tier, reasons: row.reasons, delta: before ? Math.round((row.score - before.score) * 10) / 10 : null });
  });
  return changes.reverse();
}

export { signed as signedNumber };
