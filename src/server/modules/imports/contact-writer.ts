import type { ColumnPlan } from '../../../core/csv/column-plan.ts';
import type { RejectedRow } from '../../../core/csv/report.ts';
import { findAccounts } from './account-references.ts';
import type { BatchOutcome, ImportOrigin, PendingRow } from './batch-types.ts';
import type { ContactValues } from './row-validation.ts';
import type { KeyClaim, SeenKeys } from './seen-keys.ts';
import type { SqlRunner } from './sql-session.ts';

export interface PendingContact extends PendingRow<ContactValues> {
  /** The account key the row names, as written. */
  account: string;
}

interface Existing {
  id: string;
  external_id: string | null;
  account_id: string;
  email_key: string | null;
  name: string;
}

type Column = { field: keyof ContactValues & string; column: string; type: string };

const OPTIONAL_COLUMNS: Column[] = [
  { field: 'email', column: 'email', type: 'text' },
  { field: 'title', column: 'title', type: 'text' },
  { field: 'roles', column: 'roles', type: 'text[]' },
  { field: 'status', column: 'status', type: 'text' },
];

/**
 * Writes contacts a batch at a time. Each row is first matched to the contact it means, by its
 * external id or else by its account and email (which also adopts contacts created from the event
 * API, which have no external id yet); then one statement inserts or updates the batch by id and
 * adds the timeline entries the API would: contact added, contact left, role added.
 */
export class ContactWriter {
  private readonly plan: ColumnPlan;
  private readonly seen: SeenKeys;
  private readonly origin: ImportOrigin;
  private readonly columns: Column[];
  private readonly upsertSql: string;

  constructor(plan: ColumnPlan, seen: SeenKeys, origin: ImportOrigin) {
    this.plan = plan;
    this.seen = seen;
    this.origin = origin;
    this.columns = OPTIONAL_COLUMNS.filter((c) => plan.byField.has(c.field));
    this.upsertSql = this.buildUpsert();
  }

  private header(field: string): string {
    return this.plan.byField.get(field as never)?.header ?? field;
  }

  async write(tx: SqlRunner, rows: PendingContact[]): Promise<BatchOutcome> {
    const rejects: RejectedRow[] = [];
    const rejected = new Set<number>();
    const reject = (line: number, reason: string) => {
      if (rejected.has(line)) return;
      rejected.add(line);
      rejects.push({ line, reason });
    };
    const reference = this.plan.accountReference!;

    const lookup = await findAccounts(tx, reference, rows.map((r) => r.account));
    const accountOf = new Map<number, string>();
    for (const row of rows) {
      const found = lookup(row.account);
      if (found.ok) accountOf.set(row.line, found.id);
      else reject(row.line, `${this.header(reference)}: ${found.message}`);
    }

    const claims: (KeyClaim & { kind: 'id' | 'email'; value: string })[] = [];
    for (const row of rows.filter((r) => !rejected.has(r.line))) {
      if (row.values.externalId) claims.push({ key: `x:${row.values.externalId}`, line: row.line, kind: 'id', value: row.values.externalId });
      if (row.values.email) claims.push({ key: `e:${accountOf.get(row.line)}:${row.values.email.toLowerCase()}`, line: row.line, kind: 'email', value: row.values.email });
    }
    for (const [claim, firstLine] of await this.seen.claim(tx, claims)) {
      const { kind, value } = claim as (typeof claims)[number];
      reject(claim.line, kind === 'id'
        ? `${this.header('externalId')}: "${value}" is also on line ${firstLine}; each contact id may appear once`
        : `${this.header('email')}: "${value}" is also on line ${firstLine} for the same account`);
    }

    const candidates = rows.filter((r) => !rejected.has(r.line));
    const targets = await this.matchExisting(tx, candidates, accountOf, reject);
    const valid = candidates.filter((r) => !rejected.has(r.line));
    if (!valid.length) return { created: 0, updated: 0, unchanged: 0, rejects };

    const input = valid.map((r) => {
      const record: Record<string, unknown> = {
        line: r.line, id: targets.get(r.line) ?? null, account_id: accountOf.get(r.line), external_id: r.values.externalId ?? null, name: r.values.name,
      };
      for (const c of this.columns) record[c.column] = r.values[c.field] ?? null;
      return record;
    });
    const written = await tx.query<{ inserted: boolean }>(this.upsertSql, [JSON.stringify(input), this.origin.actorId, this.origin.file]);
    const created = written.filter((w) => w.inserted).length;
    return { created, updated: written.length - created, unchanged: valid.length - written.length, rejects };
  }

