import { sql } from 'drizzle-orm';
import { addDays } from '../../../core/conditions/dates.ts';
import { utcToday } from '../../../core/metrics/days.ts';
import { daysBetween } from '../../../core/metrics/days.ts';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/client.ts';
import { notify, playLink } from './audit.ts';
import { readPlaySettings } from './settings.ts';

/**
 * Tells each owner's manager about steps overdue by at least N days (setting
 * engine.overdueNotifyDays, default 3), once per step: the claim on overdue_notified_at is what
 * makes a second run, or a second worker, stay quiet. Owners without a manager hear it themselves.
 */
export async function notifyOverdueSteps(db: Db, options: { today?: string; days?: number } = {}): Promise<number> {
  const today = options.today ?? utcToday();
  const days = options.days ?? (await readPlaySettings(db)).overdueNotifyDays;
  const cutoff = addDays(today, -days);
  return db.transaction(async (transaction) => {
    const tx = transaction as unknown as Db;
    const claimed = await queryRows<{ id: string; title: string; due_on: string; owner_id: string; play_id: string; account_id: string; account_name: string; owner_name: string; manager_id: string | null }>(
      tx,
      sql`update play_steps ps set overdue_notified_at = now()
          from plays p, accounts a, users u
          where p.id = ps.play_id and a.id = p.account_id and u.id = ps.owner_id
            and p.status = 'open' and ps.state = 'open' and ps.kind not in ('wait', 'action')
            and ps.due_on <= ${cutoff}::date and ps.overdue_notified_at is null
          returning ps.id, ps.title, ps.due_on::text as due_on, ps.owner_id, p.id as play_id, a.id as account_id, a.name as account_name, u.name as owner_name,
            (select m.id from users m where m.id = u.manager_id and m.active) as manager_id`,
    );
    await notify(
      tx,
      claimed.map((step) => ({
        userId: step.manager_id ?? step.owner_id,
        kind: 'step.overdue',
        title: `${step.owner_name}'s step "${step.title}" on ${step.account_name} is ${daysBetween(step.due_on, today)} days overdue`,
        link: playLink(step.account_id, step.play_id),
      })),
    );
    return claimed.length;
  });
}
