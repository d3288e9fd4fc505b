import '@mantine/charts/styles.css';
import { LineChart } from '@mantine/charts';
import { formatDay } from '../format/format.ts';
import type { AccountHealthData } from './account-health.ts';
import { HEALTH_TIER_COLORS } from './health-tier.ts';

// Recharts is the biggest library the app uses, so the charts live in this chunk of their own,
// loaded by the account page after its text content (see account-health.tsx, account-metrics.tsx).

const shortDay = (day: string) => formatDay(day).replace(/,? \d{4}$/, '');

/** The score per day, with the tier cut-offs of the default model as reference lines. */
export function HealthHistoryChart({ history }: { history: AccountHealthData['history'] }) {
  const data = history.map((row) => ({ day: shortDay(row.day), Score: row.score }));
  return (
    <LineChart
      h={180}
      data={data}
      dataKey="day"
      series={[{ name: 'Score', color: 'blue.7' }]}
      yAxisProps={{ domain: [0, 100], ticks: [0, 40, 60, 80, 100], width: 32 }}
      referenceLines={[
        { y: 40, color: `${HEALTH_TIER_COLORS['at-risk']}.6`, label: 'At risk' },
        { y: 80, color: `${HEALTH_TIER_COLORS.healthy}.7`, label: 'Healthy' },
      ]}
      curveType="linear"
      withDots={data.length < 20}
      gridAxis="y"
      tickLine="none"
      valueFormatter={(value) => value.toFixed(1)}
    />
  );
}

/** One metric's daily values; days without a value are gaps, not zeros. */
export function MetricChart({ from, values, label }: { from: string; values: (number | null)[]; label: string }) {
  const start = Date.parse(`${from}T00:00:00Z`);
  const data = values.map((value, i) => ({ day: shortDay(new Date(start + i * 86_400_000).toISOString().slice(0, 10)), [label]: value }));
  return (
    <LineChart
      h={160}
      data={data}
      dataKey="day"
      series={[{ name: label, color: 'teal.7' }]}
      curveType="linear"
      withDots={false}
      connectNulls={false}
      gridAxis="y"
      tickLine="none"
      yAxisProps={{ width: 40 }}
      valueFormatter={(value) => new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(value)}
    />
  );
}
