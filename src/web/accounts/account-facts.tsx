import { SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Account, User } from '../api/types.ts';
import { formatDay, formatMoney, tierLabel } from '../format/format.ts';
import { RenewalDate } from './renewal-cell.tsx';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text component="dt" size="xs" c="dimmed" tt="uppercase" fw={600}>{label}</Text>
      <Text component="dd" m={0} size="sm">{children}</Text>
    </Stack>
  );
}

/** The facts a CSM checks before a call: money, dates, who owns it. */
export function AccountFacts({ account, owner }: { account: Account; owner: User | undefined }) {
  return (
    <SimpleGrid component="dl" cols={{ base: 2, sm: 3, lg: 6 }} spacing="md" verticalSpacing="sm" m={0}>
      <Fact label="ARR">{formatMoney(account.arr)}</Fact>
      <Fact label="Renewal"><RenewalDate day={account.renewalDate} /></Fact>
      <Fact label="Owner">{account.ownerId ? owner?.name ?? '—' : 'Unassigned'}</Fact>
      <Fact label="Plan">{account.plan ?? '—'}</Fact>
      <Fact label="Tier">{account.tier ? tierLabel(account.tier) : '—'}</Fact>
      <Fact label="Customer since">{formatDay(account.contractStart)}</Fact>
    </SimpleGrid>
  );
}
