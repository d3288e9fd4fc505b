import { sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import { parsePercent } from '../../../core/playbook/index.ts';
import type { Playbook, Reentry, Trigger } from '../../../core/playbook/index.ts';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/client.ts';
import { textArray } from '../metrics/sql-arrays.ts';

/** A trigger the engine sweeps for; manual triggers have nothing to sweep. */
export type SweptTrigger = Exclude<Trigger, { kind: 'manual' }>;

/**
 * Which accounts a playbook version is evaluated for. A pilot version applies to the accounts
 * the pilot's CSMs own, during the pilot's window; the active version to everyone else
 * (version-resolution.ts, applied to the account owner).
 */
export type Audience = { kind: 'all' } | { kind: 'owners'; userIds: string[] } | { kind: 'other-owners'; userIds: string[] };

export interface TriggerVersion {
  playbookId: string;
  version: number;
  trigger: SweptTrigger;
  reentry: Reentry;
  /** Share of eligible accounts held out as control, 0–0.5. */
  holdout: number;
  audience: Audience;
}

interface Row {
  id: string;
  status: 'pilot' | 'active';
  active_version: number | null;
  pilot_version: number | null;
  pilot_users: string[] | null;
  pilot_starts: string | null;
  pilot_ends: string | null;
  active_parsed: Playbook | null;
  pilot_parsed: Playbook | null;
}

function triggerVersion(playbookId: string, version: number, parsed: Playbook | null, audience: Audience): TriggerVersion[] {
  const trigger = parsed?.trigger;
  if (!parsed || !trigger || trigger.kind === 'manual') return [];
  return [{ playbookId, version, trigger, reentry: parsed.reentry ?? 'once', holdout: parsePercent(parsed.holdout ?? '0%') ?? 0, audience }];
}

/** The triggers of every active and piloted playbook version that applies on `today`. */
export async function loadActiveTriggers(db: Db, today: string, playbookIds?: readonly string[]): Promise<TriggerVersion[]> {
  const only = playbookIds ? sql` and p.id = any(${textArray(playbookIds)})` : sql``;
  const rows = await queryRows<Row>(
    db,
    sql`select p.id, p.status, p.active_version, pl.version as pilot_version, pl.user_ids as pilot_users,
          to_char(pl.starts_on, 'YYYY-MM-DD') as pilot_starts, to_char(pl.ends_on, 'YYYY-MM-DD') as pilot_ends,
          av.parsed as active_parsed, pv.parsed as pilot_parsed
        from playbooks p
        left join playbook_pilots pl on pl.playbook_id = p.id
        left join playbook_versions av on av.playbook_id = p.id and av.number = p.active_version
        left join playbook_versions pv on pv.playbook_id = p.id and pv.number = pl.version
        where p.status in ('pilot', 'active')${only}
        order by p.id`,
  );
  return rows.flatMap((r) => {
    const piloting = r.pilot_version !== null && r.pilot_users?.length && r.pilot_starts! <= today && today <= r.pilot_ends!;
    const active = r.status === 'active' && r.active_version !== null;
    if (!piloting) return active ? triggerVersion(r.id, r.active_version!, r.active_parsed, { kind: 'all' }) : [];
    if (active && r.pilot_version === r.active_version) return triggerVersion(r.id, r.active_version!, r.active_parsed, { kind: 'all' });
    return [
      ...triggerVersion(r.id, r.pilot_version!, r.pilot_parsed, { kind: 'owners', userIds: r.pilot_users! }),
      ...(active ? triggerVersion(r.id, r.active_version!, r.active_parsed, { kind: 'other-owners', userIds: r.pilot_users! }) : []),
    ];
  });
}

/** Whether account `a` is in the audience, as SQL. */
export function audienceSql(audience: Audience): SQL {
  if (audience.kind === 'all') return sql`true`;
  const owners = sql`a.owner_id = any(${textArray(audience.userIds)})`;
  return audience.kind === 'owners' ? owners : sql`(a.owner_id is null or not ${owners})`;
}
