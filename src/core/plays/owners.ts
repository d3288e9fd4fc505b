import type { OwnerRole } from '../playbook/constants.ts';

/** Which rule chose a step's owner; stored with the step so "why is this mine?" has an answer. */
export const OWNER_RULES = ['account_owner', 'owner_manager', 'executive_owner', 'role_setting', 'fallback_owner', 'fallback_admin', 'unassigned', 'reassigned'] as const;
export type OwnerRule = (typeof OWNER_RULES)[number];

/** The people an account's roles point at; every id is an active user, or null. */
export interface OwnerFacts {
  accountOwnerId: string | null;
  ownerManagerId: string | null;
  /** The internal executive sponsor: accounts.traits.executive_owner_id. */
  executiveOwnerId: string | null;
  /** Users configured per team role (support, sales, solutions, ops). */
  roleUsers: Partial<Record<OwnerRole, string>>;
  /** Any admin: the last resort, so that no step is without an owner while anyone could take it. */
  adminId: string | null;
}

export interface ResolvedOwner {
  userId: string | null;
  rule: OwnerRule;
}

function preferred(role: OwnerRole, f: OwnerFacts): ResolvedOwner | null {
  switch (role) {
    case 'csm':
      return f.accountOwnerId ? { userId: f.accountOwnerId, rule: 'account_owner' } : null;
    case 'manager':
      return f.ownerManagerId ? { userId: f.ownerManagerId, rule: 'owner_manager' } : null;
    case 'executive':
      if (f.executiveOwnerId) return { userId: f.executiveOwnerId, rule: 'executive_owner' };
      return f.ownerManagerId ? { userId: f.ownerManagerId, rule: 'owner_manager' } : null;
    default: {
      const configured = f.roleUsers[role];
      return configured ? { userId: configured, rule: 'role_setting' } : null;
    }
  }
}

/** The user who owns a step of this role on this account, and the rule that chose them. */
export function resolveOwner(role: OwnerRole, facts: OwnerFacts): ResolvedOwner {
  return (
    preferred(role, facts) ??
    (facts.accountOwnerId ? { userId: facts.accountOwnerId, rule: 'fallback_owner' } : null) ??
    (facts.adminId ? { userId: facts.adminId, rule: 'fallback_admin' } : null) ?? { userId: null, rule: 'unassigned' }
  );
}
