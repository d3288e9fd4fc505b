import type { z } from '@hono/zod-openapi';
import type { RejectedRow } from '../../../core/csv/report.ts';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../http/errors.ts';
import { addTimelineEvents } from '../accounts/timeline.ts';
import { upsertMetricValues } from '../metrics/series.ts';
import { findUserByEmail } from '../users/service.ts';
import type { SignalImportKind } from './csv-columns.ts';
import { MetricValueInput, NoteImportRow, SurveyInput, TicketInput, toDate } from './inputs.ts';
import type { NoteImportRow as NoteRow, SurveyInput as Survey, TicketInput as Ticket, MetricValueInput as MetricValue } from './inputs.ts';
import { ReportedSeries } from './metric-values-service.ts';
import { addNotes } from './notes-service.ts';
import { resolveRows } from './resolve-refs.ts';
import type { Resolved } from './resolve-refs.ts';
import { saveSurveys } from './surveys-service.ts';
import { saveTickets } from './tickets-service.ts';

export interface PendingSignal<T> {
  line: number;
  input: T;
}

export interface WriteOutcome {
  created: number;
  updated: number;
  rejects: RejectedRow[];
}

export interface SignalWriter {
  schema: z.ZodType;
  /**
   * Resolves a batch's accounts and contacts and, when `write` is set, stores it. Once a file
   * has a rejected row nothing more is stored (it will be rolled back), but every row is still
   * checked, so the report lists them all.
   */
  write(tx: Db, rows: PendingSignal<unknown>[], write: boolean, column: (field: string) => string): Promise<WriteOutcome>;
  /** Called once after the last batch, in the same transaction. */
  finish(tx: Db): Promise<void>;
  /** The accounts written to, for rescoring after the commit. */
  readonly touched: Set<string>;
}

async function resolveBatch<T extends { account: string; contact?: string | null }>(tx: Db, rows: PendingSignal<T>[], column: (field: string) => string, touched: Set<string>) {
  const { resolved, problems } = await resolveRows(tx, rows.map((r) => r.input));
  for (const r of resolved) if (r) touched.add(r.accountId);
  const rejects = problems.map((p) => ({ line: rows[p.index]!.line, reason: `${column(p.field)}: ${p.message}` }));
  const ok = rows.flatMap((row, i) => (resolved[i] ? [{ ...row, target: resolved[i]! }] : []));
  return { ok, rejects };
}

/** A conflict the service found (an externalId of another account's record) becomes that row's reject. */
function conflictReject(err: unknown, rows: { line: number }[], column: (field: string) => string): RejectedRow[] {
  const details = err instanceof AppError && err.status === 409 ? (err.details as { index?: number; field?: string }) : undefined;
  if (details?.index === undefined) throw err;
  return [{ line: rows[details.index]!.line, reason: `${column(details.field ?? 'externalId')}: ${err instanceof Error ? err.message : ''}` }];
}

/** A second row with the same externalId in one file is refused rather than silently merged. */
class DuplicateIds {
  private readonly seen = new Map<string, number>();
  check<T extends { externalId?: string | null }>(rows: PendingSignal<T>[], column: (field: string) => string): { ok: PendingSignal<T>[]; rejects: RejectedRow[] } {
    const rejects: RejectedRow[] = [];
    const ok = rows.filter((row) => {
      const id = row.input.externalId;
      if (!id) return true;
      const first = this.seen.get(id);
      if (first === undefined) {
        this.seen.set(id, row.line);
        return true;
      }
      rejects.push({ line: row.line, reason: `${column('externalId')}: ${id} is already on line ${first}` });
      return false;
    });
    return { ok, rejects };
  }
}

function metricsWriter(actorId: string | null): SignalWriter {
  const series = new ReportedSeries();
  return {
    touched: new Set<string>(),
    schema: MetricValueInput,
    async write(tx, rows, write, column) {
      const { ok, rejects } = await resolveBatch(tx, rows as PendingSignal<MetricValue>[], column, this.touched);
      const values = ok.map((r) => ({ accountId: r.target.accountId, metric: r.input.metric, day: r.input.day, value: r.input.value }));
      if (write && !rejects.length && values.length) {
        await upsertMetricValues(tx, values, 'reported');
        series.add(values);
      }
      return { created: values.length, updated: 0, rejects };
    },
    finish: (tx) => addTimelineEvents(tx, series.entries(actorId)),
  };
}

