import { describe, expect, it } from 'vitest';
import { resolveOwner } from './owners.ts';
import type { OwnerFacts } from './owners.ts';

const facts: OwnerFacts = { accountOwnerId: 'csm', ownerManagerId: 'boss', executiveOwnerId: 'exec', roleUsers: { support: 'helpdesk' }, adminId: 'root' };

describe('step owners', () => {
  it('follow the account roles', () => {
    expect(resolveOwner('csm', facts)).toEqual({ userId: 'csm', rule: 'account_owner' });
    expect(resolveOwner('manager', facts)).toEqual({ userId: 'boss', rule: 'owner_manager' });
    expect(resolveOwner('executive', facts)).toEqual({ userId: 'exec', rule: 'executive_owner' });
    expect(resolveOwner('executive', { ...facts, executiveOwnerId: null })).toEqual({ userId: 'boss', rule: 'owner_manager' });
    expect(resolveOwner('support', facts)).toEqual({ userId: 'helpdesk', rule: 'role_setting' });
  });

  it('fall back to the account owner, then to an admin, and say so', () => {
    expect(resolveOwner('sales', facts)).toEqual({ userId: 'csm', rule: 'fallback_owner' });
    expect(resolveOwner('manager', { ...facts, ownerManagerId: null })).toEqual({ userId: 'csm', rule: 'fallback_owner' });
    const orphan = { ...facts, accountOwnerId: null, ownerManagerId: null, executiveOwnerId: null };
    expect(resolveOwner('csm', orphan)).toEqual({ userId: 'root', rule: 'fallback_admin' });
    expect(resolveOwner('ops', { ...orphan, adminId: null })).toEqual({ userId: null, rule: 'unassigned' });
  });
});
