import { useEffect, useRef } from 'react';
import { Anchor, AppShell, Burger, Group, Text } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { Link, Outlet, useLocation } from 'react-router';
import { MainNav } from './main-nav.tsx';
import { NavigationProgress } from './navigation-progress.tsx';
import { PaletteLauncher } from '../palette/palette-launcher.tsx';
import { OfflineBanner } from './offline-banner.tsx';
import { UserMenu } from './user-menu.tsx';

/** Header, navigation (a burger menu below the sm breakpoint) and the current page. */
export function AppLayout() {
  const [navOpen, nav] = useDisclosure(false);
  const phone = useMediaQuery('(max-width: 47.99em)');
  const location = useLocation();
  const main = useRef<HTMLElement>(null);
  const shownPath = useRef(location.pathname);

  // After a client-side navigation, screen readers and keyboard users start at the new page's
  // content, as they would after a full page load.
  useEffect(() => {
    if (shownPath.current === location.pathname) return;
    shownPath.current = location.pathname;
    main.current?.focus({ preventScroll: true });
  }, [location.pathname]);

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !navOpen } }} padding="md">
      <a className="skip-link" href="#main">Skip to content</a>
      <NavigationProgress />
      <AppShell.Header className="no-print">
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={navOpen} onClick={nav.toggle} hiddenFrom="sm" size="sm" aria-label={navOpen ? 'Close navigation' : 'Open navigation'} aria-expanded={navOpen} aria-controls="main-navigation" />
            <Anchor component={Link} to="/" underline="never" c="inherit" aria-label="Playmaker home">
              <Text fw={700} size="lg">Playmaker</Text>
            </Anchor>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <PaletteLauncher />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      {/* Off screen on a phone until the burger opens it: inert keeps its links out of the tab order. */}
      <AppShell.Navbar p="sm" id="main-navigation" className="no-print" inert={phone && !navOpen}>
        <MainNav onNavigate={nav.close} />
      </AppShell.Navbar>
      <AppShell.Main id="main" ref={main} tabIndex={-1} style={{ outline: 'none' }}>
        <OfflineBanner />
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
