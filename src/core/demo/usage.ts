import type { AccountProfile } from './account-profile.ts';
import { isoDay, weekday } from './days.ts';
import { EXTRA_EVENT_METRICS, metricNames } from './options.ts';
import { Rng } from './random.ts';
import type { DemoMetricSeries } from './types.ts';

/** Daily usage of one account from `startDay` to the reference day; index 0 is `startDay`. */
export interface Usage {
  startDay: number;
  dau: number[];
  wau: number[];
  mau: number[];
  logins: number[];
  seatsUsed: number[];
  featureAdoption: number[];
  /** For the sudden-drop pattern: the first day at the lower level. */
  dropDay: number | null;
  /** For the dormant pattern: the first day nobody logged in. */
  zeroDay: number | null;
}

// Sunday … Saturday. Weekends are quiet in B2B software; Tuesday and Wednesday are busiest.
const WEEKDAY_FACTOR = [0.14, 1.05, 1.12, 1.1, 1.04, 0.86, 0.2];

function smoothstep(x: number): number {
  const t = Math.min(1, Math.max(0, x));
  return t * t * (3 - 2 * t);
}

/**
 * The share of seats active in a month, day by day, before noise: the shape of each pattern.
 * Returns the curve and the pattern's landmark days.
 */
function activityCurve(p: AccountProfile, rng: Rng, startDay: number): { level: (day: number) => number; dropDay: number | null; zeroDay: number | null } {
  const { ref } = p;
  const yearlyAmp = p.pattern === 'seasonal' ? rng.uniform(0.22, 0.4) : 0.04;
  const peak = p.pattern === 'seasonal' ? p.industry.seasonPeakDay + rng.int(-20, 20) : rng.int(0, 364);
  // Day 0 (1970-01-01) is a 1 January, so the day number modulo the mean year is the day of the year.
  const season = (day: number) => 1 + yearlyAmp * Math.cos((2 * Math.PI * (day - peak)) / 365.2425);
  const rampDays = rng.int(30, 75);
  const ramp = (day: number) => {
    const t = (day - p.contractStartDay) / rampDays;
    return t >= 1 ? 1 : 0.15 + 0.85 * Math.pow(Math.max(0, t), 0.8);
  };
  const shaped = (day: number, base: number) => base * season(day) * ramp(day);

  switch (p.pattern) {
    case 'healthy':
    case 'seasonal': {
      const level = p.pattern === 'healthy' ? rng.uniform(0.55, 0.85) : rng.uniform(0.5, 0.8);
      const drift = rng.uniform(-0.05, 0.08);
      return { level: (d) => shaped(d, level * (1 + (drift * (d - ref)) / 365)), dropDay: null, zeroDay: null };
    }
    case 'growing': {
      const from = rng.uniform(0.45, 0.6);
      const to = rng.uniform(0.94, 1.02);
      const g0 = Math.max(startDay, p.contractStartDay + 30);
      return { level: (d) => shaped(d, from + (to - from) * smoothstep((d - g0) / Math.max(30, ref - g0))), dropDay: null, zeroDay: null };
    }
    case 'declining': {
      const from = rng.uniform(0.6, 0.85);
      const endRatio = rng.uniform(0.35, 0.6);
      const d0 = Math.max(startDay, ref - rng.int(120, 300));
      return { level: (d) => shaped(d, d < d0 ? from : from * (1 - ((1 - endRatio) * (d - d0)) / Math.max(1, ref - d0))), dropDay: null, zeroDay: null };
    }
    case 'dropping': {
      const level = rng.uniform(0.55, 0.85);
      const factor = rng.uniform(0.3, 0.5);
      // 8 to 11 days ago: the whole of the last week is after the drop and the week two weeks
      // back is before it, so weekly active users are down 30%+ over 14 days.
      const dropDay = ref - rng.int(8, 11);
      return { level: (d) => shaped(d, d < dropDay ? level : level * factor), dropDay, zeroDay: null };
    }
    case 'dormant': {
      const from = rng.uniform(0.4, 0.7);
      const zeroDay = ref - rng.int(32, 60);
      const d0 = zeroDay - rng.int(60, 110);
      return { level: (d) => (d >= zeroDay ? 0 : shaped(d, d < d0 ? from : (from * (zeroDay - d)) / (zeroDay - d0))), dropDay: null, zeroDay };
    }
    case 'churned': {
      const from = rng.uniform(0.4, 0.75);
      const end = p.churnDay!;
      const d0 = end - rng.int(45, 120);
      const lastUse = end + rng.int(0, 5);
      return { level: (d) => (d > lastUse ? 0 : shaped(d, d < d0 ? from : Math.max(0.04, (from * (end - d)) / (end - d0)))), dropDay: null, zeroDay: lastUse + 1 };
    }
  }
}

/** Running sums, so every trailing-window mean costs two lookups however long the history. */
function prefixSums(values: Float64Array): Float64Array {
  const sums = new Float64Array(values.length + 1);
  for (let i = 0; i < values.length; i++) sums[i + 1] = sums[i]! + values[i]!;
  return sums;
}

function windowMean(sums: Float64Array, i: number, length: number): number {
  const from = Math.max(0, i - length + 1);
  return (sums[i + 1]! - sums[from]!) / (i - from + 1);
}

