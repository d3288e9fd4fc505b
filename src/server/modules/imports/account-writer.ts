import type { ColumnPlan } from '../../../core/csv/column-plan.ts';
import type { RejectedRow } from '../../../core/csv/report.ts';
import type { BatchOutcome, ImportOrigin, PendingRow } from './batch-types.ts';
import type { AccountValues } from './row-validation.ts';
import type { KeyClaim, SeenKeys } from './seen-keys.ts';
import type { SqlRunner } from './sql-session.ts';

type Column = { field: keyof AccountValues & string; column: string; type: string };

const COLUMNS: Column[] = [
  { field: 'name', column: 'name', type: 'text' },
  { field: 'crmId', column: 'crm_id', type: 'text' },
  { field: 'productId', column: 'product_id', type: 'text' },
  { field: 'domain', column: 'domain', type: 'text' },
  { field: 'arr', column: 'arr', type: 'numeric' },
  { field: 'plan', column: 'plan', type: 'text' },
  { field: 'tier', column: 'tier', type: 'text' },
  { field: 'touchModel', column: 'touch_model', type: 'text' },
  { field: 'lifecycleStage', column: 'lifecycle_stage', type: 'text' },
  { field: 'contractStart', column: 'contract_start', type: 'date' },
  { field: 'renewalDate', column: 'renewal_date', type: 'date' },
  { field: 'ownerId', column: 'owner_id', type: 'text' },
];

const KEY_PREFIX = { crmId: 'c:', productId: 'p:' } as const;

/**
 * Traits from the file merged over the stored ones; an empty cell removes that trait rather than
 * storing null. A new account's traits are stripped of nulls on insert; an existing one's keep
 * them in `excluded` so the update knows which keys to remove.
 */
const MERGED_TRAITS = `(a.traits - array(select key from jsonb_each(excluded.traits) where value = 'null'::jsonb)) || jsonb_strip_nulls(excluded.traits)`;

/**
 * Writes accounts a batch at a time: one statement upserts the batch on its key
 * (`insert … on conflict (crm_id) do update … where <something changed>`), tells created from
 * updated by `xmax = 0`, and leaves unchanged rows untouched. An account the import changed gets
 * an `account.updated` timeline entry saying what changed, from what to what; one it created gets
 * none (a first load of a CRM is not news, and an entry per row made a million-row import half
 * again as slow; see docs/decisions/007-csv-import.md).
 */
export class AccountWriter {
  private readonly plan: ColumnPlan;
  private readonly seen: SeenKeys;
  private readonly origin: ImportOrigin;
  private readonly key: 'crmId' | 'productId';
  private readonly other: 'crmId' | 'productId' | undefined;
  private readonly columns: Column[];
  private readonly withTraits: boolean;
  private readonly upsertSql: string;

  constructor(plan: ColumnPlan, seen: SeenKeys, origin: ImportOrigin) {
    this.plan = plan;
    this.seen = seen;
    this.origin = origin;
    this.key = plan.accountKey!;
    const other = this.key === 'crmId' ? 'productId' : 'crmId';
    this.other = plan.byField.has(other) ? other : undefined;
    const mapped = new Set<string>([...plan.byField.keys()].map((f) => (f === 'owner' ? 'ownerId' : f)));
    this.columns = COLUMNS.filter((c) => mapped.has(c.field));
    this.withTraits = plan.columns.some((c) => c.target.kind === 'trait');
    this.upsertSql = this.buildUpsert();
  }

  private header(field: 'crmId' | 'productId'): string {
    return this.plan.byField.get(field)!.header;
  }

  async write(tx: SqlRunner, rows: PendingRow<AccountValues>[]): Promise<BatchOutcome> {
    const rejects: RejectedRow[] = [];
    const rejected = new Set<number>();
    const reject = (line: number, reason: string) => {
      if (rejected.has(line)) return;
      rejected.add(line);
      rejects.push({ line, reason });
    };

    const claims: (KeyClaim & { field: 'crmId' | 'productId' })[] = [];
    for (const row of rows) {
      for (const field of [this.key, this.other]) {
        const value = field && row.values[field];
        if (field && value) claims.push({ key: KEY_PREFIX[field] + value, line: row.line, field });
      }
    }
    for (const [claim, firstLine] of await this.seen.claim(tx, claims)) {
      const field = (claim as (typeof claims)[number]).field;
      reject(claim.line, `${this.header(field)}: "${claim.key.slice(2)}" is also on line ${firstLine}; each ${field} may appear once`);
    }

    if (this.other) await this.refuseTakenIds(tx, rows.filter((r) => !rejected.has(r.line)), reject);
    const valid = rows.filter((r) => !rejected.has(r.line));
    if (!valid.length) return { created: 0, updated: 0, unchanged: 0, rejects };

    const input = valid.map((r) => {
      const record: Record<string, unknown> = { line: r.line };
      for (const c of this.columns) record[c.column] = r.values[c.field] ?? null;
      if (this.withTraits) record.traits = r.values.traits ?? {};
      return record;
    });
    const written = await tx.query<{ inserted: boolean }>(this.upsertSql, [JSON.stringify(input), this.origin.actorId, this.origin.file]);
    const created = written.filter((w) => w.inserted).length;
    return { created, updated: written.length - created, unchanged: valid.length - written.length, rejects };
  }

