export const ROLES = ['admin', 'manager', 'csm', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const TOKEN_SCOPES = ['ingest', 'read', 'admin'] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

/**
 * What a caller may do. Routes ask for a permission, never for a role, so a new role or scope
 * is one line here instead of a change in every module.
 */
export const PERMISSIONS = [
  'read',
  'write',
  'ingest',
  'playbooks:manage',
  'team:read',
  'users:manage',
  'tokens:manage',
  'settings:manage',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  viewer: ['read'],
  csm: ['read', 'write'],
  manager: ['read', 'write', 'playbooks:manage', 'team:read'],
  admin: PERMISSIONS,
};

const SCOPE_PERMISSIONS: Record<TokenScope, readonly Permission[]> = {
  read: ['read'],
  ingest: ['ingest'],
  admin: PERMISSIONS,
};

export function roleAllows(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

export function scopesAllow(scopes: readonly TokenScope[], permission: Permission): boolean {
  return scopes.some((scope) => SCOPE_PERMISSIONS[scope].includes(permission));
}