export function generateUsage(p: AccountProfile): Usage {
  const rng = new Rng(p.seed, 'account', p.account.index, 'usage');
  const startDay = Math.max(p.firstDay, p.contractStartDay);
  const n = p.ref - startDay + 1;
  const curve = activityCurve(p, rng, startDay);
  const weeklyShare = rng.uniform(0.62, 0.8);
  const stickiness = rng.uniform(0.4, 0.6);
  const loginsPerUser = rng.uniform(1.3, 2.2);
  const seatTrueUp = rng.uniform(1, 1.08);
  const seatCap = Math.ceil(p.seats * 1.06);

  const activity = new Float64Array(n);
  let noise = 0;
  for (let i = 0; i < n; i++) {
    const day = startDay + i;
    noise = 0.9 * noise + 0.02 * rng.normal();
    const base = curve.level(day);
    activity[i] = base === 0 ? 0 : Math.min(1.05, Math.max(0, base * (1 + noise)));
  }

  const sums = prefixSums(activity);
  const dau: number[] = new Array(n);
  const wau: number[] = new Array(n);
  const mau: number[] = new Array(n);
  const logins: number[] = new Array(n);
  const seatsUsed: number[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const day = startDay + i;
    mau[i] = Math.min(p.seats, Math.round(p.seats * windowMean(sums, i, 30)));
    wau[i] = Math.min(mau[i]!, Math.round(p.seats * windowMean(sums, i, 7) * weeklyShare));
    const daily = p.seats * activity[i]! * weeklyShare * stickiness * WEEKDAY_FACTOR[weekday(day)]! * (1 + 0.08 * rng.normal());
    dau[i] = Math.min(wau[i]!, Math.max(0, Math.round(daily)));
    logins[i] = dau[i] === 0 ? 0 : Math.max(dau[i]!, Math.round(dau[i]! * loginsPerUser * (1 + 0.1 * rng.normal())));
    seatsUsed[i] = Math.min(seatCap, Math.round(mau[i]! * seatTrueUp));
  }
  if (curve.dropDay !== null) enforceDrop(wau, dau, startDay, p.ref);

  return {
    startDay,
    dau,
    wau,
    mau,
    logins,
    seatsUsed,
    featureAdoption: featureAdoption(p, rng, sums, n),
    dropDay: curve.dropDay,
    zeroDay: curve.zeroDay,
  };
}

/**
 * Rounding can hide a drop on an account with two or three weekly users; the pattern promises
 * the usage-drop playbook a real 30% fall, so the last week is held to it.
 */
function enforceDrop(wau: number[], dau: number[], startDay: number, ref: number): void {
  for (let day = ref - 6; day <= ref; day++) {
    const i = day - startDay;
    const before = wau[i - 14];
    if (i < 14 || before === undefined) continue;
    wau[i] = Math.min(wau[i]!, Math.floor(before * 0.68));
    dau[i] = Math.min(dau[i]!, wau[i]!);
  }
}

/** Share of the plan's key features in regular use: slow-moving, in steps of one feature. */
function featureAdoption(p: AccountProfile, rng: Rng, sums: Float64Array, n: number): number[] {
  const features = p.plan.keyFeatures.length;
  const lowAdopter = (p.pattern === 'healthy' || p.pattern === 'seasonal') && rng.chance(0.25);
  const base = lowAdopter ? rng.uniform(0.15, 0.38) : rng.uniform(0.45, 0.85);
  const reference = Math.max(0.05, windowMean(sums, Math.min(n - 1, 60), 60));
  const out: number[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const relative = Math.min(1.4, windowMean(sums, i, 30) / reference);
    const level = p.pattern === 'growing' ? base + (1 - base) * Math.min(1, Math.max(0, relative - 1)) * 1.5 : base * Math.pow(relative, 0.7);
    out[i] = Math.round(Math.min(1, Math.max(0, level)) * features) / features;
  }
  return out.map((v) => Math.round(v * 10_000) / 10_000);
}

const SOURCES: Record<string, 'rollup' | 'reported'> = { seats_used: 'reported', feature_adoption: 'reported' };

export function usageSeries(p: AccountProfile, usage: Usage, metricCount: number): DemoMetricSeries[] {
  const startDay = isoDay(usage.startDay);
  const base: Record<string, number[]> = {
    weekly_active_users: usage.wau,
    seats_used: usage.seatsUsed,
    feature_adoption: usage.featureAdoption,
    logins: usage.logins,
    'events.login': usage.logins,
    daily_active_users: usage.dau,
    monthly_active_users: usage.mau,
  };
  return metricNames(metricCount).map((metric) => ({
    accountId: p.account.id,
    metric,
    startDay,
    values: base[metric] ?? extraEventCounts(p, usage, metric),
    source: SOURCES[metric] ?? 'rollup',
  }));
}

function extraEventCounts(p: AccountProfile, usage: Usage, metric: string): number[] {
  const rng = new Rng(p.seed, 'account', p.account.index, 'extra', metric);
  const perUser = rng.uniform(0.2, 3) * (1 + EXTRA_EVENT_METRICS.indexOf(metric as never) / 10);
  return usage.dau.map((d) => (d === 0 ? 0 : Math.max(0, Math.round(d * perUser * (1 + 0.15 * rng.normal())))));
}
