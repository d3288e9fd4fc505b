import { average, change, slope } from '../metrics/functions.ts';
import type { Series } from '../metrics/series.ts';
import type { TicketPriority } from './model.ts';

/**
 * The usage metric over the model's window ending today: its change, and for the trend measure
 * its slope and mean. The server reads them with the SQL twins of these functions
 * (pm_series_change, pm_series_slope, pm_series_avg), so no series travels.
 */
export interface UsageStats {
  /** Fraction: value today vs `windowDays` ago. */
  change: number | null;
  slope: number | null;
  mean: number | null;
}

export function usageStats(series: Series | undefined, today: string, windowDays: number): UsageStats {
  return { change: change(series, today, windowDays), slope: slope(series, today, windowDays), mean: average(series, today, windowDays) };
}

/** Everything the model reads about one account on one day; the server gathers it with a few set-based queries. */
export interface HealthInputs {
  /** YYYY-MM-DD: the day being scored. */
  today: string;
  usage: UsageStats;
  /** The engagement metric's value today. */
  activeUsers: number | null;
  /** The seats trait, as stored (a number or a numeric string counts). */
  seatsTrait: unknown;
  /** The last reported value of the seats metric on or before today. */
  seatsMetric: number | null;
  /** Tickets open at the end of today, by priority. */
  openTickets: Partial<Record<TicketPriority, number>>;
  /** The latest answers on or before today (age is checked by the model). */
  nps: { score: number; day: string } | null;
  csat: { score: number; day: string } | null;
  contacts: { count: number; championPresent: boolean; championActive: boolean; sponsorPresent: boolean; sponsorActive: boolean };
  renewalDate: string | null;
}

export function emptyInputs(today: string): HealthInputs {
  return {
    today,
    usage: { change: null, slope: null, mean: null },
    activeUsers: null,
    seatsTrait: null,
    seatsMetric: null,
    openTickets: {},
    nps: null,
    csat: null,
    contacts: { count: 0, championPresent: false, championActive: false, sponsorPresent: false, sponsorActive: false },
    renewalDate: null,
  };
}
