import { sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import { excerptAround, findKeyword, keywordPattern } from '../../../../core/conditions/index.ts';
import type { Db } from '../../../db/client.ts';
import { queryRows } from '../../../db/client.ts';
import type { TriggerVersion } from '../active-triggers.ts';
import { CATCH_UP_DAYS, CURSOR_OVERLAP_MS, candidateOf, nowSql } from '../candidate.ts';
import type { Candidate, KindContext } from '../candidate.ts';
import { uuidArray } from '../../metrics/sql-arrays.ts';
import { eligible, notFiredYet } from '../trigger-scope.ts';

type KeywordTrigger = Extract<TriggerVersion['trigger'], { kind: 'keyword' }>;
const DAY_MS = 86_400_000;

/**
 * The texts written within the window, one row per text: notes by creation, tickets by opening
 * (a helpdesk sync that brings in old tickets must not fire on them), survey comments by answer
 * time. Plain scans with the window, not a probe per account: the window is what is selective.
 */
function texts(sources: KeywordTrigger['sources'], from: SQL, to: SQL, accountIds?: readonly string[]): SQL {
  const only = (column: SQL) => (accountIds ? sql` and ${column} = any(${uuidArray(accountIds)})` : sql``);
  const parts: SQL[] = [];
  if (sources.includes('note')) parts.push(sql`select n.account_id, 'note:' || n.id as key, 'note' as source, n.id::text as source_id, n.created_at as at, n.body as body from notes n where n.created_at > ${from} and n.created_at <= ${to}${only(sql`n.account_id`)}`);
  if (sources.includes('ticket')) parts.push(sql`select t.account_id, 'ticket:' || t.id, 'ticket', t.id::text, t.opened_at, t.subject from tickets t where t.opened_at > ${from} and t.opened_at <= ${to}${only(sql`t.account_id`)}`);
  if (sources.includes('survey')) parts.push(sql`select s.account_id, 'survey:' || s.id, 'survey', s.id::text, s.responded_at, s.comment from survey_responses s where s.comment is not null and s.responded_at > ${from} and s.responded_at <= ${to}${only(sql`s.account_id`)}`);
  return sql.join(parts, sql` union all `);
}

/**
 * New notes, tickets and survey comments that mention a phrase or a competitor, whole-word and
 * case-insensitive. The database matches (`~*` with `\m…\M`); the matched text, which list it
 * came from and an excerpt go into the play's trigger detail. Each text fires once (its key).
 * Matching many phrases is costly per text, so a full sweep reads only the texts written since
 * the previous one (`readTo`), within the catch-up window.
 */
export async function keywordCandidates(db: Db, t: TriggerVersion & { trigger: KeywordTrigger }, ctx: KindContext, options: { limit?: number; ignoreFired?: boolean } = {}): Promise<Candidate[]> {
  const phrases = t.trigger.phrases;
  const competitors = t.trigger.competitors ?? [];
  const pattern = keywordPattern([...phrases, ...competitors]);
  const windowStart = ctx.clock.now.getTime() - CATCH_UP_DAYS * DAY_MS;
  const since = ctx.readTo ? Math.max(windowStart, ctx.readTo.getTime() - CURSOR_OVERLAP_MS) : windowStart;
  const from = sql`${new Date(since).toISOString()}::timestamptz`;
  const rows = await queryRows<{ accountId: string; key: string; source: string; source_id: string; at: string; matched: string; body: string }>(
    db,
    sql`select a.id as "accountId", x.key, x.source, x.source_id, to_char(x.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as at,
          (regexp_match(x.body, ${pattern}, 'i'))[1] as matched, left(x.body, 4000) as body
        from (${texts(t.trigger.sources, from, nowSql(ctx.clock), ctx.accountIds)}) x join accounts a on a.id = x.account_id
        where x.body ~* ${pattern} and ${eligible(t, ctx.accountIds)}${options.ignoreFired ? sql`` : sql` and ${notFiredYet(t, sql`x.key`)}`}
        order by x.at, x.key${options.limit ? sql` limit ${options.limit}` : sql``}`,
  );
  return rows.map((r) => {
    const competitor = findKeyword(r.matched, competitors);
    const found = findKeyword(r.body, [r.matched]);
    return candidateOf(t, {
      accountId: r.accountId,
      key: r.key,
      playKey: r.key,
      at: r.at,
      detail: {
        source: r.source,
        sourceId: r.source_id,
        matched: r.matched,
        list: competitor ? 'competitor' : 'phrase',
        phrase: (competitor ?? findKeyword(r.matched, phrases))?.phrase ?? r.matched,
        excerpt: found ? excerptAround(r.body, found.index, found.matched.length) : r.body.slice(0, 200),
      },
    });
  });
}
