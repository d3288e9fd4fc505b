import { useEffect, useRef, useState } from 'react';
import { Autocomplete, Button, Collapse, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useDebouncedCallback, useDisclosure, useHotkeys, useMediaQuery } from '@mantine/hooks';
import { IconAdjustmentsHorizontal, IconSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { LIFECYCLE_STAGES, TOUCH_MODELS } from '../../core/accounts/vocabulary.ts';
import { HEALTH_TIERS } from '../../core/health/model.ts';
import { tierLabel, titleCase } from '../format/format.ts';
import { useUserDirectory } from '../users/use-user-directory.ts';
import { FILTER_KEYS, RENEWAL_WINDOWS } from './account-list-params.ts';
import { playbookChoicesQuery, segmentsQuery } from './account-queries.ts';
import { healthTierLabel } from './health-tier.ts';
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
  const segments = useQuery(segmentsQuery());
  const playbooks = useQuery(playbookChoicesQuery());
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
  // An id from a shared link shows as itself until the lists arrive (or if it is unknown: the API then says so).
  const withCurrent = (choices: { value: string; label: string }[], current: string | undefined) =>
    current && !choices.some((c) => c.value === current) ? [...choices, { value: current, label: current }] : choices;
  const segmentChoices = withCurrent((segments.data?.data ?? []).map((s) => ({ value: s.id, label: s.name })), query.segmentId);
  const playbookChoices = withCurrent((playbooks.data?.data ?? []).map((p) => ({ value: p.id, label: p.title ?? p.id })), query.openPlaybookId);

  // Each filter is a clearable list bound to one URL parameter.
  const choice = (key: 'healthTier' | 'ownerId' | 'touchModel' | 'lifecycleStage' | 'renewalWithinDays' | 'segmentId' | 'openPlaybookId', label: string, placeholder: string, data: { value: string; label: string }[], searchable = false) => (
    <Select
      label={label}
      placeholder={placeholder}
      data={data}
      value={query[key] === undefined ? null : String(query[key])}
      onChange={(value) => onChange({ [key]: value })}
      searchable={searchable}
      clearable
    />
  );
  const labelled = (values: readonly string[], label: (value: string) => string) => values.map((value) => ({ value, label: label(value) }));

  const otherFilters = (
    <>
      {choice('healthTier', 'Health', 'Any tier', labelled(HEALTH_TIERS, healthTierLabel))}
      {choice('ownerId', 'Owner', 'Anyone', owners, true)}
      {choice('touchModel', 'Touch model', 'Any', labelled(TOUCH_MODELS, titleCase))}
      {choice('lifecycleStage', 'Lifecycle stage', 'Any', labelled(LIFECYCLE_STAGES, titleCase))}
      <Autocomplete label="Tier" placeholder="Any" data={labelled(COMMON_TIERS, tierLabel)} value={tier} onChange={setTier} />
      {choice('renewalWithinDays', 'Renews within', 'Any time', RENEWAL_WINDOWS.map((days) => ({ value: String(days), label: `${days} days` })))}
      {choice('segmentId', 'Segment', 'Any', segmentChoices, true)}
      {choice('openPlaybookId', 'Open play of', 'Any playbook', playbookChoices, true)}
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
    <SimpleGrid cols={{ base: 2, md: 3, xl: 5 }} spacing="sm" role="search" aria-label="Filter accounts">
      {searchBox}
      {otherFilters}
    </SimpleGrid>
  );
}
