import { Suspense, lazy, useState } from 'react';
import { Box, Select, Skeleton, Text } from '@mantine/core';
import { titleCase } from '../format/format.ts';
import type { AccountOverview } from './account-queries.ts';
import { AccountSection } from './account-section.tsx';

const MetricChart = lazy(async () => ({ default: (await import('./account-charts.tsx')).MetricChart }));

/** The series a CSM looks at first, in this order; any other reported metric follows by name. */
const KEY_METRICS = ['weekly_active_users', 'daily_active_users', 'monthly_active_users', 'logins', 'seats_used', 'feature_adoption'];

export const metricLabel = (metric: string) => titleCase(metric.replace(/^events\./, ''));

function rank(metric: string): number {
  const i = KEY_METRICS.indexOf(metric);
  return i < 0 ? KEY_METRICS.length : i;
}

/** One metric at a time, picked from the account's series, over the same days as the health history. */
export function AccountMetrics({ overview }: { overview: AccountOverview }) {
  const metrics = overview.data?.metrics;
  const series = [...(metrics?.series ?? [])].sort((a, b) => rank(a.metric) - rank(b.metric) || a.metric.localeCompare(b.metric));
  const [picked, setPicked] = useState<string | null>(null);
  const current = series.find((s) => s.metric === picked) ?? series[0];
  const latest = current ? [...current.values].reverse().find((v) => v !== null) : undefined;

  return (
    <AccountSection
      id="metrics"
      title="Usage"
      query={overview}
      skeletonHeight={160}
      action={
        series.length > 0 && (
          <Select
            label="Metric"
            size="xs"
            w={220}
            data={series.map((s) => ({ value: s.metric, label: metricLabel(s.metric) }))}
            value={current?.metric ?? null}
            onChange={setPicked}
            allowDeselect={false}
          />
        )
      }
    >
      {overview.isSuccess && !series.length && <Text size="sm" c="dimmed">No product usage has been reported for this account.</Text>}
      {current && metrics && (
        <>
          <Text size="sm" c="dimmed">
            Latest: <Text span fw={600} c="var(--mantine-color-text)">{latest ?? '—'}</Text>
          </Text>
          <Box component="figure" m={0} aria-label={`${metricLabel(current.metric)}, daily, ${metrics.from} to ${metrics.to}`} data-testid="metric-chart">
            <Suspense fallback={<Skeleton height={160} />}>
              <MetricChart from={metrics.from} values={current.values} label={metricLabel(current.metric)} />
            </Suspense>
          </Box>
        </>
      )}
    </AccountSection>
  );
}
