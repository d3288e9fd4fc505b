import { sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { queryRows } from '../../../db/client.ts';
import type { TriggerVersion } from '../active-triggers.ts';
import { nowSql } from '../candidate.ts';
import type { KindContext } from '../candidate.ts';
import { eligible, responsibleFor } from '../trigger-scope.ts';

/**
 * Edge triggering in one statement: the accounts matching now are compared with trigger_states
 * (the accounts that matched at the last sweep); those no longer matching are forgotten, the new
 * ones are remembered and returned. Two sweeps racing each other both try to insert the same
 * state row and only one gets it back, so a transition is handed out once.
 *
 * `matches` is a boolean over `a` (accounts), `h` (health_scores) and `joins`; `columns` are
 * extra output columns over the same, for the play's trigger detail.
 */
export async function risingEdges<T extends Record<string, unknown>>(db: Db, t: TriggerVersion, ctx: KindContext, matches: SQL, columns: SQL = sql``, joins: SQL = sql``): Promise<(T & { accountId: string })[]> {
  const playbook = t.playbookId;
  return queryRows<T & { accountId: string }>(
    db,
    sql`with matched as (
          select a.id from accounts a left join health_scores h on h.account_id = a.id${joins}
          where ${eligible(t, ctx.accountIds)} and (${matches})
        ),
        fallen as (
          delete from trigger_states s using accounts a
          where s.playbook_id = ${playbook} and s.account_id = a.id and ${responsibleFor(t, ctx.accountIds)}
            and not exists (select 1 from matched m where m.id = s.account_id)
        ),
        risen as (
          insert into trigger_states (playbook_id, account_id, matched, changed_at)
          select ${playbook}, m.id, true, ${nowSql(ctx.clock)} from matched m
          where not exists (select 1 from trigger_states s where s.playbook_id = ${playbook} and s.account_id = m.id)
          on conflict (playbook_id, account_id) do nothing
          returning account_id
        )
        select r.account_id as "accountId"${columns}
        from risen r join accounts a on a.id = r.account_id left join health_scores h on h.account_id = a.id${joins}`,
  );
}
