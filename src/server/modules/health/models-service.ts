import { desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { DEFAULT_HEALTH_MODEL, HealthModelSchema } from '../../../core/health/model.ts';
import type { HealthModel } from '../../../core/health/model.ts';
import { healthModels } from './schema.ts';

/** Serialises model changes: the partial unique index allows one active model, and two admins saving at once must not both deactivate and insert. */
const MODEL_LOCK_KEY = 7_246_173_201;

export interface StoredHealthModel {
  id: number;
  config: HealthModel;
  active: boolean;
  note: string | null;
  createdBy: string | null;
  createdAt: string;
}

function toStored(row: typeof healthModels.$inferSelect): StoredHealthModel {
  // Parsing fills defaults for fields added to the model format after this version was saved.
  return { id: row.id, config: HealthModelSchema.parse(row.config), active: row.active, note: row.note, createdBy: row.createdBy, createdAt: row.createdAt.toISOString() };
}

/** The active model; on first use, the default model is stored and activated. */
export async function getActiveModel(db: Db): Promise<StoredHealthModel> {
  const [row] = await db.select().from(healthModels).where(eq(healthModels.active, true));
  if (row) return toStored(row);
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${MODEL_LOCK_KEY})`);
    const [again] = await tx.select().from(healthModels).where(eq(healthModels.active, true));
    if (again) return toStored(again);
    const [created] = await tx.insert(healthModels).values({ config: DEFAULT_HEALTH_MODEL, active: true, note: 'Default model' }).returning();
    return toStored(created!);
  });
}

/** Stores a new version and makes it the active one. */
export async function saveModel(db: Db, config: HealthModel, note: string | null, createdBy: string | null): Promise<StoredHealthModel> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${MODEL_LOCK_KEY})`);
    await tx.update(healthModels).set({ active: false }).where(eq(healthModels.active, true));
    const [created] = await tx.insert(healthModels).values({ config, active: true, note, createdBy }).returning();
    return toStored(created!);
  });
}

export async function listModels(db: Db, limit = 50): Promise<StoredHealthModel[]> {
  await getActiveModel(db);
  const rows = await db.select().from(healthModels).orderBy(desc(healthModels.id)).limit(limit);
  return rows.map(toStored);
}
