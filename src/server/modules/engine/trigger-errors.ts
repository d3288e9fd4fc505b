import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/client.ts';
import type { TriggerVersion } from './active-triggers.ts';

/**
 * Records a trigger that failed at run time. The same failure sweep after sweep stays one open
 * row that counts its repeats, so the admin list shows problems, not a flood.
 */
export async function recordTriggerError(db: Db, t: TriggerVersion, message: string): Promise<void> {
  const updated = await queryRows<{ id: number }>(
    db,
    sql`update trigger_errors set repeats = repeats + 1, last_occurred_at = now()
        where playbook_id = ${t.playbookId} and version = ${t.version} and message = ${message} and resolved_at is null
        returning id`,
  );
  if (updated.length) return;
  await db.execute(sql`insert into trigger_errors (playbook_id, version, message, trigger_kind) values (${t.playbookId}, ${t.version}, ${message}, ${t.trigger.kind})`);
}

/** A trigger that ran cleanly closes its open errors. */
export async function resolveTriggerErrors(db: Db, t: TriggerVersion): Promise<void> {
  await db.execute(sql`update trigger_errors set resolved_at = now() where playbook_id = ${t.playbookId} and resolved_at is null`);
}

export interface TriggerErrorRow {
  id: number;
  playbookId: string;
  version: number;
  triggerKind: string | null;
  message: string;
  occurredAt: string;
  lastOccurredAt: string;
  repeats: number;
  resolvedAt: string | null;
}

export async function listTriggerErrors(db: Db, options: { includeResolved: boolean; page: number; pageSize: number }): Promise<{ rows: TriggerErrorRow[]; total: number }> {
  const where = options.includeResolved ? sql`true` : sql`resolved_at is null`;
  const iso = (column: string) => sql.raw(`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);
  const rows = await queryRows<TriggerErrorRow>(
    db,
    sql`select id::int as id, playbook_id as "playbookId", version, trigger_kind as "triggerKind", message, repeats,
          ${iso('occurred_at')} as "occurredAt", ${iso('last_occurred_at')} as "lastOccurredAt", ${iso('resolved_at')} as "resolvedAt"
        from trigger_errors where ${where}
        order by last_occurred_at desc, id desc limit ${options.pageSize} offset ${(options.page - 1) * options.pageSize}`,
  );
  const [count] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from trigger_errors where ${where}`);
  return { rows, total: count!.n };
}
