import { sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import { uuidArray } from '../metrics/sql-arrays.ts';
import { audienceSql } from './active-triggers.ts';
import type { TriggerVersion } from './active-triggers.ts';

/**
 * The accounts a trigger version answers for in this run (its audience, narrowed to the
 * accounts whose data changed when the run is scoped): edge states outside it are left alone.
 */
export function responsibleFor(t: TriggerVersion, accountIds?: readonly string[]): SQL {
  const scope = accountIds ? sql` and a.id = any(${uuidArray(accountIds)})` : sql``;
  return sql`${audienceSql(t.audience)}${scope}`;
}

/** …and of those, the ones the trigger may fire on: members of its segment, when it names one. */
export function eligible(t: TriggerVersion, accountIds?: readonly string[]): SQL {
  const segment = t.trigger.segment
    ? sql` and exists (select 1 from segment_members sm where sm.account_id = a.id and sm.segment_id = ${t.trigger.segment})`
    : sql``;
  return sql`${responsibleFor(t, accountIds)}${segment}`;
}

/** Occurrences already acted on for this playbook (started a play, or were turned away). */
export function notFiredYet(t: TriggerVersion, key: SQL): SQL {
  return sql`not exists (select 1 from trigger_firings f where f.playbook_id = ${t.playbookId} and f.account_id = a.id and f.key = ${key})`;
}
