import { sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/client.ts';
import type { PlaybookStatus } from './schema.ts';

export interface SearchFilter {
  q?: string;
  kind?: string;
  category?: string;
  lifecycle?: string;
  segment?: string;
  status?: PlaybookStatus;
}

export interface SearchHit {
  id: string;
  title: string;
  /** The title with matched words in <mark>; HTML-escaped. */
  titleHtml: string;
  kind: string;
  category: string;
  status: PlaybookStatus;
  version: number;
  lifecycle: string[];
  segments: string[];
  rank: number | null;
  /** A passage around the matches, matched words in <mark>; HTML-escaped. */
  snippet: string;
}

// D, C, B, A: title outweighs when-to-use, which outweighs steps, which outweigh the rest.
const WEIGHTS = '{0.1, 0.2, 0.4, 1.0}';
// ts_headline marks matches with characters no playbook text contains; the snippet is escaped
// as HTML afterwards and only then are the marks turned into <mark> tags.
const OPEN = '\u0002';
const CLOSE = '\u0003';
const HEADLINE_OPTIONS = `StartSel=${OPEN}, StopSel=${CLOSE}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;
const TITLE_OPTIONS = `StartSel=${OPEN}, StopSel=${CLOSE}, HighlightAll=true`;
/** How many of the best title/when-to-use matches get the exact rank over the whole document. */
const CANDIDATES = 300;

function filters(filter: SearchFilter): SQL[] {
  return [
    filter.kind ? sql`d.kind = ${filter.kind}` : undefined,
    filter.category ? sql`d.category = ${filter.category}` : undefined,
    filter.lifecycle ? sql`${filter.lifecycle} = any(d.lifecycle)` : undefined,
    filter.segment ? sql`${filter.segment} = any(d.segments)` : undefined,
    // A subquery, not a join: joining every match to playbooks costs more than ranking them.
    filter.status ? sql`exists (select 1 from playbooks p where p.id = d.playbook_id and p.status = ${filter.status})` : undefined,
  ].filter((condition): condition is SQL => condition !== undefined);
}

interface HitRow {
  id: string;
  title: string;
  title_marked: string;
  kind: string;
  category: string;
  status: PlaybookStatus;
  version: number;
  lifecycle: string[];
  segments: string[];
  rank: number | null;
  snippet: string;
  total: number;
}

/**
 * Full-text search over the latest version of every playbook, best match first (ts_rank_cd
 * with the weights above), with highlighted snippets. Without `q` it lists by title.
 */
export async function searchPlaybooks(db: Db, filter: SearchFilter, page: number, pageSize: number): Promise<{ hits: SearchHit[]; total: number }> {
  const q = filter.q?.trim();
  const conditions = filters(filter);
  const offset = (page - 1) * pageSize;
  let rows: HitRow[];
  if (q) {
    const where = sql.join([sql`d.document @@ query.q`, ...conditions], sql` and `);
    // Ranking by the full document reads every match's large tsvector; broad words match most of
    // the library. So every match is ranked by the small title/when-to-use vector first, and only
    // the best CANDIDATES get the exact weighted rank: exact for any query with fewer matches.
    // The query value sits in a materialized CTE, so the planner always takes the GIN index
    // (which needs no heap recheck) instead of a scan that would read every document.
    // ts_headline is costly too, so it runs on the page of results only.
    rows = await queryRows<HitRow>(
      db,
      sql`with query as materialized (select websearch_to_tsquery('english', ${q}) as q),
      candidates as (
        select d.playbook_id, count(*) over () as total
        from playbook_search_documents d, query
        where ${where}
        order by ts_rank_cd(${WEIGHTS}::float4[], d.head, query.q) desc, d.playbook_id
        limit ${Math.max(CANDIDATES, offset + pageSize)}
      ),
      ranked as (
        select c.playbook_id, c.total, ts_rank_cd(${WEIGHTS}::float4[], d.document, query.q) as rank
        from candidates c join playbook_search_documents d on d.playbook_id = c.playbook_id, query
        order by rank desc, d.title, d.playbook_id
        limit ${pageSize} offset ${offset}
      )
      select d.playbook_id as id, d.title, d.kind, d.category, d.version, d.lifecycle, d.segments, p.status, r.rank::float8 as rank, r.total::int as total,
        ts_headline('english', d.title, query.q, ${TITLE_OPTIONS}) as title_marked,
        ts_headline('english', concat_ws(' ', d.when_to_use, d.steps_text, d.other_text), query.q, ${HEADLINE_OPTIONS}) as snippet
      from ranked r join playbook_search_documents d on d.playbook_id = r.playbook_id join playbooks p on p.id = d.playbook_id, query
      order by r.rank desc, d.title, d.playbook_id`,
    );
  } else {
    const where = conditions.length ? sql`where ${sql.join(conditions, sql` and `)}` : sql``;
    rows = await queryRows<HitRow>(
      db,
      sql`select d.playbook_id as id, d.title, d.title as title_marked, d.kind, d.category, d.version, d.lifecycle, d.segments, p.status,
        null::float8 as rank, left(d.when_to_use, 200) as snippet, (count(*) over ())::int as total
      from playbook_search_documents d join playbooks p on p.id = d.playbook_id
      ${where}
      order by d.title, d.playbook_id
      limit ${pageSize} offset ${offset}`,
    );
  }
  return {
    total: rows[0]?.total ?? (page > 1 ? await countMatches(db, q, conditions) : 0),
    hits: rows.map((row) => ({
      id: row.id,
      title: row.title,
      titleHtml: marked(row.title_marked),
      kind: row.kind,
      category: row.category,
      status: row.status,
      version: row.version,
      lifecycle: row.lifecycle,
      segments: row.segments,
      rank: row.rank,
      snippet: marked(row.snippet),
    })),
  };
}

// A page past the last one has no rows to carry the total.
async function countMatches(db: Db, q: string | undefined, conditions: SQL[]): Promise<number> {
  const all = [...(q ? [sql`d.document @@ websearch_to_tsquery('english', ${q})`] : []), ...conditions];
  const where = all.length ? sql`where ${sql.join(all, sql` and `)}` : sql``;
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from playbook_search_documents d ${where}`,
  );
  return row!.n;
}

function marked(text: string): string {
  return text
    .replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)
    .replaceAll(OPEN, '<mark>')
    .replaceAll(CLOSE, '</mark>');
}
