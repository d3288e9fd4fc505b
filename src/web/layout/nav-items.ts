import { IconBuildingStore } from '@tabler/icons-react';
import type { Icon } from '@tabler/icons-react';
import type { Permission } from '../../core/auth/permissions.ts';

export interface NavItem {
  label: string;
  to: string;
  icon: Icon;
  /** Shown only to people with this permission. */
  permission: Permission;
}

/**
 * The main navigation, in order. A screen joins this list when it is built, never before: Today
 * (/today), Library (/library) and Admin (/admin, permission 'users:manage') come with their screens.
 */
export const NAV_ITEMS: NavItem[] = [{ label: 'Accounts', to: '/accounts', icon: IconBuildingStore, permission: 'read' }];
