import { Button, Grid, Skeleton, Stack, Tabs, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams, useSearchParams } from 'react-router';
import { toApiError } from '../api/api-error.ts';
import { NotFoundPage } from '../errors/not-found-page.tsx';
import { RetryPanel } from '../errors/retry-panel.tsx';
import { useCan } from '../session/current-user.tsx';
import { playbookQuery } from './library-queries.ts';
import { contentOf } from './library-types.ts';
import { PlaybookFeedback } from './playbook-feedback.tsx';
import { PlaybookFlowchart } from './playbook-flowchart.tsx';
import { PlaybookHeader } from './playbook-header.tsx';
import { PlaybookPilot } from './playbook-pilot.tsx';
import { PlaybookSteps } from './playbook-steps.tsx';
import { requestedVersion } from './playbook-version-param.ts';
import { PlaybookVersions } from './playbook-versions.tsx';
import { ProseText } from './prose-text.tsx';
import { QuickReferenceCard } from './quick-reference-card.tsx';
import './print.css';

const TABS = ['steps', 'flowchart', 'quick-reference', 'versions'] as const;
type Tab = (typeof TABS)[number];

/** A playbook, runbook or script: its steps, flowchart, card, versions, pilot and feedback. */
export function PlaybookPage() {
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const version = requestedVersion(params);
  const tab: Tab = (TABS as readonly string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as Tab) : 'steps';
  const detail = useQuery(playbookQuery(id, version));
  const content = contentOf(detail.data?.version);
  useDocumentTitle(content ? `${content.title} · Playmaker` : 'Playbook · Playmaker');

  if (detail.isPending) return <Skeleton height={240} />;
  if (detail.isError) {
    const status = toApiError(detail.error).status;
    // A malformed id (400) is as missing as an unknown one (404).
    if (status === 404 || status === 400) return <NotFoundPage what={version ? 'playbook version' : 'playbook'} />;
    return <RetryPanel error={detail.error} onRetry={() => detail.refetch()} />;
  }
  const playbook = detail.data;
  if (!content || !playbook.version) {
    return <UnpublishedPlaybook id={playbook.id} />;
  }
  const shown = playbook.version.number;
  const selectTab = (next: string | null) => {
    const nextParams = new URLSearchParams(window.location.search);
    if (!next || next === 'steps') nextParams.delete('tab');
    else nextParams.set('tab', next);
    setParams(nextParams, { replace: true });
  };

  return (
    <Stack gap="lg">
      <PlaybookHeader playbook={playbook} content={content} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Tabs value={tab} onChange={selectTab} keepMounted={false}>
            <Tabs.List className="no-print">
              <Tabs.Tab value="steps">Steps</Tabs.Tab>
              <Tabs.Tab value="flowchart">Flowchart</Tabs.Tab>
              <Tabs.Tab value="quick-reference">Quick reference</Tabs.Tab>
              <Tabs.Tab value="versions">Versions</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="steps" pt="md">
              <ProseText text={content.when_to_use} mb="sm" />
              <PlaybookSteps playbook={content} />
            </Tabs.Panel>
            <Tabs.Panel value="flowchart" pt="md">
              <PlaybookFlowchart playbookId={playbook.id} version={shown} title={content.title} />
            </Tabs.Panel>
            <Tabs.Panel value="quick-reference" pt="md">
              <QuickReferenceCard playbook={content} />
            </Tabs.Panel>
            <Tabs.Panel value="versions" pt="md">
              <PlaybookVersions playbook={playbook} shownVersion={shown} />
            </Tabs.Panel>
          </Tabs>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }} className="no-print">
          <Stack gap="md">
            <PlaybookPilot playbook={playbook} />
            <PlaybookFeedback playbookId={playbook.id} version={shown} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

function UnpublishedPlaybook({ id }: { id: string }) {
  const canManage = useCan('playbooks:manage');
  return (
    <Stack align="flex-start" gap="sm">
      <Title order={1}>Not published yet</Title>
      <Text>This playbook has a draft but no published version, so there is nothing to show here yet.</Text>
      {canManage && <Button component={Link} to={`/library/${id}/edit`} variant="light">Open the draft</Button>}
    </Stack>
  );
}
