import { lazy, Suspense } from 'react';
import { Loader, Stack, Table, Text } from '@mantine/core';
import type { components } from '../api/schema';
import { titleCase } from '../format/format.ts';
import { TIER_ORDER } from './health-model-fields.ts';

type Preview = components['schemas']['HealthModelPreview'];
export type TierCounts = Preview['before'];

const TierDistributionChart = lazy(async () => ({ default: (await import('./tier-distribution-chart.tsx')).TierDistributionChart }));

/** What a candidate model would do to today's accounts: counts per tier now and after, and the moves. */
export function TierDistribution({ preview }: { preview: Preview }) {
  return (
    <Stack gap="sm" data-testid="tier-distribution">
      <Text size="sm" fw={600} role="status">
        {preview.changed} of {preview.accounts} accounts would change tier.
      </Text>
      <Suspense fallback={<Loader size="sm" aria-label="Loading the chart" />}>
        <TierDistributionChart before={preview.before} after={preview.after} />
      </Suspense>
      <Table.ScrollContainer minWidth={320}>
        <Table verticalSpacing={4} fz="sm" captionSide="top">
          <Table.Caption>Accounts per tier</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Tier</Table.Th>
              <Table.Th>Now</Table.Th>
              <Table.Th>With this model</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {TIER_ORDER.map((tier) => (
              <Table.Tr key={tier}>
                <Table.Td>{titleCase(tier)}</Table.Td>
                <Table.Td>{preview.before[tier]}</Table.Td>
                <Table.Td>{preview.after[tier]}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {preview.moves.length > 0 && (
        <Text size="sm">
          Moves: {preview.moves.map((m) => `${m.count} ${titleCase(m.from)} → ${titleCase(m.to)}`).join(', ')}
        </Text>
      )}
    </Stack>
  );
}