function ticketsWriter(actorId: string | null): SignalWriter {
  const duplicates = new DuplicateIds();
  return {
    touched: new Set<string>(),
    schema: TicketInput,
    async write(tx, rows, write, column) {
      const unique = duplicates.check(rows as PendingSignal<Ticket>[], column);
      const { ok, rejects } = await resolveBatch(tx, unique.ok, column, this.touched);
      rejects.push(...unique.rejects);
      if (!write || rejects.length || !ok.length) return { created: ok.length, updated: 0, rejects };
      try {
        const saved = await saveTickets(tx, ok.map(({ input, target }) => ({
          accountId: target.accountId, contactId: target.contactId ?? undefined, externalId: input.externalId ?? undefined, subject: input.subject,
          priority: input.priority, status: input.status, openedAt: toDate(input.openedAt) ?? undefined, closedAt: toDate(input.closedAt), csat: input.csat,
        })), actorId);
        return { created: saved.filter((s) => s.created).length, updated: saved.filter((s) => !s.created).length, rejects };
      } catch (err) {
        return { created: 0, updated: 0, rejects: conflictReject(err, ok, column) };
      }
    },
    finish: async () => {},
  };
}

function surveysWriter(actorId: string | null): SignalWriter {
  const duplicates = new DuplicateIds();
  return {
    touched: new Set<string>(),
    schema: SurveyInput,
    async write(tx, rows, write, column) {
      const unique = duplicates.check(rows as PendingSignal<Survey>[], column);
      const { ok, rejects } = await resolveBatch(tx, unique.ok, column, this.touched);
      rejects.push(...unique.rejects);
      if (!write || rejects.length || !ok.length) return { created: ok.length, updated: 0, rejects };
      const names = new Map(ok.flatMap(({ target }: { target: Resolved }) => (target.contactId && target.contactName ? [[target.contactId, target.contactName] as const] : [])));
      try {
        const saved = await saveSurveys(tx, ok.map(({ input, target }) => ({
          accountId: target.accountId, contactId: target.contactId, externalId: input.externalId ?? null, kind: input.kind, score: input.score,
          comment: input.comment ?? null, respondedAt: toDate(input.respondedAt) ?? new Date(),
        })), actorId, names);
        return { created: saved.filter((s) => s.created).length, updated: saved.filter((s) => !s.created).length, rejects };
      } catch (err) {
        return { created: 0, updated: 0, rejects: conflictReject(err, ok, column) };
      }
    },
    finish: async () => {},
  };
}

function notesWriter(actor: { id: string | null; name: string | null }): SignalWriter {
  const authors = new Map<string, { id: string; name: string } | null>();
  return {
    touched: new Set<string>(),
    schema: NoteImportRow,
    async write(tx, rows, write, column) {
      const { ok, rejects } = await resolveBatch(tx, rows as PendingSignal<NoteRow>[], column, this.touched);
      const notes = [];
      for (const row of ok) {
        const email = row.input.author?.toLowerCase();
        if (email && !authors.has(email)) {
          const user = await findUserByEmail(tx, email);
          authors.set(email, user ? { id: user.id, name: user.name } : null);
        }
        const author = email ? authors.get(email) : { id: actor.id, name: actor.name };
        if (author === null) rejects.push({ line: row.line, reason: `${column('author')}: no Playmaker user has the email ${email}` });
        else notes.push({ accountId: row.target.accountId, authorId: author!.id, authorName: author!.name, body: row.input.body, createdAt: toDate(row.input.createdAt) ?? undefined });
      }
      if (write && !rejects.length) await addNotes(tx, notes);
      return { created: notes.length, updated: 0, rejects };
    },
    finish: async () => {},
  };
}

export function signalWriter(kind: SignalImportKind, actor: { id: string | null; name: string | null }): SignalWriter {
  switch (kind) {
    case 'metrics':
      return metricsWriter(actor.id);
    case 'tickets':
      return ticketsWriter(actor.id);
    case 'surveys':
      return surveysWriter(actor.id);
    case 'notes':
      return notesWriter(actor);
  }
}
