import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/client.ts';
import type { TriggerVersion } from './active-triggers.ts';

const keyOf = (t: Pick<TriggerVersion, 'playbookId' | 'version'>) => `${t.playbookId}@${t.version}`;

/** Where each keyword trigger's reading stopped at the last full sweep. */
export async function loadCursors(db: Db): Promise<Map<string, Date>> {
  const rows = await queryRows<{ playbook_id: string; version: number; read_to: string }>(db, sql`select playbook_id, version, read_to::text as read_to from trigger_cursors`);
  return new Map(rows.map((r) => [keyOf({ playbookId: r.playbook_id, version: r.version }), new Date(r.read_to)]));
}

export function cursorOf(cursors: Map<string, Date>, t: TriggerVersion): Date | undefined {
  return cursors.get(keyOf(t));
}

/** Moves a trigger's cursor forward (never back: a sweep for an earlier instant reads nothing new). */
export async function advanceCursor(db: Db, t: TriggerVersion, to: Date): Promise<void> {
  await db.execute(sql`insert into trigger_cursors (playbook_id, version, read_to) values (${t.playbookId}, ${t.version}, ${to.toISOString()}::timestamptz)
    on conflict (playbook_id, version) do update set read_to = greatest(trigger_cursors.read_to, excluded.read_to)`);
}
