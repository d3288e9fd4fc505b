import type { Db } from '../../db/client.ts';
import { addTimelineEvents } from '../accounts/timeline.ts';
import type { NewTimelineEvent } from '../accounts/timeline.ts';
import { upsertMetricValues } from '../metrics/series.ts';
import type { MetricValue } from '../metrics/series.ts';

interface SeriesSummary {
  accountId: string;
  metric: string;
  from: string;
  to: string;
  days: number;
  last: number | null;
}

/** What a report did to each series, gathered over any number of batches: one timeline entry per series, not per day. */
export class ReportedSeries {
  private readonly series = new Map<string, SeriesSummary>();

  add(values: MetricValue[]): this {
    for (const v of values) {
      const key = `${v.accountId}|${v.metric}`;
      const s = this.series.get(key);
      if (!s) this.series.set(key, { accountId: v.accountId, metric: v.metric, from: v.day, to: v.day, days: 1, last: v.value });
      else {
        s.days++;
        if (v.day < s.from) s.from = v.day;
        if (v.day >= s.to) [s.to, s.last] = [v.day, v.value];
      }
    }
    return this;
  }

  entries(actorId: string | null): NewTimelineEvent[] {
    return [...this.series.values()].map((s) => {
      const span = s.from === s.to ? s.from : `${s.from} to ${s.to}`;
      const many = s.days > 1;
      return {
        accountId: s.accountId,
        type: 'metric.reported',
        actorId,
        summary: `${s.metric} reported for ${span}${many ? ` (${s.days} days)` : ''}: ${s.last ?? 'cleared'}${many ? ' on the last day' : ''}`,
        data: { metric: s.metric, from: s.from, to: s.to, days: s.days, last: s.last },
      };
    });
  }
}

/** Stores directly reported daily values beside the rollups, and notes each series on the timeline. */
export async function reportMetricValues(db: Db, values: MetricValue[], actorId: string | null): Promise<void> {
  if (!values.length) return;
  await upsertMetricValues(db, values, 'reported');
  await addTimelineEvents(db, new ReportedSeries().add(values).entries(actorId));
}
