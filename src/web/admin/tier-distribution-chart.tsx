import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import type { TierCounts } from './tier-distribution.tsx';
import { TIER_ORDER } from './health-model-fields.ts';
import { titleCase } from '../format/format.ts';

/** Accounts per tier now and with the candidate model, side by side. Its own chunk: charts are large. */
export function TierDistributionChart({ before, after }: { before: TierCounts; after: TierCounts }) {
  const data = TIER_ORDER.map((tier) => ({ tier: titleCase(tier), Now: before[tier], 'With this model': after[tier] }));
  return (
    <BarChart
      h={240}
      data={data}
      dataKey="tier"
      series={[
        { name: 'Now', color: 'gray.6' },
        { name: 'With this model', color: 'blue.7' },
      ]}
      withLegend
      tickLine="y"
      // The table beside it carries the numbers for screen readers; the chart is for the eye only,
      // so it takes no keyboard focus either.
      barChartProps={{ accessibilityLayer: false }}
      aria-hidden
    />
  );
}