  /** Which stored contact each row means; refuses rows whose email belongs to a different contact. */
  private async matchExisting(tx: SqlRunner, rows: PendingContact[], accountOf: Map<number, string>, reject: (line: number, reason: string) => void) {
    const targets = new Map<number, string>();
    if (!rows.length) return targets;
    const ids = rows.map((r) => r.values.externalId).filter(Boolean);
    const emails = rows.filter((r) => r.values.email).map((r) => ({ a: accountOf.get(r.line), e: r.values.email!.toLowerCase() }));
    const existing = await tx.query<Existing>(
      `select c.id, c.external_id, c.account_id, lower(c.email) as email_key, c.name
       from contacts c join json_array_elements_text($1::text::json) x on c.external_id = x.value
       union
       select c.id, c.external_id, c.account_id, lower(c.email) as email_key, c.name
       from contacts c join json_to_recordset($2::text::json) as p(a uuid, e text) on c.account_id = p.a and lower(c.email) = p.e`,
      [JSON.stringify(ids), JSON.stringify(emails)],
    );
    const byId = new Map(existing.filter((c) => c.external_id).map((c) => [c.external_id!, c]));
    const byEmail = new Map(existing.filter((c) => c.email_key).map((c) => [`${c.account_id}:${c.email_key}`, c]));
    for (const row of rows) {
      const { externalId, email } = row.values;
      const mine = externalId ? byId.get(externalId) : undefined;
      const holder = email ? byEmail.get(`${accountOf.get(row.line)}:${email.toLowerCase()}`) : undefined;
      const taken = holder && (mine ? holder.id !== mine.id : Boolean(externalId && holder.external_id && holder.external_id !== externalId));
      if (taken) {
        reject(row.line, `${this.header('email')}: "${email}" already belongs to ${holder.name} on this account${holder.external_id ? ` (contact id ${holder.external_id})` : ''}`);
        continue;
      }
      const target = mine ?? holder;
      if (target) targets.set(row.line, target.id);
    }
    return targets;
  }

  private buildUpsert(): string {
    const cols = this.columns;
    const status = cols.some((c) => c.column === 'status');
    const insertColumns = ['id', 'account_id', 'external_id', 'name', ...cols.map((c) => c.column), ...(status ? ['left_at'] : [])];
    const insertValues = ['coalesce(id, gen_random_uuid())', 'account_id', 'external_id', 'name', ...cols.map((c) => c.column), ...(status ? ["case when status = 'left' then now() end"] : [])];
    const compared = ['account_id', 'name', ...cols.map((c) => c.column)];
    const sets = [
      'account_id = excluded.account_id',
      // A row matched by email with an empty id cell keeps the id the contact has.
      'external_id = coalesce(excluded.external_id, c.external_id)',
      ...compared.slice(1).map((col) => `${col} = excluded.${col}`),
      ...(status ? ["left_at = case when excluded.status = 'left' and c.status <> 'left' then now() when excluded.status = 'active' then null else c.left_at end"] : []),
      'updated_at = now()',
    ];
    return `
      with input as (
        select * from json_to_recordset($1::text::json)
          as x(line integer, id uuid, account_id uuid, external_id text, name text${cols.map((c) => `, ${c.column} ${c.type}`).join('')})
      ),
      before as (
        select c.id, c.status, c.roles from contacts c where c.id in (select id from input where id is not null)
      ),
      up as (
        insert into contacts as c (${insertColumns.join(', ')})
        select ${insertValues.join(', ')} from input order by line
        on conflict (id) do update set ${sets.join(', ')}
        where (c.external_id, ${compared.map((col) => `c.${col}`).join(', ')})
          is distinct from (coalesce(excluded.external_id, c.external_id), ${compared.map((col) => `excluded.${col}`).join(', ')})
        returning c.id, c.account_id, c.name, c.roles, c.status, (c.xmax = 0) as inserted
      ),
      events as (
        insert into timeline_events (account_id, type, actor_id, summary, data)
        select up.account_id, e.type, $2::text, e.summary,
               jsonb_build_object('contactId', up.id, 'name', up.name, 'roles', to_jsonb(up.roles), 'source', 'csv', 'file', $3::text) || e.extra
        from up
        left join before b on b.id = up.id
        cross join lateral (
          select 'contact.added' as type, up.name || ' added as a contact' as summary, '{}'::jsonb as extra
          where up.inserted
          union all
          select 'contact.left',
                 up.name || coalesce(' (' || nullif(array_to_string(array(select replace(r, '_', ' ') from unnest(up.roles) r), ', '), '') || ')', '') || ' left the company',
                 '{}'::jsonb
          where not up.inserted and b.status = 'active' and up.status = 'left'
          union all
          select 'contact.role_added', up.name || ' is now ' || replace(r, '_', ' '), jsonb_build_object('role', r)
          from unnest(up.roles) r
          where r <> 'user' and not (r = any(coalesce(b.roles, '{}'::text[])))
        ) e
      )
      select inserted from up`;
  }
}
