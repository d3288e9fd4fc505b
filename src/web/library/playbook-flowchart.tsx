import { useEffect, useRef, useState } from 'react';
import { Alert, Box, Loader, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { RetryPanel } from '../errors/retry-panel.tsx';
import { flowchartQuery } from './library-queries.ts';
import { renderFlowchart } from './render-flowchart.ts';

/** The steps and their branches as a chart, drawn from the Mermaid text the API provides. */
export function PlaybookFlowchart({ playbookId, version, title }: { playbookId: string; version?: number; title: string }) {
  const chart = useQuery(flowchartQuery(playbookId, version));
  const box = useRef<HTMLDivElement>(null);
  const [drawn, setDrawn] = useState<{ text: string; error?: unknown } | null>(null);

  useEffect(() => {
    const text = chart.data;
    if (typeof text !== 'string' || !box.current) return;
    let current = true;
    renderFlowchart(text, `Flowchart of the steps of ${title}`, box.current).then(
      () => current && setDrawn({ text }),
      (error: unknown) => current && setDrawn({ text, error }),
    );
    return () => {
      current = false;
    };
  }, [chart.data, title]);

  if (chart.isError) return <RetryPanel error={chart.error} onRetry={() => chart.refetch()} />;
  const drawing = chart.data !== undefined && drawn?.text !== chart.data;
  return (
    <Stack gap="xs">
      {(chart.isPending || drawing) && <Loader size="sm" aria-label="Drawing the flowchart" />}
      {drawn?.error !== undefined && (
        <Alert color="red" variant="light" title="The flowchart could not be drawn" role="alert">
          <Text size="sm">The steps are listed on the Steps tab. Reload the page to try again.</Text>
        </Alert>
      )}
      <Box ref={box} data-testid="playbook-flowchart" style={{ overflowX: 'auto', maxWidth: '100%' }} />
    </Stack>
  );
}
