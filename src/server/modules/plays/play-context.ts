import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { errors } from '../../http/errors.ts';
import type { Account } from '../accounts/service.ts';
import { getAccount } from '../accounts/service.ts';
import { loadOwnerFacts, ownerResolver } from './owners.ts';
import type { OwnerResolver, User } from './owners.ts';
import { playSteps, plays } from './schema.ts';
import { readPlaySettings } from './settings.ts';
import type { PlaySettings } from './settings.ts';
import { loadMergeBase } from './step-rendering.ts';
import type { MergeBase } from './step-rendering.ts';
import { loadVersion } from './versions.ts';
import type { PlayVersion } from './versions.ts';

export type PlayRow = typeof plays.$inferSelect;
export type StepRow = typeof playSteps.$inferSelect;

/**
 * One play as a transaction changes it: its version, account, the people its roles resolve to,
 * and its steps by step id (kept current as steps change). Built once per transaction.
 */
export interface PlayContext {
  db: Db;
  play: PlayRow;
  version: PlayVersion;
  account: Account;
  today: string;
  /** Who caused the change; null for the engine's own jobs. */
  actorId: string | null;
  settings: PlaySettings;
  owners: OwnerResolver;
  people: Map<string, User>;
  steps: Map<string, StepRow>;
  mergeBase(): Promise<MergeBase>;
  /** Webhook steps opened in this transaction: they are called once it has committed. */
  webhookStepIds: string[];
  /** Steps opened in this transaction, in order (what the caller shows next). */
  openedStepIds: string[];
}

/** Reads a play and locks it, so that two transitions on one play run one after the other. */
export async function lockPlay(tx: Db, playId: string): Promise<PlayRow> {
  const [play] = await tx.select().from(plays).where(eq(plays.id, playId)).for('update');
  if (!play) throw errors.notFound(`Play ${playId}`);
  return play;
}

export interface ContextOptions {
  today: string;
  actorId: string | null;
  settings?: PlaySettings;
  account?: Account;
}

export async function loadPlayContext(tx: Db, play: PlayRow, options: ContextOptions): Promise<PlayContext> {
  // Sequential: a transaction is one connection, which runs one query at a time anyway.
  const version = await loadVersion(tx, play.playbookId, play.version);
  const account = options.account ?? (await getAccount(tx, play.accountId));
  const settings = options.settings ?? (await readPlaySettings(tx));
  const rows = await tx.select().from(playSteps).where(eq(playSteps.playId, play.id)).orderBy(asc(playSteps.position));
  const facts = await loadOwnerFacts(tx, account, settings);
  let base: Promise<MergeBase> | undefined;
  const context: PlayContext = {
    db: tx,
    play,
    version,
    account,
    today: options.today,
    actorId: options.actorId,
    settings,
    owners: ownerResolver(facts),
    people: facts.people,
    steps: new Map(rows.map((row) => [row.stepId, row])),
    mergeBase: () => (base ??= loadMergeBase(tx, context.account, facts.people, options.today)),
    webhookStepIds: [],
    openedStepIds: [],
  };
  return context;
}

/** Runs `work` in a transaction on one locked play; the context it gets is that play's. */
export async function withPlay<T>(db: Db, playId: string, options: ContextOptions, work: (ctx: PlayContext) => Promise<T>): Promise<{ value: T; ctx: PlayContext }> {
  return db.transaction(async (transaction) => {
    const tx = transaction as unknown as Db;
    const play = await lockPlay(tx, playId);
    const ctx = await loadPlayContext(tx, play, options);
    return { value: await work(ctx), ctx };
  });
}
