import type { Tier } from './types.ts';

export interface Industry {
  key: string;
  label: string;
  weight: number;
  /** Words a company in this industry puts after its name. */
  descriptors: readonly string[];
  /** Day of the year usage peaks for seasonal accounts, and how deep the off-season is. */
  seasonPeakDay: number;
  use_cases: readonly string[];
}

export const INDUSTRIES: readonly Industry[] = [
  { key: 'software', label: 'Software', weight: 14, descriptors: ['Software', 'Labs', 'Systems', 'Technologies', 'Cloud', 'Digital'], seasonPeakDay: 75, use_cases: ['customer onboarding', 'release reporting', 'renewal forecasting'] },
  { key: 'financial-services', label: 'Financial services', weight: 10, descriptors: ['Capital', 'Financial', 'Advisors', 'Credit Union', 'Partners', 'Wealth'], seasonPeakDay: 350, use_cases: ['client reporting', 'audit preparation', 'portfolio reviews'] },
  { key: 'healthcare', label: 'Healthcare', weight: 9, descriptors: ['Health', 'Clinics', 'Medical Group', 'Care', 'Diagnostics', 'Therapeutics'], seasonPeakDay: 40, use_cases: ['patient scheduling', 'compliance tracking', 'clinic operations'] },
  { key: 'manufacturing', label: 'Manufacturing', weight: 9, descriptors: ['Manufacturing', 'Industries', 'Components', 'Fabrication', 'Works', 'Tooling'], seasonPeakDay: 100, use_cases: ['supplier quality', 'production planning', 'maintenance reporting'] },
  { key: 'retail', label: 'Retail & e-commerce', weight: 9, descriptors: ['Outfitters', 'Goods', 'Market', 'Supply', 'Home', 'Collective'], seasonPeakDay: 330, use_cases: ['inventory reporting', 'store operations', 'promotions planning'] },
  { key: 'education', label: 'Education', weight: 7, descriptors: ['Learning', 'Academy', 'Schools', 'Education', 'Institute', 'Tutoring'], seasonPeakDay: 280, use_cases: ['course planning', 'student success', 'enrollment reporting'] },
  { key: 'logistics', label: 'Logistics', weight: 8, descriptors: ['Logistics', 'Freight', 'Transport', 'Shipping', 'Fleet', 'Distribution'], seasonPeakDay: 320, use_cases: ['shipment tracking', 'carrier scorecards', 'warehouse reporting'] },
  { key: 'media', label: 'Media & marketing', weight: 7, descriptors: ['Media', 'Studios', 'Creative', 'Agency', 'Publishing', 'Productions'], seasonPeakDay: 260, use_cases: ['campaign reporting', 'content planning', 'client dashboards'] },
  { key: 'professional-services', label: 'Professional services', weight: 9, descriptors: ['Consulting', 'Partners', 'Group', 'Associates', 'Advisory', 'Legal'], seasonPeakDay: 90, use_cases: ['project delivery', 'utilization reporting', 'client reviews'] },
  { key: 'hospitality', label: 'Hospitality & travel', weight: 5, descriptors: ['Hotels', 'Resorts', 'Travel', 'Hospitality', 'Inns', 'Journeys'], seasonPeakDay: 190, use_cases: ['booking analytics', 'guest feedback', 'property operations'] },
  { key: 'energy', label: 'Energy & utilities', weight: 5, descriptors: ['Energy', 'Power', 'Utilities', 'Renewables', 'Grid', 'Solar'], seasonPeakDay: 20, use_cases: ['field operations', 'outage reporting', 'asset tracking'] },
  { key: 'real-estate', label: 'Real estate', weight: 4, descriptors: ['Properties', 'Realty', 'Estates', 'Living', 'Development', 'Spaces'], seasonPeakDay: 150, use_cases: ['lease management', 'portfolio reporting', 'tenant services'] },
  { key: 'nonprofit', label: 'Nonprofit', weight: 4, descriptors: ['Foundation', 'Trust', 'Alliance', 'Network', 'Fund', 'Society'], seasonPeakDay: 340, use_cases: ['donor reporting', 'program tracking', 'volunteer coordination'] },
];

export const REGIONS = [
  { key: 'north-america', label: 'North America', weight: 50, countries: ['United States', 'United States', 'United States', 'Canada'], timezoneOffsetHours: -6 },
  { key: 'emea', label: 'EMEA', weight: 30, countries: ['United Kingdom', 'Germany', 'France', 'Netherlands', 'Sweden', 'Ireland', 'Spain'], timezoneOffsetHours: 1 },
  { key: 'apac', label: 'APAC', weight: 14, countries: ['Australia', 'Singapore', 'Japan', 'New Zealand', 'India'], timezoneOffsetHours: 8 },
  { key: 'latam', label: 'LATAM', weight: 6, countries: ['Brazil', 'Mexico', 'Chile', 'Colombia'], timezoneOffsetHours: -4 },
] as const;
export type Region = (typeof REGIONS)[number];

export interface Plan {
  name: string;
  /** List price per seat per year, before the discounts big customers negotiate. */
  seatPrice: number;
  keyFeatures: readonly string[];
}

const FEATURES = ['dashboards', 'reports', 'alerts', 'exports', 'integrations', 'workflows', 'sso', 'api', 'audit-log', 'sandboxes', 'custom-roles', 'forecasting'] as const;

export const PLANS: Record<string, Plan> = {
  Starter: { name: 'Starter', seatPrice: 300, keyFeatures: FEATURES.slice(0, 4) },
  Growth: { name: 'Growth', seatPrice: 420, keyFeatures: FEATURES.slice(0, 6) },
  Business: { name: 'Business', seatPrice: 540, keyFeatures: FEATURES.slice(0, 8) },
  Enterprise: { name: 'Enterprise', seatPrice: 660, keyFeatures: FEATURES.slice(0, 12) },
};

export const PLANS_BY_TIER: Record<Tier, readonly (readonly [string, number])[]> = {
  smb: [['Starter', 55], ['Growth', 45]],
  'mid-market': [['Growth', 30], ['Business', 70]],
  enterprise: [['Business', 20], ['Enterprise', 80]],
};

/** ARR medians and spreads per tier (log-normal), clamped to the tier's plausible band. */
export const ARR_BY_TIER: Record<Tier, { median: number; sigma: number; min: number; max: number }> = {
  smb: { median: 7_500, sigma: 0.6, min: 1_200, max: 30_000 },
  'mid-market': { median: 38_000, sigma: 0.5, min: 10_000, max: 150_000 },
  enterprise: { median: 160_000, sigma: 0.55, min: 60_000, max: 1_200_000 },
};

export const PRIMARY_GOALS = [
  'cut reporting time in half',
  'give leadership one view of the business',
  'retire spreadsheets for weekly reviews',
  'standardise processes across regions',
  'shorten onboarding for new staff',
  'catch problems before customers notice',
] as const;
