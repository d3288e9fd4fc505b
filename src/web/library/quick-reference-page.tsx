import { Anchor, Breadcrumbs, Button, Group, Skeleton, Stack, Text } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { IconDownload, IconPrinter } from '@tabler/icons-react';
import { Link, useParams, useSearchParams } from 'react-router';
import { toApiError } from '../api/api-error.ts';
import { NotFoundPage } from '../errors/not-found-page.tsx';
import { RetryPanel } from '../errors/retry-panel.tsx';
import { playbookQuery } from './library-queries.ts';
import { contentOf } from './library-types.ts';
import { requestedVersion } from './playbook-version-param.ts';
import { QuickReferenceCard } from './quick-reference-card.tsx';
import './print.css';

/** The printable quick-reference card: what to keep open during a call, or print on one page. */
export function QuickReferencePage() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const version = requestedVersion(params);
  const detail = useQuery(playbookQuery(id, version));
  const content = contentOf(detail.data?.version);
  useDocumentTitle(content ? `${content.title}: quick reference · Playmaker` : 'Quick reference · Playmaker');

  if (detail.isPending) return <Skeleton height={320} />;
  if (detail.isError) {
    const status = toApiError(detail.error).status;
    if (status === 404 || status === 400) return <NotFoundPage what="playbook" />;
    return <RetryPanel error={detail.error} onRetry={() => detail.refetch()} />;
  }
  if (!content) return <NotFoundPage what="published playbook" />;
  const shownVersion = detail.data.version!.number;
  const markdown = `/api/playbooks/${encodeURIComponent(id)}/quick-reference?format=md&version=${shownVersion}`;

  return (
    <Stack gap="md" maw={820}>
      <Group justify="space-between" gap="sm" className="no-print">
        <Breadcrumbs aria-label="Breadcrumb">
          <Anchor component={Link} to="/library" size="sm">Library</Anchor>
          <Anchor component={Link} to={`/library/${id}`} size="sm">{content.title}</Anchor>
          <Text size="sm" aria-current="page">Quick reference</Text>
        </Breadcrumbs>
        <Group gap="xs">
          <Button variant="default" size="xs" component="a" href={markdown} download={`${id}-quick-reference.md`} leftSection={<IconDownload size={14} aria-hidden />}>
            Markdown
          </Button>
          <Button size="xs" onClick={() => window.print()} leftSection={<IconPrinter size={14} aria-hidden />}>
            Print
          </Button>
        </Group>
      </Group>
      <QuickReferenceCard playbook={content} headingLevel={1} />
      <Text size="xs" c="dimmed">Version {shownVersion}</Text>
    </Stack>
  );
}
