/**
 * The metric an event is counted under: `events.<name>` for track calls, `events.page` and
 * `events.screen` for those calls, nothing for identify/group/alias (profile updates, not use).
 * Names are folded to lowercase ASCII words joined by `_` ("Report Exported" →
 * `events.report_exported`) so the condition language can name them. SQL: pm_event_metric_name.
 */
export function eventMetricName(type: string, event: string | null | undefined): string | null {
  if (type === 'page' || type === 'screen') return `events.${type}`;
  if (type !== 'track' || !event) return null;
  const folded = event
    .replace(/[A-Z]/g, (ch) => ch.toLowerCase())
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return folded ? `events.${folded}` : null;
}

/** Event types that count as a user being active. */
export const ACTIVITY_EVENT_TYPES = ['track', 'page', 'screen'] as const;

/** The rolled-up metrics every account with activity gets. */
export const ACTIVE_USER_METRICS = {
  daily: 'daily_active_users',
  weekly: 'weekly_active_users',
  monthly: 'monthly_active_users',
} as const;
