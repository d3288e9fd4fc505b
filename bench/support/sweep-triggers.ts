// The 20 triggers of the sweep benchmark: the starter library's 13 swept triggers plus 7 more,
// so every kind is there more than once, and the same 20 written by hand in SQL (the floor).
import { sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import { keywordPattern } from '../../src/core/conditions/index.ts';
import { addDays } from '../../src/core/conditions/dates.ts';

export const EXTRA_TRIGGERS: Record<string, Record<string, unknown>> = {
  'bench-welcome': { kind: 'date', anchor: 'contract_start +14d' },
  'bench-renewal-risk': { kind: 'date', anchor: 'renewal_date -60d', when: 'health.score < 70' },
  'bench-detractor': { kind: 'event', event: 'nps_response', where: 'properties.score <= 6' },
  'bench-urgent-ticket': { kind: 'event', event: 'ticket_opened', where: 'properties.priority = "urgent"', priority: 75 },
  'bench-dormant': { kind: 'inactivity', event: 'login', days: '60d', exclusive_group: 'rescue' },
  'bench-low-logins': { kind: 'signal', when: 'metric.logins.avg(30d) < 5 and arr > 20000' },
  'bench-enterprise-renewal': { kind: 'signal', when: 'days_until_renewal <= 90 and health.tier in ["critical", "at-risk"]', segment: 'bench-enterprise' },
};

export const BENCH_SEGMENT = { id: 'bench-enterprise', name: 'Enterprise', condition: 'tier = "enterprise"' };

const CHURN_PHRASES = ['cancel', 'terminate', 'not renewing', "won't renew", 'non-renewal', 'end our contract', 'close our account', 'notice of termination'];
const COMPETITIVE_PHRASES = ['alternative', 'switch to', 'evaluating other', 'looking at other tools', 'RFP', 'cheaper option', 'moving to', 'demo from', 'Northwind Analytics', 'Contoso Insights', 'Fabrikam Cloud'];

/**
 * Hand-written SQL for the same 20 conditions: the accounts each matches now, nothing else.
 * Keyword conditions read the texts since `textsSince`, as a sweep does after the first one.
 */
export function floorQueries(today: string, now: Date, textsSince: Date): Record<string, SQL> {
  const T = sql`${today}::date`;
  const N = sql`${now.toISOString()}::timestamptz`;
  const week = sql`(${N} - interval '7 days')`;
  const recent = sql`${textsSince.toISOString()}::timestamptz`;
  const value = (metric: string) => sql`(select pm_series_value(ms.start_day, ms.values, ${T}) from metric_series ms where ms.account_id = a.id and ms.metric = ${metric})`;
  const texts = (pattern: string) => sql`
    select distinct x.account_id from (
      select account_id, body as t from notes where created_at > ${recent} and created_at <= ${N}
      union all select account_id, subject from tickets where opened_at > ${recent} and opened_at <= ${N}
      union all select account_id, comment from survey_responses where comment is not null and responded_at > ${recent} and responded_at <= ${N}
    ) x where x.t ~* ${pattern}`;
  const lastLogin = sql`greatest((select max(e.occurred_at)::date from events e where e.account_id = a.id and e.event = 'login'),
      (select pm_series_last_nonzero(ms.start_day, ms.values, ${T}) from metric_series ms where ms.account_id = a.id and ms.metric = 'events.login'))`;
  return {
    adoption: sql`select a.id from accounts a where a.lifecycle_stage = 'adoption' and ${T} - a.contract_start >= 90 and ${value('seats_used')} < 0.5 * (a.traits->>'seats')::float8`,
    'at-risk': sql`select a.id from accounts a join health_scores h on h.account_id = a.id where h.score < 60 and a.lifecycle_stage not in ('onboarding', 'churned')`,
    'champion-change': sql`select a.id from accounts a where a.lifecycle_stage <> 'churned'
      and not exists (select 1 from contacts c where c.account_id = a.id and 'champion' = any(c.roles) and c.status = 'active')`,
    'churn-recovery': texts(keywordPattern(CHURN_PHRASES)),
    'competitive-threat': texts(keywordPattern(COMPETITIVE_PHRASES)),
    expansion: sql`select a.id from accounts a join health_scores h on h.account_id = a.id
      where ${value('seats_used')} >= 0.9 * (a.traits->>'seats')::float8 and h.score >= 70 and a.lifecycle_stage in ('adoption', 'mature')
        and not exists (select 1 from events e where e.account_id = a.id and e.event = 'ticket_opened' and e.occurred_at >= (${T} - 30)::timestamp at time zone 'UTC' and e.properties->>'priority' = 'urgent')`,
    'feature-adoption': sql`select a.id from accounts a where a.lifecycle_stage in ('adoption', 'mature') and ${T} - a.contract_start >= 60 and ${value('feature_adoption')} < 0.4`,
    'low-engagement': sql`select a.id from accounts a where coalesce(${lastLogin}, a.contract_start, a.created_at::date) <= ${addDays(today, -30)}::date`,
    onboarding: sql`select distinct a.id from accounts a join events e on e.account_id = a.id and e.event = 'contract_signed' and e.occurred_at > ${week} and e.occurred_at <= ${N} where a.touch_model in ('high', 'low')`,
    qbr: sql`select a.id from accounts a where a.touch_model = 'high' and ${T} - a.contract_start >= 90
      and ${T} - (select max(e.occurred_at)::date from events e where e.account_id = a.id and e.event = 'qbr_held') >= 80`,
    renewal: sql`select a.id from accounts a where a.renewal_date between ${addDays(today, 113)}::date and ${addDays(today, 120)}::date and a.touch_model in ('high', 'low') and a.lifecycle_stage <> 'churned'`,
    retention: sql`select distinct x.account_id from (
        select account_id from tickets where closed_at > ${N} - interval '14 days' and closed_at <= ${N} - interval '7 days'
        union all select account_id from events where event = 'ticket_closed' and occurred_at > ${N} - interval '14 days' and occurred_at <= ${N} - interval '7 days'
      ) x join accounts a on a.id = x.account_id where a.touch_model in ('high', 'low')`,
    'usage-drop': sql`select a.id from accounts a join metric_series ms on ms.account_id = a.id and ms.metric = 'weekly_active_users'
      where pm_series_change(ms.start_day, ms.values, ${T}, 14) <= -0.3 and a.lifecycle_stage <> 'onboarding'`,
    'bench-welcome': sql`select a.id from accounts a where a.contract_start between ${addDays(today, -21)}::date and ${addDays(today, -14)}::date`,
    'bench-renewal-risk': sql`select a.id from accounts a join health_scores h on h.account_id = a.id where a.renewal_date between ${addDays(today, 53)}::date and ${addDays(today, 60)}::date and h.score < 70`,
    'bench-detractor': sql`select distinct account_id from survey_responses where kind = 'nps' and score <= 6 and responded_at > ${week} and responded_at <= ${N}`,
    'bench-urgent-ticket': sql`select distinct account_id from tickets where priority = 'urgent' and opened_at > ${week} and opened_at <= ${N}`,
    'bench-dormant': sql`select a.id from accounts a where coalesce(${lastLogin}, a.contract_start, a.created_at::date) <= ${addDays(today, -60)}::date`,
    'bench-low-logins': sql`select a.id from accounts a join metric_series ms on ms.account_id = a.id and ms.metric = 'logins'
      where pm_series_avg(ms.start_day, ms.values, ${T}, 30) < 5 and a.arr > 20000`,
    'bench-enterprise-renewal': sql`select a.id from accounts a join health_scores h on h.account_id = a.id
      where a.tier = 'enterprise' and a.renewal_date - ${T} <= 90 and h.tier in ('critical', 'at-risk')`,
  };
}

/**
 * Each trigger as one condition, for the naive loop (the in-memory evaluator over facts loaded
 * per account). Keyword triggers are matched in JavaScript over the account's recent texts.
 */
export const NAIVE_CONDITIONS: Record<string, string> = {
  'low-engagement': 'event.login.days_since >= 30 or (event.login.days_since = null and days_since_contract_start >= 30)',
  onboarding: 'event.contract_signed.count(7d) >= 1 and touch_model in ["high", "low"]',
  renewal: 'days_until_renewal <= 120 and days_until_renewal >= 113 and touch_model in ["high", "low"] and lifecycle != "churned"',
  retention: 'event.ticket_closed.count(14d) >= 1 and touch_model in ["high", "low"]',
  'bench-welcome': 'days_since_contract_start >= 14 and days_since_contract_start <= 21',
  'bench-renewal-risk': 'days_until_renewal <= 60 and days_until_renewal >= 53 and health.score < 70',
  'bench-urgent-ticket': 'event.ticket_opened.count(7d, priority = "urgent") >= 1',
  'bench-dormant': 'event.login.days_since >= 60 or (event.login.days_since = null and days_since_contract_start >= 60)',
};

export const NAIVE_KEYWORDS: Record<string, string[]> = { 'churn-recovery': CHURN_PHRASES, 'competitive-threat': COMPETITIVE_PHRASES };
