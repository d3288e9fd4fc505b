import { Anchor, Button, Card, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { IconPlus, IconX } from '@tabler/icons-react';
import { Link, useSearchParams } from 'react-router';
import type { components } from '../api/schema';
import { RetryPanel } from '../errors/retry-panel.tsx';
import { titleCase } from '../format/format.ts';
import { useCan } from '../session/current-user.tsx';
import { HighlightedText } from './highlighted-text.tsx';
import { useLibraryIndex } from './library-index-query.ts';
import { LibraryFilters } from './library-filters.tsx';
import type { LibraryChange } from './library-filters.tsx';
import { LIBRARY_FILTER_KEYS, hasLibraryFilters, readLibraryParams, withLibraryChange } from './library-params.ts';
import { librarySearchQuery } from './library-queries.ts';
import { KindBadge, StatusBadge } from './playbook-badges.tsx';

type SearchHit = components['schemas']['SearchHit'];

/** The library: full-text search with highlighted passages, or every playbook by title. */
export function LibraryPage() {
  useDocumentTitle('Library · Playmaker');
  const [params, setParams] = useSearchParams();
  const query = readLibraryParams(params);
  const canManage = useCan('playbooks:manage');
  const results = useQuery({ ...librarySearchQuery(query), placeholderData: keepPreviousData });
  // From the address bar as it is now, so two quick changes do not undo each other.
  const change = (patch: LibraryChange) => setParams(withLibraryChange(new URLSearchParams(window.location.search), patch), { replace: !('page' in patch) });
  const filtered = Boolean(query.q) || hasLibraryFilters(query);
  const page = results.data?.page;
  const pageCount = page ? Math.max(1, Math.ceil(page.total / page.pageSize)) : 1;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="baseline">
        <Title order={1}>Library</Title>
        <Group gap="sm">
          {page && (
            <Text c="dimmed" aria-live="polite">
              {page.total} {query.q ? (page.total === 1 ? 'match' : 'matches') : page.total === 1 ? 'playbook' : 'playbooks'}
            </Text>
          )}
          {canManage && (
            <Button component={Link} to="/library/new" variant="light" leftSection={<IconPlus size={16} aria-hidden />}>
              New playbook
            </Button>
          )}
        </Group>
      </Group>
      <LibraryFilters query={query} onChange={change} />
      {canManage && !filtered && <UnpublishedDrafts />}
      {results.isError && <RetryPanel error={results.error} onRetry={() => results.refetch()} />}
      {results.isPending && !results.isError && <Skeleton height={240} />}
      {results.data && (
        <Stack gap="sm" component="ul" aria-label={query.q ? 'Search results' : 'Playbooks'} aria-busy={results.isFetching} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {results.data.data.map((hit) => (
            <li key={hit.id}>
              <SearchHitCard hit={hit} showSnippet={Boolean(query.q)} />
            </li>
          ))}
        </Stack>
      )}
      {page && page.total === 0 && (
        <Stack align="center" gap="xs" py="xl">
          <Text fw={500}>{query.q ? `Nothing in the library matches “${query.q}”.` : 'No playbooks match these filters.'}</Text>
          {filtered && (
            <Button variant="light" leftSection={<IconX size={14} aria-hidden />} onClick={() => change(Object.fromEntries(LIBRARY_FILTER_KEYS.map((key) => [key, null])))}>
              Clear search and filters
            </Button>
          )}
        </Stack>
      )}
      {page && pageCount > 1 && (
        <Group justify="space-between" gap="sm">
          <Button variant="default" size="xs" disabled={query.page <= 1} onClick={() => change({ page: query.page - 1 })}>Previous page</Button>
          <Text size="sm" c="dimmed">Page {query.page} of {pageCount}</Text>
          <Button variant="default" size="xs" disabled={query.page >= pageCount} onClick={() => change({ page: query.page + 1 })}>Next page</Button>
        </Group>
      )}
    </Stack>
  );
}

function SearchHitCard({ hit, showSnippet }: { hit: SearchHit; showSnippet: boolean }) {
  return (
    <Card withBorder padding="sm" data-testid="library-hit">
      <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
        <Anchor component={Link} to={`/library/${hit.id}`} fw={600} style={{ overflowWrap: 'anywhere' }}>
          <HighlightedText html={hit.titleHtml} />
        </Anchor>
        <Group gap={6}>
          <KindBadge kind={hit.kind} />
          <StatusBadge status={hit.status} />
        </Group>
      </Group>
      <Text size="sm" c="dimmed">
        {[titleCase(hit.category), ...hit.lifecycle.map(titleCase)].join(' · ')} · version {hit.version}
      </Text>
      {showSnippet && hit.snippet && (
        <Text size="sm" mt={4} data-testid="library-snippet" style={{ overflowWrap: 'anywhere' }}>
          <HighlightedText html={hit.snippet} />
        </Text>
      )}
    </Card>
  );
}

/** Search covers published versions only; a new playbook's first draft is found here until it is published. */
function UnpublishedDrafts() {
  const library = useLibraryIndex();
  const drafts = [...library.values()].filter((entry) => entry.currentVersion === null);
  if (drafts.length === 0) return null;
  return (
    <Card withBorder padding="sm" component="section" aria-labelledby="unpublished-heading">
      <Title order={2} size="h5" id="unpublished-heading">Not published yet</Title>
      <Group gap="md" mt={4} wrap="wrap">
        {drafts.map((draft) => (
          <Anchor key={draft.id} component={Link} to={`/library/${draft.id}/edit`} size="sm">
            {draft.title ?? draft.id}
          </Anchor>
        ))}
      </Group>
    </Card>
  );
}
