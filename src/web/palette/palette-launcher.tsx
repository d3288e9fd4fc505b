import { Suspense, lazy, useEffect, useMemo, useState } from 'react';
import { ActionIcon, Button, Kbd, VisuallyHidden } from '@mantine/core';
import { useHotkeys, useMediaQuery } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { createTypeAhead } from './type-ahead.ts';

// The palette (Mantine Spotlight and its searches) is its own chunk: the shell carries only this
// button and the shortcut, and the chunk is fetched once the first screen has settled.
const loadPalette = () => import('./command-palette.tsx');
const CommandPalette = lazy(async () => ({ default: (await loadPalette()).CommandPalette }));

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const SHORTCUT = isMac ? '⌘ K' : 'Ctrl K';

/** The header's search button and Ctrl/Cmd-K: both open the command palette. */
export function PaletteLauncher() {
  const phone = useMediaQuery('(max-width: 47.99em)');
  const [opened, setOpened] = useState(false);
  const [wanted, setWanted] = useState(false);
  const typeAhead = useMemo(() => createTypeAhead(), []);
  const open = () => {
    typeAhead.start();
    setWanted(true);
    setOpened(true);
  };
  const close = () => {
    typeAhead.take();
    setOpened(false);
  };
  // Inside text fields too: the palette is for the middle of a call, wherever the cursor is.
  useHotkeys([['mod+K', () => (opened ? close() : open())]], []);

  useEffect(() => {
    const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 2000));
    idle(() => void loadPalette().catch(() => undefined));
  }, []);

  return (
    <>
      {phone ? (
        <ActionIcon variant="default" size="lg" onClick={open} aria-label="Search playbooks and accounts" aria-keyshortcuts="Control+K Meta+K" className="no-print">
          <IconSearch size={18} aria-hidden />
        </ActionIcon>
      ) : (
        <Button
          variant="default"
          leftSection={<IconSearch size={16} aria-hidden />}
          rightSection={<Kbd size="xs" aria-hidden>{SHORTCUT}</Kbd>}
          onClick={open}
          aria-keyshortcuts="Control+K Meta+K"
          className="no-print"
          fw={400}
        >
          {/* The visible word starts the accessible name, as WCAG's "label in name" asks. */}
          Search<VisuallyHidden> playbooks and accounts</VisuallyHidden>
        </Button>
      )}
      {wanted && (
        <Suspense fallback={null}>
          <CommandPalette opened={opened} onClose={close} typeAhead={typeAhead} />
        </Suspense>
      )}
    </>
  );
}