  /** The other unique id must not belong to a different account already: that would fail the whole batch. */
  private async refuseTakenIds(tx: SqlRunner, rows: PendingRow<AccountValues>[], reject: (line: number, reason: string) => void) {
    const other = this.other!;
    const pairs = rows.filter((r) => r.values[other]).map((r) => ({ line: r.line, key: r.values[this.key], other: r.values[other] }));
    if (!pairs.length) return;
    const [keyColumn, otherColumn] = [this.key, other].map((f) => COLUMNS.find((c) => c.field === f)!.column);
    const taken = await tx.query<{ line: number; name: string; key: string | null }>(
      `select i.line, a.name, a.${keyColumn} as key
       from json_to_recordset($1::text::json) as i(line integer, key text, other text)
       join accounts a on a.${otherColumn} = i.other
       where a.${keyColumn} is distinct from i.key`,
      [JSON.stringify(pairs)],
    );
    for (const t of taken) {
      const value = pairs.find((p) => p.line === t.line)!.other;
      reject(t.line, `${this.header(other)}: "${value}" already belongs to account ${t.name}${t.key ? ` (${this.key} ${t.key})` : ''}`);
    }
  }

  private buildUpsert(): string {
    const key = COLUMNS.find((c) => c.field === this.key)!.column;
    const cols = this.columns;
    const names = cols.map((c) => c.column);
    const traits = this.withTraits ? ['traits'] : [];
    const updatable = cols.filter((c) => c.column !== key);
    const sets = [...updatable.map((c) => `${c.column} = excluded.${c.column}`), ...(this.withTraits ? [`traits = ${MERGED_TRAITS}`] : [])];
    const current = [...updatable.map((c) => `a.${c.column}`), ...(this.withTraits ? ['a.traits'] : [])];
    const proposed = [...updatable.map((c) => `excluded.${c.column}`), ...(this.withTraits ? [MERGED_TRAITS] : [])];
    const differs = (c: string) => `b.${c} is distinct from up.${c}`;
    const changedNames = [...updatable.map((c) => `case when ${differs(c.column)} then '${c.field}' end`), ...(this.withTraits ? [`case when ${differs('traits')} then 'traits' end`] : [])];
    const values = (side: 'b' | 'up') =>
      updatable.length ? updatable.map((c) => `case when ${differs(c.column)} then jsonb_build_object('${c.field}', ${side}.${c.column}) else '{}'::jsonb end`).join(' || ') : `'{}'::jsonb`;
    return `
      with input as (
        select * from json_to_recordset($1::text::json) as x(line integer, ${[...cols.map((c) => `${c.column} ${c.type}`), ...(this.withTraits ? ['traits jsonb'] : [])].join(', ')})
      ),
      before as (
        select a.id, ${[...names, ...traits].map((n) => `a.${n}`).join(', ')} from accounts a where a.${key} in (select ${key} from input)
      ),
      up as (
        insert into accounts as a (${[...names, ...traits].join(', ')})
        select ${[...names, ...(this.withTraits ? [`case when ${key} in (select ${key} from before) then traits else jsonb_strip_nulls(coalesce(traits, '{}'::jsonb)) end`] : [])].join(', ')} from input order by line
        on conflict (${key}) do update set ${[...sets, 'updated_at = now()'].join(', ')}
        where (${[...current, 'null::text'].join(', ')}) is distinct from (${[...proposed, 'null::text'].join(', ')})
        returning a.id, (a.xmax = 0) as inserted, ${[...names, ...traits].map((n) => `a.${n}`).join(', ')}
      ),
      events as (
        insert into timeline_events (account_id, type, actor_id, summary, data)
        select up.id, 'account.updated', $2::text,
               'Import from ' || $3::text || ' changed ' || array_to_string(ch.changed, ', '),
               jsonb_build_object('source', 'csv', 'file', $3::text, 'changed', to_jsonb(ch.changed), 'from', ch.before_values, 'to', ch.after_values)
        from up
        join before b on b.id = up.id
        cross join lateral (
          select array_remove(array[${changedNames.join(', ') || 'null'}]::text[], null) as changed,
                 ${values('b')} as before_values,
                 ${values('up')} as after_values
        ) ch
        where not up.inserted
      )
      select inserted from up`;
  }
}
