// Everyday texts avoid every phrase the starter keyword triggers watch ("cancel", "switch to",
// "alternative", competitor names, ...); only THREAT_* texts contain them, so each keyword match in
// the demo is one the generator meant.

export const TICKET_SUBJECTS = {
  low: ['How do I change the default date range on dashboards?', 'Request: dark mode for the reports page', 'Typo in the weekly digest email', 'Question about exporting to PDF', 'Can we rename a workspace?'],
  normal: ['Scheduled report arrived late', 'New users not receiving invite emails', 'CSV export missing the region column', 'Question about our latest invoice', 'Dashboard filters reset after refresh', 'How to add a second admin?', 'Slack alerts going to the wrong channel', 'Permissions for contractors'],
  high: ['SSO login fails for a group of users', 'Data sync from the CRM is a day behind', 'Reports time out for large date ranges', 'API returning 429 errors during nightly job', 'Integration stopped updating after the last release'],
  urgent: ['Nobody on our team can log in', 'Dashboards show no data since this morning', 'Possible data mismatch in board report due tomorrow', 'Webhook deliveries failing for all workflows'],
} as const;

export const NPS_COMMENTS = {
  promoter: ['The dashboards save my team hours every week.', 'Support is quick and actually solves things.', 'Rolled it out to two more teams, everyone likes it.', 'Our leadership reviews are so much easier now.', 'Reliable, and the new workflow builder is great.'],
  passive: ['Does the job, but reporting could be more flexible.', 'Good product, onboarding new staff takes a while.', 'Fine overall. Some pages are slow with lots of data.', 'We use a fraction of it; would like more training.', 'Solid, but the pricing is hard to justify to finance.'],
  detractor: ['Too many sync issues lately, my team has lost trust in the numbers.', 'Support takes days to answer anything non-trivial.', 'Adoption stalled after our admin left; nobody owns it now.', 'Hard to get value out of it for our use case.', 'The last release broke reports we rely on every Monday.'],
} as const;

export const CSAT_COMMENTS = {
  good: ['Onboarding went smoothly.', 'Great kickoff and training sessions.', 'Clear plan, we were live in weeks.'],
  bad: ['Onboarding dragged on, too many handoffs.', 'Training did not cover our setup.'],
} as const;

export const COMPETITORS = ['Northwind Analytics', 'Contoso Insights', 'Fabrikam Cloud'] as const;

/** Planted on purpose for the churn-recovery playbook's keyword trigger. */
export const THREAT_CHURN = [
  'If the sync problems continue we will cancel at the end of the term.',
  'Finance asked me to look at whether we are not renewing this year.',
  'Heads up: legal may send a notice of termination next month.',
  'We are considering whether to end our contract early given the low usage.',
] as const;

/** Planted on purpose for the competitive-threat playbook's keyword trigger; {competitor} is filled in. */
export const THREAT_COMPETITIVE = [
  'Our new VP wants us to switch to {competitor} because they already used it.',
  'Procurement set up a demo from {competitor} next week.',
  'We are evaluating other vendors, including {competitor}, before the renewal.',
  '{competitor} offered a cheaper option for the same number of seats.',
] as const;

export const THREAT_TICKETS = {
  churn: ['How do we cancel the remaining seats at renewal?', 'Steps to close our account and export all data'],
  competitive: ['Full data export needed: we may switch to {competitor}', 'Security questionnaire for an RFP we are running'],
} as const;

export const NOTE_TEMPLATES = {
  checkIn: ['Check-in with {champion}: team is using {feature} weekly, wants tips on sharing dashboards with execs.', 'Call with {champion}. Happy overall, asked for a refresher on {feature} for new hires.', 'Monthly sync with {champion}: no blockers, next step is rolling out {feature} to the regional teams.'],
  qbr: ['QBR held with {sponsor} and {champion}. Reviewed goals: {goal}. Agreed next quarter focus on {feature}.', 'QBR: {sponsor} pleased with progress toward "{goal}". Action: share usage report by team before next review.'],
  renewalConcern: ['Renewal in {renewalDays} days. {sponsor} asked for ROI numbers before committing; budget is under review.', 'Renewal prep: procurement wants a multi-year discount, and usage in two teams is down. Need a value review before the renewal date.', 'Concern for renewal: {champion} says leadership questions the spend while usage is flat. Booking a value review.'],
  risk: ['Usage keeps sliding since their reorg. {champion} is stretched thin; proposed a re-onboarding session.', 'Escalated the sync issue to engineering; {sponsor} is frustrated with the delays.', 'Several teams stopped logging in. Suspect the workflow broke after the data migration; investigating.'],
  expansion: ['{champion} asked about adding seats for the {team} team; they are at the seat limit.', 'Strong adoption. {sponsor} interested in the {plan} plan features for the wider org.'],
  championLeft: ['Heard that {former} has left {company}. Need to find a new day-to-day owner quickly.', '{former} moved on last week; asked {sponsor} who will own the rollout now.'],
} as const;

export const TEAMS = ['finance', 'support', 'marketing', 'operations', 'sales', 'product'] as const;

export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, key: string) => (key in values ? String(values[key]) : m));
}
