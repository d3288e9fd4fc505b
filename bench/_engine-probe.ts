import { sql } from 'drizzle-orm';
import { openDatabase, queryRows } from '../src/server/db/client.ts';
import { runMigrations } from '../src/server/db/migrate.ts';
import { loadStarterLibrary } from '../src/server/modules/playbooks/starter-library.ts';
import { sweep } from '../src/server/modules/engine/sweep.ts';
const database = await openDatabase({});
const db = database.db;
await runMigrations(database);
await loadStarterLibrary(db);
await db.execute(sql`insert into accounts (name, product_id, touch_model, lifecycle_stage, arr, contract_start, renewal_date)
    select 'Bench ' || i, 'bench-' || i, (array['high','low','tech'])[1 + i % 3], 'onboarding', 10000 + i, current_date - 1, current_date + 364 from generate_series(1, 1000) i`);
await db.execute(sql`insert into contacts (account_id, name, roles) select id, 'Champion of ' || name, '{champion}' from accounts`);
let t = performance.now();
let r = await sweep(db, {});
console.log('full', Math.round(performance.now() - t), r.started);
const ids = (await queryRows<{ id: string }>(db, sql`select id::text as id from accounts limit 5`)).map((x) => x.id);
for (const id of ids) {
  await db.execute(sql`insert into events (message_id, type, event, account_id, occurred_at, properties, source) values (${'m' + id}, 'track', 'contract_signed', ${id}, now(), '{}', 'api')`);
  t = performance.now();
  r = await sweep(db, { accountIds: [id] });
  console.log('scoped', Math.round(performance.now() - t), r.started, r.timings.map((x) => `${x.playbookId}:${Math.round(x.ms)}`).join(' '), 'segments', r.segments.length);
}
await database.close();
