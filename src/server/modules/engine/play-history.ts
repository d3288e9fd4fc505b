import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/client.ts';
import { textArray, uuidArray } from '../metrics/sql-arrays.ts';
import type { PastPlay } from './arbitrate.ts';

/**
 * What arbitration needs to know about the candidates' accounts: every open play (exclusive
 * groups, the one-open-play rule) and every earlier play of the candidate playbooks (re-entry).
 * A play's exclusive group comes from its row, or from its version's trigger when the row has none.
 */
export async function loadPlayHistory(db: Db, accountIds: readonly string[], playbookIds: readonly string[]): Promise<Map<string, PastPlay[]>> {
  const history = new Map<string, PastPlay[]>();
  if (!accountIds.length) return history;
  const rows = await queryRows<PastPlay & { accountId: string }>(
    db,
    sql`select p.account_id as "accountId", p.playbook_id as "playbookId", to_char(p.started_on, 'YYYY-MM-DD') as "startedOn",
          p.status = 'open' as open, p.control, coalesce(p.exclusive_group, v.parsed->'trigger'->>'exclusive_group') as "exclusiveGroup"
        from plays p left join playbook_versions v on v.playbook_id = p.playbook_id and v.number = p.version
        where p.account_id = any(${uuidArray(accountIds)}) and (p.status = 'open' or p.playbook_id = any(${textArray(playbookIds)}))`,
  );
  for (const { accountId, ...play } of rows) {
    const list = history.get(accountId);
    if (list) list.push(play);
    else history.set(accountId, [play]);
  }
  return history;
}
