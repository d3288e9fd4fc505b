import { useEffect, useState } from 'react';
import { Text } from '@mantine/core';
import { useDebouncedValue, useMediaQuery } from '@mantine/hooks';
import { Spotlight, createSpotlight } from '@mantine/spotlight';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { IconBuildingStore, IconFileText, IconSearch } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { roleAllows } from '../../core/auth/permissions.ts';
import { $api } from '../api/client.ts';
import { NAV_ITEMS } from '../layout/nav-items.ts';
import { librarySearchQuery } from '../library/library-queries.ts';
import { useCurrentUser } from '../session/current-user.tsx';
import '@mantine/spotlight/styles.css';
import './command-palette.css';
import type { TypeAhead } from './type-ahead.ts';

const [store, palette] = createSpotlight();
const RESULTS = 5;

/**
 * Marks the first action as the one Enter opens. Spotlight does this itself only when the query
 * changes, but our results arrive later, from the server, and replace the rows it marked.
 */
function selectFirstAction() {
  const list = store.getState().listId ? document.getElementById(store.getState().listId) : null;
  const actions = list?.querySelectorAll('[data-action]') ?? [];
  list?.querySelector('[data-selected]')?.removeAttribute('data-selected');
  actions[0]?.setAttribute('data-selected', 'true');
  store.updateState((state) => ({ ...state, selected: actions.length > 0 ? 0 : -1 }));
}

/** Ctrl/Cmd-K: find a playbook (straight to its quick reference) or an account, or go to a page. */
export function CommandPalette({ opened, onClose, typeAhead }: { opened: boolean; onClose: () => void; typeAhead: TypeAhead }) {
  const navigate = useNavigate();
  const { role } = useCurrentUser();
  const phone = useMediaQuery('(max-width: 47.99em)');
  const [query, setQuery] = useState('');
  const [term] = useDebouncedValue(query.trim(), 200);
  const searching = opened && term.length >= 2;

  useEffect(() => (opened ? palette.open() : palette.close()), [opened]);

  const playbooks = useQuery({ ...librarySearchQuery({ q: term, page: 1, pageSize: RESULTS }), enabled: searching, placeholderData: keepPreviousData });
  const accounts = useQuery({
    ...$api.queryOptions('get', '/api/accounts', { params: { query: { q: term, pageSize: RESULTS, sort: 'name' } } }),
    enabled: searching,
    placeholderData: keepPreviousData,
  });
  const hits = searching ? (playbooks.data?.data ?? []) : [];
  const matchedAccounts = searching ? (accounts.data?.data ?? []) : [];
  const lower = query.trim().toLowerCase();
  const pages = NAV_ITEMS.filter((item) => roleAllows(role, item.permission) && item.label.toLowerCase().includes(lower));

  useEffect(() => {
    if (opened) queueMicrotask(selectFirstAction);
  }, [opened, playbooks.data, accounts.data, term]);

  const loading = searching && (playbooks.isFetching || accounts.isFetching);
  const failed = searching && (playbooks.isError || accounts.isError);
  const nothing = hits.length === 0 && matchedAccounts.length === 0 && pages.length === 0;

  return (
    <Spotlight.Root
      store={store}
      shortcut={null}
      query={query}
      onQueryChange={setQuery}
      onSpotlightClose={onClose}
      fullScreen={phone}
      scrollable
      maxHeight={phone ? '80vh' : 480}
      title="Command palette"
      styles={{ header: { minHeight: 0, padding: 'var(--mantine-spacing-xs) var(--mantine-spacing-md) 0' }, title: { fontSize: 'var(--mantine-font-size-sm)', fontWeight: 600 } }}
    >
      <Spotlight.Search placeholder="Playbook, account or page…" leftSection={<IconSearch size={18} aria-hidden />} aria-label="Search playbooks, accounts and pages"
        onFocus={() => {
          const typed = typeAhead.take();
          if (typed) setQuery((current) => current + typed);
        }}
      />
      <Spotlight.ActionsList aria-label="Results">
        {hits.length > 0 && (
          <Spotlight.ActionsGroup label="Playbooks">
            {hits.flatMap((hit) => [
              <Spotlight.Action
                key={`${hit.id}-card`}
                label={`${hit.title}: quick reference`}
                description={`${hit.kind} · ${hit.category}`}
                leftSection={<IconFileText size={18} aria-hidden />}
                onClick={() => navigate(`/library/${hit.id}/quick-reference`)}
              />,
              <Spotlight.Action key={`${hit.id}-page`} label={`${hit.title}: playbook page`} description="Steps, flowchart, versions, feedback" onClick={() => navigate(`/library/${hit.id}`)} />,
            ])}
          </Spotlight.ActionsGroup>
        )}
        {matchedAccounts.length > 0 && (
          <Spotlight.ActionsGroup label="Accounts">
            {matchedAccounts.map((account) => (
              <Spotlight.Action
                key={account.id}
                label={account.name}
                description={account.domain ?? undefined}
                leftSection={<IconBuildingStore size={18} aria-hidden />}
                onClick={() => navigate(`/accounts/${account.id}`)}
              />
            ))}
          </Spotlight.ActionsGroup>
        )}
        {pages.length > 0 && (
          <Spotlight.ActionsGroup label="Go to">
            {pages.map((item) => (
              <Spotlight.Action key={item.to} label={item.label} leftSection={<item.icon size={18} aria-hidden />} onClick={() => navigate(item.to)} />
            ))}
          </Spotlight.ActionsGroup>
        )}
        {nothing && <Spotlight.Empty>{loading ? 'Searching…' : failed ? 'The search failed: check the connection and type again.' : 'Nothing found.'}</Spotlight.Empty>}
      </Spotlight.ActionsList>
      <Text size="xs" c="dimmed" px="md" py={6} aria-live="polite">
        {loading ? 'Searching…' : '↑ ↓ to choose, Enter to open, Esc to close'}
      </Text>
    </Spotlight.Root>
  );
}
