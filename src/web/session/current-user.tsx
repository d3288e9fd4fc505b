import { createContext, use } from 'react';
import { roleAllows } from '../../core/auth/permissions.ts';
import type { Permission } from '../../core/auth/permissions.ts';
import type { User } from '../api/types.ts';

export const CurrentUserContext = createContext<User | null>(null);

/** The signed-in user; only inside the pages behind RequireSession. */
export function useCurrentUser(): User {
  const user = use(CurrentUserContext);
  if (!user) throw new Error('useCurrentUser outside RequireSession');
  return user;
}

/** Whether the signed-in user may do this: the same permission table the server enforces. */
export function useCan(permission: Permission): boolean {
  return roleAllows(useCurrentUser().role, permission);
}
