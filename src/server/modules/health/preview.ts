import type { Db } from '../../db/client.ts';
import { compareTiers } from '../../../core/health/distribution.ts';
import type { TierComparison } from '../../../core/health/distribution.ts';
import type { HealthModel, HealthTier } from '../../../core/health/model.ts';
import { scoreHealth } from '../../../core/health/score.ts';
import { utcToday } from '../../../core/metrics/days.ts';
import { gatherHealthInputs, inputSpecKey } from './inputs-query.ts';
import { getActiveModel } from './models-service.ts';
import { HEALTH_GATHER_CHUNK } from './recompute.ts';

export interface ModelPreview extends TierComparison {
  day: string;
  currentModelId: number;
}

/**
 * Scores every account with the active model and with a candidate, on the same fresh inputs,
 * and compares the tiers. Nothing is written.
 */
export async function previewHealthModel(db: Db, candidate: HealthModel, options: { day?: string; batchSize?: number } = {}): Promise<ModelPreview> {
  const day = options.day ?? utcToday();
  const batchSize = options.batchSize ?? HEALTH_GATHER_CHUNK;
  const current = await getActiveModel(db);
  const sameInputs = inputSpecKey(current.config) === inputSpecKey(candidate);
  const pairs: [HealthTier | null, HealthTier | null][] = [];
  for (let after: string | null = null; ; ) {
    const batch = { after, limit: batchSize };
    const forCurrent = await gatherHealthInputs(db, current.config, day, batch, false);
    if (!forCurrent.length) break;
    const forCandidate = sameInputs ? forCurrent : await gatherHealthInputs(db, candidate, day, batch, false);
    forCurrent.forEach((g, i) => {
      pairs.push([scoreHealth(current.config, g.inputs).tier, scoreHealth(candidate, forCandidate[i]!.inputs).tier]);
    });
    after = forCurrent.at(-1)!.accountId;
  }
  return { day, currentModelId: current.id, ...compareTiers(pairs) };
}
