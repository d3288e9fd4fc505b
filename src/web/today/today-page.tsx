import { Suspense, lazy, useDeferredValue, useEffect, useState } from 'react';
import { Button, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { Link, Navigate, useSearchParams } from 'react-router';
import { RetryPanel } from '../errors/retry-panel.tsx';
import { formatDay } from '../format/format.ts';
import { useCan } from '../session/current-user.tsx';
import { useUserDirectory } from '../users/use-user-directory.ts';
import { splitDue } from './group-steps.ts';
import { preloadStepDialogs } from './step-actions.tsx';
import { worklistQuery } from './today-queries.ts';
import { useWorklistChange } from './use-step-transition.ts';
import { WorklistSection } from './worklist-section.tsx';
import { readWorklistScope, withWorklistScope } from './worklist-scope.ts';
import type { WorklistScope } from './worklist-scope.ts';

// Only managers and admins see the switch: CSMs never download its select.
const ScopeSwitch = lazy(() => import('./scope-switch.tsx').then((m) => ({ default: m.ScopeSwitch })));

function EmptyDay({ scope }: { scope: WorklistScope }) {
  const whose = scope.kind === 'me' ? 'You have' : scope.kind === 'team' ? 'Your team has' : 'This person has';
  return (
    <Stack align="center" gap="xs" py="xl" ta="center">
      <Text fw={600}>{whose} no open steps in the next two weeks.</Text>
      <Text c="dimmed" maw={520}>
        Plays start on their own when an account's signals match a playbook, and their steps land here. Meanwhile, check
        the accounts that need attention, or start a playbook from an account's page.
      </Text>
      <Group gap="sm" mt="xs">
        <Button component={Link} to="/accounts?healthTier=at-risk" variant="light">At-risk accounts</Button>
        <Button component={Link} to="/library" variant="default">Browse the library</Button>
      </Group>
    </Stack>
  );
}

/** Whose list this is, when it is not one's own (the directory is only asked for then). */
function ScopeLabel({ scope }: { scope: WorklistScope }) {
  const { byId } = useUserDirectory();
  if (scope.kind === 'team') return <>The team's steps · </>;
  if (scope.kind === 'user') return <>Steps of {byId.get(scope.userId)?.name ?? 'another user'} · </>;
  return null;
}

/** Today: what to do now, then what comes next, for oneself or (managers) for someone else or the team. */
export function TodayPage() {
  useDocumentTitle('Today · Playmaker');
  const [params, setParams] = useSearchParams();
  const scope = readWorklistScope(params);
  const canSwitch = useCan('team:read');
  // Viewers have no worklist (the server refuses it): they are sent to the accounts instead.
  const canWork = useCan('write');
  const [justOpened, setJustOpened] = useState<ReadonlySet<string>>(new Set());
  const change = useWorklistChange((ids) => setJustOpened(new Set(ids)));
  const dueNow = useQuery({ ...worklistQuery('today', scope), enabled: canWork });
  const upcoming = useQuery({ ...worklistQuery('upcoming', scope), enabled: canWork });
  // What is due now paints first; the longer upcoming list follows in the background.
  const upcomingSteps = useDeferredValue(upcoming.data?.steps);
  // Once the list is painted, so the download does not compete with it.
  const listShown = !!(dueNow.data ?? upcoming.data);
  useEffect(() => {
    if (!listShown) return;
    const timer = setTimeout(preloadStepDialogs, 300);
    return () => clearTimeout(timer);
  }, [listShown]);

  if (!canWork) return <Navigate to="/accounts" replace />;
  const setScope = (next: WorklistScope) => setParams(withWorklistScope(new URLSearchParams(window.location.search), next));

  const failed = [dueNow, upcoming].find((query) => query.isError && !query.data);
  // Both views carry the server's today and the counts of every view: whichever answers first says them.
  const first = dueNow.data ?? upcoming.data;
  const due = dueNow.data ? splitDue(dueNow.data.steps) : undefined;
  const common = { change, showOwner: scope.kind === 'team', justOpened, today: first?.today ?? '' };

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end" gap="sm">
        <div>
          <Title order={1}>Today</Title>
          <Text c="dimmed" size="sm">
            <ScopeLabel scope={scope} />
            {first && formatDay(first.today)}
          </Text>
        </div>
        {canSwitch && (
          <Suspense fallback={null}>
            <ScopeSwitch scope={scope} onChange={setScope} />
          </Suspense>
        )}
      </Group>
      {failed ? (
        <RetryPanel error={failed.error} onRetry={() => void Promise.all([dueNow.refetch(), upcoming.refetch()])} />
      ) : !first ? (
        <Stack gap="sm" aria-busy="true" aria-label="Loading steps">
          <Skeleton height={28} width={200} />
          <Skeleton height={140} />
          <Skeleton height={140} />
        </Stack>
      ) : first.counts.today + first.counts.upcoming === 0 ? (
        <EmptyDay scope={scope} />
      ) : (
        <Stack gap="xl" data-worklist>
          {first.counts.overdue > 0 && <WorklistSection id="overdue" title="Overdue" count={first.counts.overdue} steps={due?.overdue} empty="Nothing overdue." {...common} />}
          <WorklistSection id="today" title="Due today" count={first.counts.today - first.counts.overdue} steps={due?.dueToday} empty="Nothing else is due today: get ahead on what comes next." {...common} />
          <WorklistSection id="upcoming" title="Upcoming" count={first.counts.upcoming} steps={upcomingSteps} empty="Nothing else in the next two weeks." {...common} />
        </Stack>
      )}
    </Stack>
  );
}
