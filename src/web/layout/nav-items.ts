import { IconBooks, IconBuildingStore, IconChecklist, IconSettings } from '@tabler/icons-react';
import type { Icon } from '@tabler/icons-react';
import type { Permission } from '../../core/auth/permissions.ts';

export interface NavItem {
  label: string;
  to: string;
  icon: Icon;
  /** Shown only to people with this permission. */
  permission: Permission;
}

/** The main navigation, in order. Viewers have no worklist, so Today needs 'write'. */
export const NAV_ITEMS: NavItem[] = [
  { label: 'Today', to: '/today', icon: IconChecklist, permission: 'write' },
  { label: 'Accounts', to: '/accounts', icon: IconBuildingStore, permission: 'read' },
  { label: 'Library', to: '/library', icon: IconBooks, permission: 'read' },
  { label: 'Admin', to: '/admin', icon: IconSettings, permission: 'users:manage' },
];
