import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { textArrayLiteral, uuidArray } from '../metrics/sql-arrays.ts';
import type { Candidate } from './candidate.ts';

export interface Firing {
  candidate: Candidate;
  outcome: 'started' | 'control' | 'skipped';
  reason?: string;
}

const BATCH = 5_000;

/** Records what each occurrence led to, so it is acted on once per playbook (the key). */
export async function recordFirings(db: Db, firings: readonly Firing[]): Promise<void> {
  for (let i = 0; i < firings.length; i += BATCH) {
    const batch = firings.slice(i, i + BATCH);
    const texts = (f: (x: Firing) => string | null) => sql`${textArrayLiteral(batch.map(f))}::text[]`;
    await db.execute(sql`
      insert into trigger_firings (playbook_id, account_id, key, kind, version, outcome, reason, detail)
      select playbook_id, account_id, key, kind, version, outcome, reason, detail::jsonb
      from unnest(${texts((x) => x.candidate.playbookId)}, ${uuidArray(batch.map((x) => x.candidate.accountId))}, ${texts((x) => x.candidate.key)},
                  ${texts((x) => x.candidate.kind)}, ${texts((x) => String(x.candidate.version))}::int[], ${texts((x) => x.outcome)},
                  ${texts((x) => x.reason ?? null)}, ${texts((x) => JSON.stringify(x.candidate.detail))})
        as f(playbook_id, account_id, key, kind, version, outcome, reason, detail)
      on conflict (playbook_id, account_id, key) do nothing`);
  }
}
