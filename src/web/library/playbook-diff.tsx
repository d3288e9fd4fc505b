import { Box, Code, List, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { RetryPanel } from '../errors/retry-panel.tsx';
import { diffQuery } from './library-queries.ts';
import type { PlaybookDiff } from './library-types.ts';

const LINE_COLORS: Record<string, string> = { '+': 'var(--mantine-color-green-light)', '-': 'var(--mantine-color-red-light)', '@': 'var(--mantine-color-blue-light)' };

/** What changed between two versions: a summary of fields and steps, then the file diff itself. */
export function PlaybookDiffView({ playbookId, from, to }: { playbookId: string; from: number; to: number }) {
  const diff = useQuery(diffQuery(playbookId, from, to));
  if (diff.isPending) return <Skeleton height={120} />;
  if (diff.isError) return <RetryPanel error={diff.error} onRetry={() => diff.refetch()} />;
  return (
    <Stack gap="xs" data-testid="playbook-diff">
      <DiffSummary diff={diff.data} />
      <Title order={4} size="h6">File changes</Title>
      {diff.data.text.trim() === '' ? (
        <Text size="sm" c="dimmed">The files are identical.</Text>
      ) : (
        <Box component="pre" tabIndex={0} aria-label={`Unified diff from version ${from} to version ${to}`} style={{ overflowX: 'auto', margin: 0, fontSize: 12, maxHeight: 480, border: '1px solid var(--mantine-color-default-border)', borderRadius: 4 }}>
          {diff.data.text.split('\n').map((line, index) => (
            <div key={index} style={{ background: LINE_COLORS[line[0] ?? ''] ?? undefined, padding: '0 6px', whiteSpace: 'pre' }}>
              {line || ' '}
            </div>
          ))}
        </Box>
      )}
    </Stack>
  );
}

function DiffSummary({ diff }: { diff: PlaybookDiff }) {
  const stepTitle = (step: Record<string, unknown>) => String(step.title ?? step.id ?? '');
  const items = [
    ...diff.fields.map((change) => <>Changed <Code>{change.field}</Code></>),
    ...diff.steps.added.map((step) => <>Added step “{stepTitle(step)}”</>),
    ...diff.steps.removed.map((step) => <>Removed step “{stepTitle(step)}”</>),
    ...diff.steps.changed.map((step) => <>Changed step “{step.title}”: {step.changes.map((change) => change.field).join(', ')}</>),
    ...(diff.steps.reordered ? [<>Reordered the steps</>] : []),
    ...diff.templates.added.map((name) => <>Added template <Code>{name}</Code></>),
    ...diff.templates.removed.map((name) => <>Removed template <Code>{name}</Code></>),
    ...diff.templates.changed.map((name) => <>Changed template <Code>{name}</Code></>),
  ];
  if (items.length === 0) return <Text size="sm" c="dimmed">No changes to fields, steps or templates.</Text>;
  return (
    <List size="sm" aria-label="Summary of changes">
      {items.map((item, index) => <List.Item key={index} style={{ overflowWrap: 'anywhere' }}>{item}</List.Item>)}
    </List>
  );
}
