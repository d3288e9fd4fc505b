import { NavLink, Stack } from '@mantine/core';
import { NavLink as RouterNavLink, useLocation } from 'react-router';
import { roleAllows } from '../../core/auth/permissions.ts';
import { useCurrentUser } from '../session/current-user.tsx';
import { NAV_ITEMS } from './nav-items.ts';

export function MainNav({ onNavigate }: { onNavigate: () => void }) {
  const user = useCurrentUser();
  const { pathname } = useLocation();
  return (
    <nav aria-label="Main">
      <Stack gap={4}>
        {NAV_ITEMS.filter((item) => roleAllows(user.role, item.permission)).map((item) => (
          <NavLink
            key={item.to}
            component={RouterNavLink}
            to={item.to}
            label={item.label}
            leftSection={<item.icon size={18} stroke={1.6} aria-hidden />}
            onClick={onNavigate}
            active={pathname === item.to || pathname.startsWith(item.to + '/')}
          />
        ))}
      </Stack>
    </nav>
  );
}
