import { count, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { ACTIVE_USER_METRICS, addDays } from '../../../core/metrics/index.ts';
import { getAccountHealth } from '../health/read-service.ts';
import { seriesWindow } from '../metrics/series-window.ts';
import { readAccountSeries } from '../metrics/series.ts';
import { publicContact } from './contacts-service.ts';
import { contacts } from './schema.ts';
import { getAccount, publicAccount } from './service.ts';
import { listTimeline, publicTimelineEvent } from './timeline.ts';

export const MAX_360_CONTACTS = 100;

export interface Account360Options {
  /** Last day shown (YYYY-MM-DD), normally today. */
  to: string;
  /** Days of metrics and of health history, ending on `to`. */
  days: number;
  /** Metric names to show; default: daily/weekly/monthly active users and every reported metric. */
  metrics?: string[];
  timelinePage: number;
  timelinePageSize: number;
}

/** Everything the account page shows, in one call: the account, its health and history, metrics, key contacts and the latest timeline. */
export async function getAccount360(db: Db, accountId: string, o: Account360Options) {
  const account = await getAccount(db, accountId);
  const from = addDays(o.to, -(o.days - 1));
  const [health, series, people, [contactTotal], timeline] = await Promise.all([
    getAccountHealth(db, accountId, o.days, o.to),
    o.metrics ? readAccountSeries(db, accountId, o.metrics) : readAccountSeries(db, accountId, Object.values(ACTIVE_USER_METRICS), true),
    // People with a role first (champions and sponsors are what a CSM looks for), those who left last.
    db
      .select()
      .from(contacts)
      .where(eq(contacts.accountId, accountId))
      .orderBy(sql`cardinality(array_remove(${contacts.roles}, 'user')) = 0`, sql`${contacts.status} = 'left'`, contacts.name, contacts.id)
      .limit(MAX_360_CONTACTS),
    db.select({ n: count() }).from(contacts).where(eq(contacts.accountId, accountId)),
    listTimeline(db, accountId, o.timelinePage, o.timelinePageSize),
  ]);
  return {
    account: publicAccount(account),
    health,
    metrics: { from, to: o.to, series: seriesWindow(series, from, o.to) },
    contacts: { data: people.map(publicContact), total: contactTotal!.n },
    timeline: { data: timeline.rows.map(publicTimelineEvent), page: { page: o.timelinePage, pageSize: o.timelinePageSize, total: timeline.total } },
  };
}
