const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
const compactMoney = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', notation: 'compact', maximumFractionDigits: 1 });
// Calendar dates (renewals, contract starts) are days, not instants: format them in UTC so the
// day never shifts with the viewer's time zone.
const day = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
const instant = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' });

const DAY_MS = 86_400_000;

export function formatMoney(value: number | null | undefined, compact = false): string {
  if (value === null || value === undefined) return '—';
  return (compact ? compactMoney : money).format(value);
}

export function formatDay(isoDay: string | null | undefined): string {
  if (!isoDay) return '—';
  return day.format(new Date(`${isoDay.slice(0, 10)}T00:00:00Z`));
}

export function formatInstant(iso: string): string {
  return instant.format(new Date(iso));
}

/** Whole days from today (in the viewer's calendar) to a YYYY-MM-DD day; negative when past. */
export function daysUntil(isoDay: string, now: Date = new Date()): number {
  const today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  return Math.round((Date.parse(`${isoDay.slice(0, 10)}T00:00:00Z`) - today) / DAY_MS);
}

export function relativeDays(days: number): string {
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return days > 0 ? `in ${days} days` : `${-days} days ago`;
}

export function titleCase(value: string): string {
  return value.replace(/[-_]/g, ' ').replace(/^\w/, (c) => c.toUpperCase());
}

const TIER_LABELS: Record<string, string> = { smb: 'SMB', 'mid-market': 'Mid-market', enterprise: 'Enterprise' };

/** Tiers are free text from the CRM; the usual ones get their usual spelling. */
export function tierLabel(tier: string): string {
  return TIER_LABELS[tier.toLowerCase()] ?? tier;
}
