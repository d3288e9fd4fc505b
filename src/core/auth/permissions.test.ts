import { describe, expect, it } from 'vitest';
import { roleAllows, scopesAllow } from './permissions.ts';

describe('permissions', () => {
  it('lets a viewer read but not write', () => {
    expect(roleAllows('viewer', 'read')).toBe(true);
    expect(roleAllows('viewer', 'write')).toBe(false);
  });
  it('keeps user management to admins', () => {
    expect(roleAllows('csm', 'users:manage')).toBe(false);
    expect(roleAllows('manager', 'users:manage')).toBe(false);
    expect(roleAllows('admin', 'users:manage')).toBe(true);
  });
  it('maps token scopes to permissions', () => {
    expect(scopesAllow(['read'], 'read')).toBe(true);
    expect(scopesAllow(['read'], 'write')).toBe(false);
    expect(scopesAllow(['ingest'], 'read')).toBe(false);
    expect(scopesAllow(['ingest', 'read'], 'read')).toBe(true);
    expect(scopesAllow(['admin'], 'users:manage')).toBe(true);
  });
});
