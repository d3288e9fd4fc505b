import type { ContactRole, LifecycleStage, TouchModel } from '../accounts/vocabulary.ts';
import type { Role } from '../auth/permissions.ts';

export const USAGE_PATTERNS = ['healthy', 'seasonal', 'growing', 'declining', 'dropping', 'dormant', 'churned'] as const;
export type UsagePattern = (typeof USAGE_PATTERNS)[number];

export const TIERS = ['enterprise', 'mid-market', 'smb'] as const;
export type Tier = (typeof TIERS)[number];

export interface DemoOptions {
  seed: number;
  /** The last day with data, YYYY-MM-DD (UTC); "today" for the demo. */
  referenceDay: string;
  accounts: number;
  /** Days of metric history, ending on the reference day. */
  days: number;
  /** How many metric series per account, from the front of DEMO_METRICS (then extra event counts). */
  metrics: number;
  /**
   * Nothing is dated after this instant (ISO). The loader passes "now" so a demo loaded in the
   * morning has no events later that day; by default, the end of the reference day.
   */
  asOf?: string;
  /** Days of raw product events (logins, feature use) for the instrumented sample of accounts. */
  rawEventDays: number;
  /** Share of accounts whose every product event is stored raw; the rest keep their last login only. */
  rawEventShare: number;
}

export interface DemoTeamMember {
  /** Stable key: the sign-in email. */
  email: string;
  name: string;
  role: Role;
  managerEmail?: string;
  startDate: string;
  /** Which book of business a CSM carries. */
  book?: TouchModel;
  /** Relative size of the CSM's book within its touch model. */
  capacity?: number;
}

export interface DemoAccount {
  id: string;
  index: number;
  name: string;
  domain: string;
  crmId: string;
  productId: string;
  arr: number;
  plan: string;
  tier: Tier;
  touchModel: TouchModel;
  lifecycleStage: LifecycleStage;
  contractStart: string;
  renewalDate: string;
  ownerEmail: string;
  traits: Record<string, unknown>;
  createdAt: string;
  /** Not stored: how usage was drawn, for tests and docs. */
  pattern: UsagePattern;
}

export interface DemoContact {
  id: string;
  accountId: string;
  externalId: string;
  name: string;
  email: string;
  title: string;
  roles: ContactRole[];
  status: 'active' | 'left';
  leftAt: string | null;
  createdAt: string;
  /** Not stored: the contact's seat in the product; externalId is that user's Segment userId. */
  seat: number;
}

export interface DemoTicket {
  id: string;
  accountId: string;
  contactId: string | null;
  externalId: string;
  subject: string;
  priority: 'low' | 'normal' | 'high' | 'urgent';
  status: 'open' | 'pending' | 'solved' | 'closed';
  openedAt: string;
  closedAt: string | null;
  csat: number | null;
}

export interface DemoSurvey {
  id: string;
  accountId: string;
  contactId: string | null;
  externalId: string;
  kind: 'nps' | 'csat';
  score: number;
  comment: string | null;
  respondedAt: string;
}

export interface DemoNote {
  id: string;
  accountId: string;
  authorEmail: string;
  body: string;
  createdAt: string;
}

export interface DemoEvent {
  messageId: string;
  accountId: string;
  event: string;
  /** The product user; null for business events from the CRM or helpdesk, which are nobody's product use. */
  userId: string | null;
  groupId: string;
  properties: Record<string, unknown>;
  occurredAt: string;
  receivedAt: string;
}

export interface DemoTimelineEntry {
  accountId: string;
  type: string;
  occurredAt: string;
  actorEmail: string | null;
  summary: string;
  data: Record<string, unknown>;
}

export interface DemoMetricSeries {
  accountId: string;
  metric: string;
  startDay: string;
  values: number[];
  source: 'rollup' | 'reported';
}

export interface DemoUserDay {
  accountId: string;
  day: string;
  userId: string;
}

/** Everything about one account; the loader writes these in chunks. */
export interface DemoAccountBundle {
  account: DemoAccount;
  contacts: DemoContact[];
  tickets: DemoTicket[];
  surveys: DemoSurvey[];
  notes: DemoNote[];
  events: DemoEvent[];
  timeline: DemoTimelineEntry[];
  series: DemoMetricSeries[];
  userDays: DemoUserDay[];
}
