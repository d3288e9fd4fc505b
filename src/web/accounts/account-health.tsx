import { Suspense, lazy } from 'react';
import { Badge, Box, Grid, Group, List, Progress, RingProgress, SimpleGrid, Skeleton, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { formatDay, formatInstant } from '../format/format.ts';
import { componentLabel, componentRows, describeReason, healthChanges, signedNumber } from './account-health.ts';
import type { AccountHealthData } from './account-health.ts';
import type { AccountOverview } from './account-queries.ts';
import { AccountSection } from './account-section.tsx';
import { HealthTierBadge } from './health-tier-badge.tsx';
import { healthTierColor, healthTierLabel } from './health-tier.ts';

const HealthHistoryChart = lazy(async () => ({ default: (await import('./account-charts.tsx')).HealthHistoryChart }));

const MAX_CHANGES = 8;

function Gauge({ health }: { health: AccountHealthData }) {
  const color = healthTierColor(health.tier);
  return (
    <Stack align="center" gap={4}>
      <RingProgress
        size={150}
        thickness={14}
        roundCaps
        sections={[{ value: Math.max(0, Math.min(100, health.score)), color: `${color}.6` }]}
        aria-label={`Health score ${health.score} of 100, ${healthTierLabel(health.tier)}`}
        label={
          <Stack gap={0} align="center">
            <Text fz={32} fw={700} lh={1} style={{ fontVariantNumeric: 'tabular-nums' }} data-testid="health-score">{Math.round(health.score)}</Text>
            <Text size="xs" c="dimmed">of 100</Text>
          </Stack>
        }
      />
      <HealthTierBadge tier={health.tier} />
      <Text size="xs" c="dimmed">Scored {formatInstant(health.computedAt)}</Text>
    </Stack>
  );
}

function Components({ health }: { health: AccountHealthData }) {
  const rows = componentRows(health);
  return (
    <Table.ScrollContainer minWidth={260}>
      <Table verticalSpacing={6} horizontalSpacing={6} aria-label="Health components" data-testid="health-components">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Component</Table.Th>
            <Table.Th>Score</Table.Th>
            <Table.Th ta="right">Weight</Table.Th>
            <Table.Th ta="right">Share</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.component}>
              <Table.Td>
                <Tooltip label={row.detail} disabled={!row.detail} multiline maw={280} events={{ hover: true, focus: true, touch: true }}>
                  <Text size="sm" fw={500} tabIndex={row.detail ? 0 : undefined} style={{ cursor: row.detail ? 'help' : undefined }}>{componentLabel(row.component)}</Text>
                </Tooltip>
              </Table.Td>
              <Table.Td miw={80}>
                {row.score === null ? (
                  <Text size="sm" c="dimmed">No data</Text>
                ) : (
                  <Group gap="xs" wrap="nowrap">
                    <Text size="sm" w={32} style={{ fontVariantNumeric: 'tabular-nums' }}>{Math.round(row.score)}</Text>
                    <Progress value={row.score} color={row.score < 40 ? 'red' : row.score < 60 ? 'orange' : 'green'} size="sm" flex={1} aria-label={`${componentLabel(row.component)} ${row.score} of 100`} />
                  </Group>
                )}
              </Table.Td>
              <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>{row.weight}</Table.Td>
              <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>{Math.round(row.share * 100)}%</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function Changes({ health }: { health: AccountHealthData }) {
  const changes = healthChanges(health.history).slice(0, MAX_CHANGES);
  if (!changes.length) return <Text size="sm" c="dimmed">No changes worth a reason in this period.</Text>;
  return (
    <Stack gap="sm" component="ol" p={0} m={0} data-testid="health-changes" style={{ listStyle: 'none' }}>
      {changes.map((change) => (
        <Box component="li" key={change.day}>
          <Group gap="xs">
            <Text size="sm" fw={600} component="time" dateTime={change.day}>{formatDay(change.day)}</Text>
            <Text size="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
              {change.delta !== null ? `${signedNumber(change.delta)} → ` : ''}{change.score}
            </Text>
            <Badge size="xs" variant="light" color={healthTierColor(change.tier)}>{healthTierLabel(change.tier)}</Badge>
          </Group>
          <List size="sm" spacing={2} mt={2}>
            {change.reasons.map((reason) => <List.Item key={reason.component}>{describeReason(reason)}</List.Item>)}
          </List>
        </Box>
      ))}
    </Stack>
  );
}

/** The health gauge, the history chart with the reasons for each change, and the component breakdown. */
export function AccountHealth({ overview }: { overview: AccountOverview }) {
  const health = overview.data?.health;
  return (
    <AccountSection id="health" title="Health" query={overview} skeletonHeight={180}>
      {overview.isSuccess && !health && <Text size="sm" c="dimmed">Not scored yet: the score appears after the next health recompute.</Text>}
      {health && (
        <>
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <Gauge health={health} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 8 }} miw={0}>
              <Text size="sm" fw={600} mb={4} id="health-history-title">
                Score since {health.history[0] ? formatDay(health.history[0].day) : 'the first scoring'}
              </Text>
              {health.history.length > 1 ? (
                <Box component="figure" m={0} aria-labelledby="health-history-title" data-testid="health-history-chart">
                  <Suspense fallback={<Skeleton height={180} />}>
                    <HealthHistoryChart history={health.history} />
                  </Suspense>
                </Box>
              ) : (
                <Text size="sm" c="dimmed">Not enough history for a chart yet.</Text>
              )}
            </Grid.Col>
          </Grid>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
            <Stack gap="xs">
              <Title order={3} size="h5">What changed</Title>
              <Changes health={health} />
            </Stack>
            <Stack gap="xs">
              <Title order={3} size="h5">Components</Title>
              <Components health={health} />
            </Stack>
          </SimpleGrid>
        </>
      )}
    </AccountSection>
  );
}
