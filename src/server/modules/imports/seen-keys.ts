import { randomBytes } from 'node:crypto';
import type { SqlRunner } from './sql-session.ts';

export interface KeyClaim {
  key: string;
  line: number;
}

/**
 * The external ids this import has written so far, kept in a temporary table rather than in
 * memory, so a million-row file costs the same memory as a small one. The first line to claim a
 * key keeps it; later lines learn which line that was.
 */
export class SeenKeys {
  private readonly table = `pm_import_keys_${randomBytes(6).toString('hex')}`;

  async create(db: SqlRunner): Promise<void> {
    await db.query(`create temporary table ${this.table} (key text primary key, line integer not null)`);
  }

  async drop(db: SqlRunner): Promise<void> {
    await db.query(`drop table if exists ${this.table}`);
  }

  /** Claims the keys in line order; returns the first line for every claim that came too late. */
  async claim(tx: SqlRunner, claims: KeyClaim[]): Promise<Map<KeyClaim, number>> {
    const taken = new Map<KeyClaim, number>();
    if (!claims.length) return taken;
    const won = await tx.query<{ key: string; line: number }>(
      `insert into ${this.table} (key, line)
       select key, line from json_to_recordset($1::text::json) as x(key text, line integer) order by line
       on conflict (key) do nothing
       returning key, line`,
      [JSON.stringify(claims)],
    );
    const winners = new Set(won.map((w) => `${w.line}\u0000${w.key}`));
    const lost = claims.filter((c) => !winners.has(`${c.line}\u0000${c.key}`));
    if (!lost.length) return taken;
    const firsts = await tx.query<{ key: string; line: number }>(
      `select key, line from ${this.table} where key in (select json_array_elements_text($1::text::json))`,
      [JSON.stringify([...new Set(lost.map((c) => c.key))])],
    );
    const firstLine = new Map(firsts.map((f) => [f.key, f.line]));
    for (const claim of lost) taken.set(claim, firstLine.get(claim.key)!);
    return taken;
  }
}
