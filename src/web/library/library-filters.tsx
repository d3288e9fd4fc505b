import { useEffect, useState } from 'react';
import { Button, Collapse, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useDebouncedValue, useDisclosure, useMediaQuery } from '@mantine/hooks';
import { IconAdjustmentsHorizontal, IconSearch } from '@tabler/icons-react';
import { CATEGORIES, LIFECYCLE_STAGES, PLAYBOOK_KINDS } from '../../core/playbook/constants.ts';
import { titleCase } from '../format/format.ts';
import { PLAYBOOK_STATUSES, hasLibraryFilters } from './library-params.ts';
import type { LibrarySearchQuery, LibraryState } from './library-params.ts';

export type LibraryChange = Partial<Record<keyof LibraryState, string | number | null>>;

const options = (values: readonly string[]) => values.map((value) => ({ value, label: titleCase(value) }));

export function LibraryFilters({ query, onChange }: { query: LibrarySearchQuery; onChange: (change: LibraryChange) => void }) {
  const phone = useMediaQuery('(max-width: 47.99em)');
  const [filtersOpen, filters] = useDisclosure(false);
  const [text, setText] = useState(query.q ?? '');
  // One search per pause in typing, not one per key.
  const [settled] = useDebouncedValue(text.trim(), 250);
  useEffect(() => {
    if (settled !== (query.q ?? '')) onChange({ q: settled || null });
  }, [settled]);
  // The back button or a cleared search changes the URL under the box: follow it.
  useEffect(() => setText((current) => (current.trim() === (query.q ?? '') ? current : query.q ?? '')), [query.q]);

  const selects = (
    <>
      <Select label="Kind" placeholder="Any kind" data={options(PLAYBOOK_KINDS)} value={query.kind ?? null} onChange={(kind) => onChange({ kind })} clearable />
      <Select label="Status" placeholder="Any status" data={options(PLAYBOOK_STATUSES)} value={query.status ?? null} onChange={(status) => onChange({ status })} clearable />
      <Select label="Lifecycle stage" placeholder="Any stage" data={options(LIFECYCLE_STAGES)} value={query.lifecycle ?? null} onChange={(lifecycle) => onChange({ lifecycle })} clearable />
      <Select label="Category" placeholder="Any category" data={options(CATEGORIES)} value={query.category ?? null} onChange={(category) => onChange({ category })} searchable clearable />
    </>
  );

  return (
    <Stack gap="sm">
      <Group align="flex-end" gap="sm" wrap="nowrap">
        <TextInput
          label="Search the library"
          placeholder="renewal, champion left, pricing objection…"
          leftSection={<IconSearch size={16} aria-hidden />}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          type="search"
          style={{ flex: 1, minWidth: 0 }}
        />
        {phone && (
          <Button variant={hasLibraryFilters(query) ? 'light' : 'default'} leftSection={<IconAdjustmentsHorizontal size={16} aria-hidden />} onClick={filters.toggle} aria-expanded={filtersOpen} aria-controls="library-filters">
            Filters
          </Button>
        )}
      </Group>
      {phone ? (
        <Collapse expanded={filtersOpen} id="library-filters">
          <Stack gap="sm">{selects}</Stack>
        </Collapse>
      ) : (
        <SimpleGrid cols={4} spacing="sm" id="library-filters">{selects}</SimpleGrid>
      )}
    </Stack>
  );
}
