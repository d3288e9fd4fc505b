import { Group, Table, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import { sortDirection } from './account-list-params.ts';
import type { AccountSort, SortField } from './account-list-params.ts';

export function SortableHeader({ label, field, sort, onSort, align }: { label: string; field: SortField; sort: AccountSort; onSort: (field: SortField) => void; align?: 'right' }) {
  const direction = sortDirection(sort, field);
  const Icon = direction === 'ascending' ? IconArrowUp : direction === 'descending' ? IconArrowDown : IconArrowsSort;
  return (
    <Table.Th aria-sort={direction} ta={align}>
      <UnstyledButton onClick={() => onSort(field)} fw={600} fz="sm">
        <Group gap={4} wrap="nowrap" justify={align === 'right' ? 'flex-end' : undefined}>
          {label}
          <Icon size={14} aria-hidden />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}
