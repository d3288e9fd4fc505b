import type { LifecycleStage, TouchModel } from '../accounts/vocabulary.ts';
import { companyDomain, companyName } from './company-names.ts';
import { addYears, dayOf, isoAt, isoDay } from './days.ts';
import { ARR_BY_TIER, INDUSTRIES, PLANS, PLANS_BY_TIER, PRIMARY_GOALS, REGIONS } from './firmographics.ts';
import type { Industry, Plan, Region } from './firmographics.ts';
import { Rng } from './random.ts';
import { stratified } from './stratify.ts';
import type { DemoAccount, DemoOptions, DemoTeamMember, Tier, UsagePattern } from './types.ts';

/** What the other generators need to know about an account beyond its stored row. */
export interface AccountProfile {
  account: DemoAccount;
  seed: number;
  industry: Industry;
  region: Region;
  plan: Plan;
  seats: number;
  pattern: UsagePattern;
  /** The reference day and the first day of metric history, as day numbers. */
  ref: number;
  firstDay: number;
  contractStartDay: number;
  renewalDay: number;
  churnDay: number | null;
  /** Set when the champion left recently: the champion-change playbook's moment. */
  championLeftDay: number | null;
  championReplaced: boolean;
  /** Every product event of this account is stored raw (the rest keep only their latest logins). */
  instrumented: boolean;
  /** Nothing is dated after this (epoch ms). */
  asOfMs: number;
}

// Per block of 50 accounts. Rare patterns are what playbooks are for; most customers are fine.
const PATTERN_QUOTA: readonly (readonly [UsagePattern, number])[] = [
  ['healthy', 21], ['seasonal', 7], ['growing', 6], ['declining', 6], ['dropping', 3], ['dormant', 2], ['churned', 5],
];
const TIER_QUOTA: readonly (readonly [Tier, number])[] = [['enterprise', 5], ['mid-market', 13], ['smb', 22]];

/** Contract age in days, per pattern: a pattern needs enough history to show. */
const CONTRACT_AGE: Record<Exclude<UsagePattern, 'churned'>, readonly [number, number]> = {
  healthy: [5, 1095],
  seasonal: [200, 1095],
  growing: [120, 1095],
  declining: [180, 1095],
  dropping: [150, 1095],
  dormant: [180, 1095],
};

const YEAR_DAYS = 365;

function touchModelFor(rng: Rng, tier: Tier, arr: number): TouchModel {
  // The coverage model follows ARR, with the fuzz real books have (a strategic logo kept high-touch).
  const weighted = arr * rng.logNormal(1, 0.2);
  let touch: TouchModel = weighted >= 90_000 ? 'high' : weighted >= 15_000 ? 'low' : 'tech';
  if (tier === 'enterprise' && touch === 'tech') touch = 'low';
  if (tier === 'smb' && touch === 'high') touch = 'low';
  return touch;
}

/** The CSM whose login the demo hands out gets more of the accounts that need work, so their Today page shows the product. */
const SHOWCASE_CSM = 'csm@demo.playmaker.dev';

function ownerFor(rng: Rng, team: DemoTeamMember[], touch: TouchModel, needsWork: boolean): string {
  const book = team.filter((m) => m.book === touch);
  return rng.weighted(book.map((m) => [m.email, (m.capacity ?? 1) * (needsWork && m.email === SHOWCASE_CSM ? 3 : 1)] as const));
}

function lifecycleFor(rng: Rng, pattern: UsagePattern, age: number, daysToRenewal: number): LifecycleStage {
  if (pattern === 'churned') return 'churned';
  if (age < 90) return 'onboarding';
  const troubled = pattern === 'declining' || pattern === 'dormant';
  if (daysToRenewal <= 90) return troubled && rng.chance(0.5) ? 'at-risk' : 'renewal';
  if (troubled && rng.chance(0.6)) return 'at-risk';
  if (pattern === 'dropping' && rng.chance(0.15)) return 'at-risk';
  if (pattern === 'growing' && rng.chance(0.3)) return 'expansion';
  return age < YEAR_DAYS ? 'adoption' : 'mature';
}

