import { and, count, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { errors } from '../../http/errors.ts';
import { addTimelineEvents } from '../accounts/timeline.ts';
import type { NewTimelineEvent } from '../accounts/timeline.ts';
import { surveyResponses } from './schema.ts';

export type SurveyResponse = typeof surveyResponses.$inferSelect;
export type SurveyWrite = Omit<typeof surveyResponses.$inferInsert, 'id'>;

export function publicSurvey(s: SurveyResponse) {
  return { ...s, respondedAt: s.respondedAt.toISOString() };
}

function npsCategory(score: number): string {
  return score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor';
}

function quoted(comment: string | null): string {
  if (!comment) return '';
  return `: "${comment.length > 120 ? `${comment.slice(0, 117)}…` : comment}"`;
}

function surveyEntry(s: SurveyResponse, contactName: string | undefined, actorId: string | null): NewTimelineEvent {
  const who = contactName ? ` from ${contactName}` : '';
  const summary = s.kind === 'nps' ? `NPS ${s.score} (${npsCategory(s.score)})${who}${quoted(s.comment)}` : `CSAT ${s.score}/5${who}${quoted(s.comment)}`;
  return {
    accountId: s.accountId,
    type: `survey.${s.kind}`,
    occurredAt: s.respondedAt,
    actorId,
    summary,
    data: { responseId: s.id, kind: s.kind, score: s.score, comment: s.comment, contactId: s.contactId, ...(s.kind === 'nps' ? { category: npsCategory(s.score) } : {}) },
  };
}

/**
 * Records survey responses; a response whose externalId is already stored is updated instead
 * (a survey tool re-sends), and only new responses go on the timeline.
 */
export async function saveSurveys(db: Db, writes: SurveyWrite[], actorId: string | null, contactNames: Map<string, string> = new Map()): Promise<{ response: SurveyResponse; created: boolean }[]> {
  const externalIds = writes.flatMap((w) => (w.externalId ? [w.externalId] : []));
  const existing = new Map(
    (externalIds.length ? await db.select().from(surveyResponses).where(inArray(surveyResponses.externalId, externalIds)).for('update') : []).map((r) => [r.externalId!, r]),
  );
  const foreign = writes.findIndex((w) => w.externalId && existing.get(w.externalId) && existing.get(w.externalId)!.accountId !== w.accountId);
  if (foreign >= 0) throw errors.conflict('duplicate', `externalId ${writes[foreign]!.externalId} belongs to a response of another account`, { field: 'externalId', index: foreign });

  const fresh = writes.filter((w) => !w.externalId || !existing.has(w.externalId));
  const inserted = fresh.length ? await db.insert(surveyResponses).values(fresh).returning() : [];
  const updated = new Map<string, SurveyResponse>();
  for (const w of writes.filter((w) => w.externalId && existing.has(w.externalId))) {
    const [row] = await db.update(surveyResponses).set(w).where(eq(surveyResponses.id, existing.get(w.externalId!)!.id)).returning();
    updated.set(row!.externalId!, row!);
  }
  await addTimelineEvents(db, inserted.map((r) => surveyEntry(r, r.contactId ? contactNames.get(r.contactId) : undefined, actorId)));
  let next = 0;
  return writes.map((w) => (w.externalId && updated.has(w.externalId) ? { response: updated.get(w.externalId)!, created: false } : { response: inserted[next++]!, created: true }));
}

export async function listSurveys(db: Db, accountId: string, filter: { kind?: SurveyResponse['kind'] }, page: number, pageSize: number) {
  const where = and(eq(surveyResponses.accountId, accountId), filter.kind ? eq(surveyResponses.kind, filter.kind) : undefined);
  const [rows, [total]] = await Promise.all([
    db.select().from(surveyResponses).where(where).orderBy(desc(surveyResponses.respondedAt), desc(surveyResponses.id)).limit(pageSize).offset((page - 1) * pageSize),
    db.select({ n: count() }).from(surveyResponses).where(where),
  ]);
  return { rows, total: total!.n };
}
