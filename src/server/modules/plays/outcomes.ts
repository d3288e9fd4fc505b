import { and, asc, count, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { errors } from '../../http/errors.ts';
import { getPlaybookRow } from '../playbooks/store.ts';
import { closePlays } from './closing.ts';
import { assertMayAct } from './permissions.ts';
import type { Actor } from './permissions.ts';
import { plays } from './schema.ts';

/** Closes a play by hand as abandoned; the reason is required and kept with the outcome. */
export async function abandonPlay(db: Db, playId: string, reason: string, actor: Actor): Promise<void> {
  if (!reason?.trim()) throw errors.validation([{ path: 'reason', message: 'is required: say why the play is abandoned' }]);
  const [play] = await db.select().from(plays).where(eq(plays.id, playId));
  if (!play) throw errors.notFound(`Play ${playId}`);
  await assertMayAct(db, actor, play.ownerId, 'play');
  const closed = play.status === 'open' ? await closePlays(db, [playId], { outcome: 'abandoned', reason: reason.trim(), actorId: actor.id }) : [];
  if (!closed.length) {
    const [now] = await db.select({ outcome: plays.outcome }).from(plays).where(eq(plays.id, playId));
    throw errors.conflict('play_closed', `The play is already closed (${now?.outcome})`, { outcome: now?.outcome });
  }
}

export interface OutcomeCounts {
  open: number;
  success: number;
  failure: number;
  abandoned: number;
  total: number;
}

const emptyCounts = (): OutcomeCounts => ({ open: 0, success: 0, failure: 0, abandoned: 0, total: 0 });

/**
 * Treated and control plays per version of a playbook, counted by outcome: the raw material of
 * lift (treated success rate minus control success rate), which the analytics build on.
 */
export async function playbookOutcomes(db: Db, playbookId: string) {
  await getPlaybookRow(db, playbookId);
  const rows = await db
    .select({ version: plays.version, control: plays.control, status: plays.status, outcome: plays.outcome, n: count() })
    .from(plays)
    .where(eq(plays.playbookId, playbookId))
    .groupBy(plays.version, plays.control, plays.status, plays.outcome)
    .orderBy(asc(plays.version));
  const versions = new Map<number, { version: number; treated: OutcomeCounts; control: OutcomeCounts }>();
  const all = { treated: emptyCounts(), control: emptyCounts() };
  for (const row of rows) {
    const entry = versions.get(row.version) ?? { version: row.version, treated: emptyCounts(), control: emptyCounts() };
    versions.set(row.version, entry);
    for (const counts of [entry[row.control ? 'control' : 'treated'], all[row.control ? 'control' : 'treated']]) {
      counts[row.status === 'open' ? 'open' : row.outcome!] += row.n;
      counts.total += row.n;
    }
  }
  return { playbookId, versions: [...versions.values()].sort((a, b) => b.version - a.version), all };
}

export async function countOpenPlays(db: Db, playbookId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(plays).where(and(eq(plays.playbookId, playbookId), eq(plays.status, 'open')));
  return row!.n;
}