export function accountProfile(options: DemoOptions, team: DemoTeamMember[], index: number): AccountProfile {
  const { seed } = options;
  const rng = new Rng(seed, 'account', index, 'profile');
  const ref = dayOf(options.referenceDay);
  const firstDay = ref - options.days + 1;
  const asOfMs = options.asOf ? Date.parse(options.asOf) : (ref + 1) * 86_400_000 - 60_000;

  const tier = stratified(seed, 'tier', index, TIER_QUOTA);
  const pattern = stratified(seed, 'pattern', index, PATTERN_QUOTA);
  const industry = rng.weighted(INDUSTRIES.map((i) => [i, i.weight] as const));
  const region = rng.weighted(REGIONS.map((r) => [r, r.weight] as const));
  const band = ARR_BY_TIER[tier];
  const arr = Math.round(Math.min(band.max, Math.max(band.min, rng.logNormal(band.median, band.sigma))) / 100) * 100;
  const plan = PLANS[rng.weighted(PLANS_BY_TIER[tier])]!;
  const discount = tier === 'enterprise' ? 0.75 : tier === 'mid-market' ? 0.9 : 1;
  const seats = Math.max(3, Math.round(arr / (plan.seatPrice * discount)));
  const touchModel = touchModelFor(rng, tier, arr);

  let contractStartDay: number;
  let renewalDay: number;
  let churnDay: number | null = null;
  if (pattern === 'churned') {
    // Churned at the end of a term, sometime this year: the renewal that did not happen.
    churnDay = ref - rng.int(21, Math.min(300, options.days - 30));
    renewalDay = churnDay;
    contractStartDay = addYears(churnDay, -rng.int(1, 3));
  } else {
    const [minAge, maxAge] = CONTRACT_AGE[pattern];
    contractStartDay = ref - rng.int(minAge, maxAge);
    let years = 1;
    while (addYears(contractStartDay, years) <= ref) years++;
    renewalDay = addYears(contractStartDay, years);
  }
  const age = ref - contractStartDay;
  const lifecycleStage = lifecycleFor(rng, pattern, age, renewalDay - ref);

  // Champions leave more often where things go wrong; the departure is recent (last 60 days).
  const leaveChance = pattern === 'churned' ? 0.35 : age < 90 ? 0 : pattern === 'declining' || pattern === 'dropping' || pattern === 'dormant' ? 0.15 : 0.06;
  const championLeft = rng.chance(leaveChance);
  const championLeftDay = championLeft ? (churnDay !== null ? churnDay - rng.int(20, 90) : ref - rng.int(1, 60)) : null;
  const championReplaced = championLeft && (churnDay === null ? rng.chance(0.35) : false);

  const name = companyName(seed, index, industry.descriptors);
  const country = rng.pick(region.countries);
  const focusFeature = rng.pick(plan.keyFeatures);
  const traits: Record<string, unknown> = {
    industry: industry.label,
    region: region.label,
    country,
    seats,
    employees: Math.round(seats * rng.uniform(3, 12)),
    primary_use_case: rng.pick(industry.use_cases),
    primary_goal: rng.pick(PRIMARY_GOALS),
    focus_feature: focusFeature,
    ...(pattern === 'growing' ? { expansion_candidate: true } : {}),
    ...(pattern === 'churned' ? { churned_on: isoDay(churnDay!), churn_reason: rng.pick(['budget cuts', 'moved to a competitor', 'low adoption', 'acquired', 'champion left']) } : {}),
  };

  const account: DemoAccount = {
    id: rng.uuid(),
    index,
    name,
    domain: companyDomain(name),
    crmId: `001${rng.base62(15)}`,
    productId: `acct_${rng.base62(14)}`,
    arr,
    plan: plan.name,
    tier,
    touchModel,
    lifecycleStage,
    contractStart: isoDay(contractStartDay),
    renewalDate: isoDay(renewalDay),
    ownerEmail: ownerFor(rng, team, touchModel, championLeft || pattern === 'declining' || pattern === 'dropping' || pattern === 'dormant'),
    traits,
    createdAt: isoAt(contractStartDay - rng.int(5, 40), rng.int(8 * 60, 18 * 60)),
    pattern,
  };
  return {
    account,
    seed,
    industry,
    region,
    plan,
    seats,
    pattern,
    ref,
    firstDay,
    contractStartDay,
    renewalDay,
    churnDay,
    championLeftDay,
    championReplaced,
    // Big accounts would dominate the raw event volume; the sample sticks to ones of up to 150 seats.
    instrumented: pattern !== 'churned' && seats <= 150 && new Rng(seed, 'account', index, 'instrumented').chance(options.rawEventShare),
    asOfMs,
  };
}
