import { USAGE_TYPES } from '../../../core/ingest/limits.ts';

/** What a statement that stored or attributed events reports back: counts per account, day and kind. */
export interface StoredGroup {
  account_id: string | null;
  day: string;
  usage: boolean;
  n: number;
}

/** Select list grouping the rows of a `returning account_id, type, occurred_at` CTE by account and UTC day. */
export const STORED_GROUPS_SELECT = `account_id, to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD') as day, type in (${USAGE_TYPES.map((t) => `'${t}'`).join(', ')}) as usage, count(*)::int as n`;

/** The account-days whose rollups these stored events make stale. */
export function dirtyDaysOf(groups: StoredGroup[]): { accountId: string; day: string }[] {
  return groups.filter((g) => g.usage && g.account_id).map((g) => ({ accountId: g.account_id!, day: g.day }));
}
