import { sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import { explainCondition, signalsOf } from '../../../core/conditions/index.ts';
import type { Checked, ExplainNode } from '../../../core/conditions/index.ts';
import { evaluateMetric } from '../../../core/metrics/functions.ts';
import { parsePercent, parsePlaybook } from '../../../core/playbook/index.ts';
import type { Playbook } from '../../../core/playbook/index.ts';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/client.ts';
import { errors } from '../../http/errors.ts';
import { lintFailed } from '../playbooks/problems.ts';
import type { TriggerVersion } from './active-triggers.ts';
import { sqlContext, valuesOf } from './candidate.ts';
import type { Candidate, SweepClock } from './candidate.ts';
import { compileOrRefuse } from './condition-errors.ts';
import { conditionSql, matchingAccountsQuery, withMetricJoins } from './condition-sql.ts';
import type { SqlContext } from './condition-sql.ts';
import { loadAccountFacts } from './facts-loader.ts';
import { sweep, sweepClock } from './sweep.ts';
import type { SweepDecision } from './sweep.ts';
import { eligible } from './trigger-scope.ts';
import { dateCandidates } from './triggers/date.ts';
import { eventCandidates } from './triggers/event.ts';
import { lastSeenSql } from './last-seen.ts';
import { inactiveSql } from './triggers/inactivity.ts';
import { keywordCandidates } from './triggers/keyword.ts';

export interface PreviewAccount {
  id: string;
  name: string;
  /** The values of the signals the condition read: what made it match. */
  values?: Record<string, string | null>;
  /** For occurrence-based triggers: the occurrence (event, renewal date, matched text). */
  detail?: Record<string, unknown>;
}

export interface Preview {
  kind: string;
  condition?: string;
  playbookId?: string;
  version?: number;
  /** Accounts matching now; for occurrence-based triggers, occurrences within the catch-up window. */
  total: number;
  accounts: PreviewAccount[];
  /** What the next sweep would do for this playbook (a dry run), when the version is the one in use. */
  nextSweep?: { started: number; control: number; skipped: number; decisions: SweepDecision[] };
}

interface Paging {
  limit: number;
  offset: number;
}

function countMatching(checked: Checked, base: SqlContext, where: SQL = sql`true`): SQL {
  const { joins, ctx } = withMetricJoins(checked, base);
  return sql`select count(*)::int as n from accounts a left join health_scores h on h.account_id = a.id${joins} where ${where} and (${conditionSql(checked, ctx)})`;
}

async function names(db: Db, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await queryRows<{ id: string; name: string }>(db, sql`select id::text as id, name from accounts where id = any(${`{${ids.join(',')}}`}::uuid[])`);
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Every account matching a condition now, with the values that made each match. */
export async function previewCondition(db: Db, condition: string, paging: Paging, clock: SweepClock = sweepClock({})): Promise<Preview> {
  const checked = compileOrRefuse(condition, 'condition');
  const ctx = sqlContext(clock);
  const { query, signals } = matchingAccountsQuery(checked, ctx, paging);
  const rows = await queryRows<Record<string, unknown> & { id: string; name: string }>(db, query);
  const [count] = await queryRows<{ n: number }>(db, countMatching(checked, ctx));
  return { kind: 'condition', condition, total: count!.n, accounts: rows.map((r) => ({ id: r.id, name: r.name, values: valuesOf(r, signals) })) };
}

async function levelMatches(db: Db, t: TriggerVersion, clock: SweepClock, paging: Paging): Promise<{ total: number; accounts: PreviewAccount[] }> {
  const trigger = t.trigger;
  const page = (list: Candidate[]) => list.slice(paging.offset, paging.offset + paging.limit);
  const fromCandidates = async (list: Candidate[]) => {
    const shown = page(list);
    const byId = await names(db, [...new Set(shown.map((c) => c.accountId))]);
    return { total: list.length, accounts: shown.map((c) => ({ id: c.accountId, name: byId.get(c.accountId) ?? '', detail: { key: c.key, ...c.detail } })) };
  };
  switch (trigger.kind) {
    case 'signal': {
      const checked = compileOrRefuse(trigger.when, 'trigger.when');
      const ctx = sqlContext(clock);
      const { query, signals } = matchingAccountsQuery(checked, ctx, { ...paging, where: eligible(t) });
      const rows = await queryRows<Record<string, unknown> & { id: string; name: string }>(db, query);
      const [count] = await queryRows<{ n: number }>(db, countMatching(checked, ctx, eligible(t)));
      return { total: count!.n, accounts: rows.map((r) => ({ id: r.id, name: r.name, values: valuesOf(r, signals) })) };
    }
    case 'inactivity': {
      const where = sql`${eligible(t)} and (${inactiveSql(trigger, clock)})`;
      const rows = await queryRows<{ id: string; name: string; last_seen: string | null }>(
        db,
        sql`select a.id, a.name, to_char(${lastSeenSql(trigger.event, clock)}, 'YYYY-MM-DD') as last_seen from accounts a where ${where} order by a.name, a.id limit ${paging.limit} offset ${paging.offset}`,
      );
      const [count] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from accounts a where ${where}`);
      return { total: count!.n, accounts: rows.map((r) => ({ id: r.id, name: r.name, detail: { event: trigger.event, days: trigger.days, lastSeen: r.last_seen } })) };
    }
    case 'date':
      return fromCandidates(await dateCandidates(db, { ...t, trigger }, { clock }, { ignoreFired: true }));
    case 'event':
      return fromCandidates(await eventCandidates(db, { ...t, trigger }, { clock }, { ignoreFired: true }));
    case 'keyword':
      return fromCandidates(await keywordCandidates(db, { ...t, trigger }, { clock }, { ignoreFired: true }));
  }
}

/**
 * A playbook version's trigger, previewed: who matches now (with values or occurrences), and,
 * for the version in use, what the next sweep would do (a dry run: re-entry, exclusive groups,
 * holdout included).
 */
export async function previewPlaybook(db: Db, playbookId: string, version: number | undefined, paging: Paging, clock: SweepClock = sweepClock({})): Promise<Preview> {
  const [row] = await queryRows<{ number: number; parsed: Playbook; in_use: boolean }>(
    db,
    sql`select v.number, v.parsed, (p.status in ('pilot', 'active') and (v.number = p.active_version or v.number = pl.version)) as in_use
        from playbooks p join playbook_versions v on v.playbook_id = p.id
        left join playbook_pilots pl on pl.playbook_id = p.id
        where p.id = ${playbookId} and v.number = coalesce(${version ?? null}::int, p.active_version, p.current_version)`,
  );
  if (!row) throw errors.notFound(version ? `Version ${version} of playbook ${playbookId}` : `Playbook ${playbookId}`);
  const t = triggerOf(playbookId, row.number, row.parsed, `Playbook ${playbookId} version ${row.number}`);
  const matches = await levelMatches(db, t, clock, paging);
  const preview: Preview = { kind: t.trigger.kind, playbookId, version: row.number, ...matches };
  if (row.in_use) {
    const dry = await sweep(db, { today: clock.today, now: clock.now, playbookIds: [playbookId], dryRun: true });
    preview.nextSweep = { started: dry.started, control: dry.control, skipped: dry.skipped, decisions: dry.decisions.slice(0, paging.limit) };
  }
  return preview;
}

function triggerOf(playbookId: string, version: number, parsed: Playbook, what: string): TriggerVersion {
  const trigger = parsed.trigger;
  if (!trigger || trigger.kind === 'manual') throw errors.badRequest('no_trigger', `${what} has ${trigger ? 'a manual trigger' : 'no trigger'}: nothing to preview`);
  return { playbookId, version, trigger, reentry: parsed.reentry ?? 'once', holdout: parsePercent(parsed.holdout ?? '0%') ?? 0, audience: { kind: 'all' } };
}

/**
 * The trigger of a playbook as it is being edited (its YAML, not yet published): who matches now
 * and why. Nothing of it is stored, so there is no sweep dry run.
 */
export async function previewSource(db: Db, source: string, paging: Paging, clock: SweepClock = sweepClock({})): Promise<Preview> {
  const parsed = parsePlaybook('draft.yaml', source);
  if (!parsed.ok) throw lintFailed(parsed.problems, 'The playbook has errors');
  const t = triggerOf(parsed.playbook.id, 0, parsed.playbook, `Playbook ${parsed.playbook.id}`);
  return { kind: t.trigger.kind, playbookId: t.playbookId, ...(await levelMatches(db, t, clock, paging)) };
}

export interface Explanation {
  accountId: string;
  name: string;
  today: string;
  matches: boolean;
  tree: ExplainNode;
}

/** Why one account does or does not match a condition: every comparison with its value and result. */
export async function explainAccount(db: Db, condition: string, accountId: string, options: { eventProperties?: Record<string, unknown>; clock?: SweepClock } = {}): Promise<Explanation> {
  const checked = compileOrRefuse(condition, 'condition', { eventProperties: options.eventProperties !== undefined });
  const today = (options.clock ?? sweepClock({})).today;
  const facts = (await loadAccountFacts(db, [accountId], today, signalsOf(checked).map((s) => s.signal))).get(accountId);
  if (!facts) throw errors.notFound(`Account ${accountId}`);
  if (options.eventProperties) facts.eventProperties = options.eventProperties;
  const tree = explainCondition(checked, facts, evaluateMetric);
  return { accountId, name: String(facts.fields.name ?? ''), today, matches: tree.result === true, tree };
}

