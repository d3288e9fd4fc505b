import type { KeyboardEvent, MouseEvent } from 'react';
import { Anchor, Skeleton, Table, Text } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import type { User } from '../api/types.ts';
import { formatMoney, tierLabel, titleCase } from '../format/format.ts';
import { LifecycleBadge } from './account-badges.tsx';
import type { AccountListItem, AccountSort, SortField } from './account-list-params.ts';
import { HealthTierBadge } from './health-tier-badge.tsx';
import { RenewalDate } from './renewal-cell.tsx';
import { SortableHeader } from './sortable-header.tsx';

const ROW_LINK = 'a[data-row-link]';
const COLUMNS = 8;

/** Arrow keys move between rows (Home/End to the ends); Enter on a row's link opens it. */
function moveBetweenRows(event: KeyboardEvent<HTMLTableSectionElement>) {
  const keys = ['ArrowDown', 'ArrowUp', 'Home', 'End'];
  if (!keys.includes(event.key)) return;
  const links = [...event.currentTarget.querySelectorAll<HTMLAnchorElement>(ROW_LINK)];
  if (!links.length) return;
  const current = links.indexOf(document.activeElement as HTMLAnchorElement);
  const target =
    event.key === 'Home' ? 0
    : event.key === 'End' ? links.length - 1
    : event.key === 'ArrowDown' ? Math.min(current + 1, links.length - 1)
    : Math.max(current - 1, 0);
  event.preventDefault();
  links[target]?.focus();
}

export interface AccountsTableProps {
  accounts: AccountListItem[] | undefined;
  owners: Map<string, User>;
  sort: AccountSort;
  onSort: (field: SortField) => void;
  busy: boolean;
  pageSize: number;
}

export function AccountsTable({ accounts, owners, sort, onSort, busy, pageSize }: AccountsTableProps) {
  const navigate = useNavigate();
  const openRow = (event: MouseEvent, id: string) => {
    // The link handles its own clicks (and middle or ctrl clicks open a tab); a text selection is not a click.
    if ((event.target as HTMLElement).closest('a') || window.getSelection()?.toString()) return;
    void navigate(`/accounts/${id}`);
  };

  return (
    <Table.ScrollContainer minWidth={600}>
      <Table highlightOnHover verticalSpacing="sm" aria-busy={busy} aria-label="Accounts" style={{ opacity: busy && accounts ? 0.6 : 1, transition: 'opacity 120ms' }}>
        <Table.Thead>
          <Table.Tr>
            <SortableHeader label="Account" field="name" sort={sort} onSort={onSort} />
            <Table.Th>Owner</Table.Th>
            <SortableHeader label="ARR" field="arr" sort={sort} onSort={onSort} align="right" />
            <Table.Th visibleFrom="sm">Tier</Table.Th>
            <Table.Th visibleFrom="sm">Touch</Table.Th>
            <Table.Th>Lifecycle</Table.Th>
            <SortableHeader label="Health" field="health" sort={sort} onSort={onSort} />
            <SortableHeader label="Renewal" field="renewalDate" sort={sort} onSort={onSort} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody onKeyDown={moveBetweenRows}>
          {!accounts &&
            Array.from({ length: Math.min(pageSize, 10) }, (_, i) => (
              <Table.Tr key={i}>
                <Table.Td colSpan={COLUMNS}>
                  <Skeleton height={20} />
                </Table.Td>
              </Table.Tr>
            ))}
          {accounts?.map((account) => (
            <Table.Tr key={account.id} className="clickable-row" onClick={(event) => openRow(event, account.id)}>
              <Table.Td>
                <Anchor component={Link} to={`/accounts/${account.id}`} data-row-link fw={500}>
                  {account.name}
                </Anchor>
                {account.domain && (
                  <Text size="xs" c="dimmed">
                    {account.domain}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{account.ownerId ? owners.get(account.ownerId)?.name ?? '—' : <Text span c="dimmed">Unassigned</Text>}</Table.Td>
              <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>{formatMoney(account.arr)}</Table.Td>
              <Table.Td visibleFrom="sm">{account.tier ? tierLabel(account.tier) : '—'}</Table.Td>
              <Table.Td visibleFrom="sm">{account.touchModel ? titleCase(account.touchModel) : '—'}</Table.Td>
              {/* Badges keep their words whole: the table scrolls sideways before a badge is cut. */}
              <Table.Td style={{ whiteSpace: 'nowrap' }}><LifecycleBadge stage={account.lifecycleStage} /></Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}><HealthTierBadge tier={account.healthTier} score={account.healthScore} /></Table.Td>
              <Table.Td><RenewalDate day={account.renewalDate} /></Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
