import { useEffect, useRef, useState } from 'react';
import { Autocomplete, Button, Collapse, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useDebouncedCallback, useDisclosure, useHotkeys, useMediaQuery } from '@mantine/hooks';
import { IconAdjustmentsHorizontal, IconSearch } from '@tabler/icons-react';
import { LIFECYCLE_STAGES, TOUCH_MODELS } from '../../core/accounts/vocabulary.ts';
import { tierLabel, titleCase } from '../format/format.ts';
import { useUserDirectory } from '../users/use-user-directory.ts';
import { FILTER_KEYS, RENEWAL_WINDOWS } from './account-list-params.ts';
import type { AccountListQuery } from './account-list-params.ts';

export type FilterChange = Partial<Record<keyof AccountListQuery, string | number | null>>;

const COMMON_TIERS = ['enterprise', 'mid-market', 'smb'];

/** Text filters apply a quarter second after the last key, not with a request per key. */
function useDebouncedText(value: string | undefined, onChange: (value: string) => void) {
  const [text, setText] = useState(value ?? '');
  const debounced = useDebouncedCallback(onChange, 250);
  // Follow the URL when it changes from elsewhere (back button, "Clear filters"), but keep what is
  // being typed (a trailing space) when the URL merely caught up with it.
  useEffect(() => setText((current) => (current.trim() === (value ?? '') ? current : value ?? '')), [value]);
  return [text, (next: string) => { setText(next); debounced(next); }] as const;
}

export function AccountsFilters({ query, onChange }: { query: AccountListQuery; onChange: (change: FilterChange) => void }) {
  const { users } = useUserDirectory();
  const phone = useMediaQuery('(max-width: 47.99em)');
  const [moreOpen, more] = useDisclosure(false);
  const search = useRef<HTMLInputElement>(null);
  const [q, setQ] = useDebouncedText(query.q, (value) => onChange({ q: value.trim() || null }));
  const [tier, setTier] = useDebouncedText(query.tier, (value) => onChange({ tier: value.trim() || null }));
  // "/" jumps to the search box, as in most tools people already use.
  useHotkeys([['/', () => search.current?.focus()]]);

  const owners = users.filter((user) => user.active && (user.role === 'csm' || user.role === 'manager')).map((user) => ({ value: user.id, label: user.name }));
  const activeOthers = FILTER_KEYS.filter((key) => key !== 'q' && query[key] !== undefined).length;

  const searchBox = (
    <TextInput
      ref={search}
      label="Search"
      placeholder="Account name"
      leftSection={<IconSearch size={16} aria-hidden />}
      value={q}
      onChange={(event) => setQ(event.currentTarget.value)}
      aria-keyshortcuts="/"
    />
  );
  const otherFilters = (
    <>
      <Select label="Owner" placeholder="Anyone" data={owners} value={query.ownerId ?? null} onChange={(value) => onChange({ ownerId: value })} searchable clearable />
      <Select
        label="Touch model"
        placeholder="Any"
        data={TOUCH_MODELS.map((value) => ({ value, label: titleCase(value) }))}
        value={query.touchModel ?? null}
        onChange={(value) => onChange({ touchModel: value })}
        clearable
      />
      <Select
        label="Lifecycle stage"
        placeholder="Any"
        data={LIFECYCLE_STAGES.map((value) => ({ value, label: titleCase(value) }))}
        value={query.lifecycleStage ?? null}
        onChange={(value) => onChange({ lifecycleStage: value })}
        clearable
      />
      <Autocomplete label="Tier" placeholder="Any" data={COMMON_TIERS.map((value) => ({ value, label: tierLabel(value) }))} value={tier} onChange={setTier} />
      <Select
        label="Renews within"
        placeholder="Any time"
        data={RENEWAL_WINDOWS.map((days) => ({ value: String(days), label: `${days} days` }))}
        value={query.renewalWithinDays === undefined ? null : String(query.renewalWithinDays)}
        onChange={(value) => onChange({ renewalWithinDays: value })}
        clearable
      />
    </>
  );

  // On a phone the search box stays; the other filters fold away behind one button.
  if (phone) {
    return (
      <Stack gap="xs" role="search" aria-label="Filter accounts">
        <Group gap="xs" align="flex-end" wrap="nowrap">
          <div style={{ flex: 1 }}>{searchBox}</div>
          <Button variant="default" onClick={more.toggle} aria-expanded={moreOpen} aria-controls="more-account-filters" leftSection={<IconAdjustmentsHorizontal size={16} aria-hidden />}>
            Filters{activeOthers ? ` (${activeOthers})` : ''}
          </Button>
        </Group>
        <Collapse expanded={moreOpen} id="more-account-filters">
          <Stack gap="xs">{otherFilters}</Stack>
        </Collapse>
      </Stack>
    );
  }
  return (
    <SimpleGrid cols={{ base: 2, md: 3, xl: 6 }} spacing="sm" role="search" aria-label="Filter accounts">
      {searchBox}
      {otherFilters}
    </SimpleGrid>
  );
}
