import { useEffect, useRef, useState } from 'react';
import { Alert, Box, Loader, Stack } from '@mantine/core';
import { renderFlowchart } from '../library/render-flowchart.ts';

/** Draws the draft's flowchart; the previous drawing stays on screen while the next one renders. */
export function DraftFlowchart({ chart, label }: { chart: string; label: string }) {
  const box = useRef<HTMLDivElement>(null);
  const [drawn, setDrawn] = useState<{ chart: string; failed: boolean } | null>(null);

  useEffect(() => {
    if (!box.current) return;
    let current = true;
    renderFlowchart(chart, label, box.current).then(
      () => current && setDrawn({ chart, failed: false }),
      () => current && setDrawn({ chart, failed: true }),
    );
    return () => {
      current = false;
    };
  }, [chart, label]);

  return (
    <Stack gap="xs">
      {drawn?.chart !== chart && <Loader size="sm" aria-label="Drawing the flowchart" />}
      {drawn?.failed && <Alert color="orange" variant="light" title="The flowchart could not be drawn">The steps above are still right.</Alert>}
      <Box ref={box} data-testid="draft-flowchart" style={{ overflowX: 'auto', maxWidth: '100%' }} />
    </Stack>
  );
}
