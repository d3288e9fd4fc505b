import { addDays } from '../conditions/dates.ts';
import type { Reentry } from '../playbook/schema.ts';

/**
 * Whether a playbook may start again on an account, given when earlier plays of it started
 * (YYYY-MM-DD, any order). An open play is prevented separately, by a database constraint.
 */
export function reentryAllows(policy: Reentry, previousStarts: string[], today: string): { allowed: boolean; reason?: string } {
  if (!previousStarts.length) return { allowed: true };
  if (policy === 'once') return { allowed: false, reason: 'the playbook runs once per account' };
  if ('cooldown' in policy) {
    const days = Number(policy.cooldown.replace(/[dw]$/, '')) * (policy.cooldown.endsWith('w') ? 7 : 1);
    const last = previousStarts.reduce((a, b) => (a > b ? a : b));
    const until = addDays(last, days);
    return today >= until ? { allowed: true } : { allowed: false, reason: `cooling down until ${until}` };
  }
  const days = Number(policy.per.replace(/[dw]$/, '')) * (policy.per.endsWith('w') ? 7 : 1);
  const since = addDays(today, -days);
  const recent = previousStarts.filter((d) => d > since).length;
  return recent < policy.max ? { allowed: true } : { allowed: false, reason: `already started ${recent} times in the last ${policy.per}` };
}
