// Library search over 10,000 playbooks on PGlite and (when DATABASE_URL or TEST_DATABASE_URL is
// set) PostgreSQL: p50/p95 of the search service (ranked, filtered, with snippets) over a few
// hundred queries. Baseline in the same run: `where title ilike '%word%'` over the same table,
// with the ratio. Target: p95 < 30 ms on PostgreSQL.
import { sql } from 'drizzle-orm';
import { runMigrations } from '../src/server/db/migrate.ts';
import { queryRows } from '../src/server/db/client.ts';
import { readLibraryDir } from '../src/server/modules/playbooks/library-dir.ts';
import { playbookSearchDocuments, playbooks } from '../src/server/modules/playbooks/schema.ts';
import { searchPlaybooks } from '../src/server/modules/playbooks/search-service.ts';
import type { SearchFilter } from '../src/server/modules/playbooks/search-service.ts';
import { STARTER_LIBRARY_DIR } from '../src/server/modules/playbooks/starter-library.ts';
import { backendsToRun, benchDatabase } from './support/databases.ts';
import { ms, summarize } from './support/stats.ts';

const PLAYBOOKS = Number(process.env.BENCH_PLAYBOOKS ?? 10_000);
const QUERIES = Number(process.env.BENCH_QUERIES ?? 300);

// Deterministic pseudo-random numbers, so every run searches the same library.
let seed = 42;
const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);

// The starter library's own words, most frequent first, then a long tail of made-up words:
// generated text reads like real playbooks, a few words are in nearly every document, most are rare.
const { files } = await readLibraryDir(STARTER_LIBRARY_DIR);
const counts = new Map<string, number>();
for (const word of files.flatMap((file) => file.content.toLowerCase().match(/[a-z]{4,}/g) ?? [])) counts.set(word, (counts.get(word) ?? 0) + 1);
const syllables = ['ka', 'vo', 'ri', 'nel', 'sto', 'mar', 'lu', 'ten', 'qui', 'dra', 'pho', 'zen'];
const tail = Array.from({ length: 20_000 }, (_, i) => `${syllables[i % 12]}${syllables[Math.floor(i / 12) % 12]}${syllables[Math.floor(i / 144) % 12]}${i}`);
const vocabulary = [...[...counts].sort((a, b) => b[1] - a[1]).map(([word]) => word), ...tail];
// Zipf-like: the word of rank r is picked with probability ~ 1/r.
const word = () => vocabulary[Math.floor(vocabulary.length ** random()) - 1]!;
const words = (n: number) => Array.from({ length: n }, word).join(' ');
// What people type: a word of the library, broad or narrow alike (uniform over its first 3,000 words).
const queryWord = () => vocabulary[Math.floor(random() * 3_000)]!;

const KINDS = ['playbook', 'playbook', 'playbook', 'runbook', 'script'];
const CATEGORIES = ['onboarding', 'adoption', 'retention', 'renewal', 'expansion', 'churn-recovery', 'at-risk', 'qbr'];
const STAGES = ['onboarding', 'adoption', 'mature', 'renewal', 'expansion', 'at-risk'];
const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;

const filters: SearchFilter[] = Array.from({ length: QUERIES }, (_, i) => {
  const q = i % 3 === 0 ? `${queryWord()} ${queryWord()}` : queryWord();
  if (i % 10 === 0) return { q, kind: pick(KINDS) };
  if (i % 10 === 1) return { q, lifecycle: pick(STAGES), status: 'active' };
  return { q };
});

for (const backend of backendsToRun()) {
  const { database, drop } = await benchDatabase(backend);
  try {
    await runMigrations(database);
    const db = database.db;
    const loadStarted = performance.now();
    for (let start = 0; start < PLAYBOOKS; start += 500) {
      const ids = Array.from({ length: Math.min(500, PLAYBOOKS - start) }, (_, i) => `bench-${start + i}`);
      await db.insert(playbooks).values(ids.map((id) => ({ id, path: `${id}.yaml`, status: random() < 0.8 ? ('active' as const) : ('draft' as const), currentVersion: 1 })));
      await db.insert(playbookSearchDocuments).values(
        ids.map((id) => ({
          playbookId: id,
          version: 1,
          title: words(3 + Math.floor(random() * 4)),
          whenToUse: words(25),
          stepsText: words(220),
          otherText: words(120),
          kind: pick(KINDS),
          category: pick(CATEGORIES),
          lifecycle: [pick(STAGES), pick(STAGES)],
          segments: [],
        })),
      );
    }
    await db.execute(sql`analyze`);
    const loaded = performance.now() - loadStarted;

    // Warm up caches and plans on both paths.
    for (const filter of filters.slice(0, 20)) {
      await searchPlaybooks(db, filter, 1, 20);
      await queryRows(db, sql`select playbook_id, title from playbook_search_documents where title ilike ${`%${filter.q!.split(' ')[0]}%`} order by title limit 20`);
    }
    const searched: number[] = [];
    const baseline: number[] = [];
    let hits = 0;
    for (const filter of filters) {
      let started = performance.now();
      const result = await searchPlaybooks(db, filter, 1, 20);
      searched.push(performance.now() - started);
      hits += result.total;
      started = performance.now();
      await queryRows(db, sql`select playbook_id, title from playbook_search_documents where title ilike ${`%${filter.q!.split(' ')[0]}%`} order by title limit 20`);
      baseline.push(performance.now() - started);
    }
    // The broadest words of the library, each in most documents: the worst case for ranking.
    const broad: number[] = [];
    let broadHits = 0;
    for (const q of vocabulary.slice(0, 40)) {
      const started = performance.now();
      broadHits += (await searchPlaybooks(db, { q }, 1, 20)).total;
      broad.push(performance.now() - started);
    }
    const w = summarize(broad);
    const s = summarize(searched);
    const b = summarize(baseline);
    console.log(`search [${backend}]: ${PLAYBOOKS} playbooks loaded in ${(loaded / 1000).toFixed(1)} s; ${QUERIES} queries, ${Math.round(hits / QUERIES)} matches per query on average`);
    console.log(`search [${backend}]: full-text search p50 ${ms(s.p50)}, p95 ${ms(s.p95)}`);
    console.log(`search [${backend}]: broadest 40 words (${Math.round(broadHits / 40)} matches each on average) p50 ${ms(w.p50)}, p95 ${ms(w.p95)}`);
    console.log(`search [${backend}]: baseline title ilike p50 ${ms(b.p50)}, p95 ${ms(b.p95)}`);
    console.log(`search [${backend}]: ratio to baseline p50 ${(s.p50 / b.p50).toFixed(1)}x, p95 ${(s.p95 / b.p95).toFixed(1)}x`);
    if (backend === 'postgres') console.log(`search [postgres]: target p95 < 30 ms: ${s.p95 < 30 ? 'met' : 'MISSED'}`);
  } finally {
    await drop();
  }
}
