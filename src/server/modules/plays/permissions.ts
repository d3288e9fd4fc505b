import { principalAllows } from '../../http/auth-middleware.ts';
import type { Principal } from '../../http/env.ts';
import { errors } from '../../http/errors.ts';
import type { Db } from '../../db/client.ts';
import { managersOf } from './owners.ts';

/** Who is acting on a play or step: a person, or the person behind an API token. */
export interface Actor {
  id: string | null;
  /** Managers and admins (and admin tokens) may act on anyone's steps and see anyone's worklist. */
  privileged: boolean;
  /** Admins' "team" is everyone; a manager's is the people who report to them. */
  admin: boolean;
}

export function actorFrom(principal: Principal): Actor {
  return {
    id: principal.kind === 'user' ? principal.id : principal.createdBy,
    privileged: principalAllows(principal, 'team:read'),
    admin: principalAllows(principal, 'users:manage'),
  };
}

/** A step or play belongs to its owner, the owner's manager, and every manager and admin. */
export async function assertMayAct(db: Db, actor: Actor, ownerId: string | null, what: string): Promise<void> {
  if (actor.privileged || (actor.id && ownerId === actor.id)) return;
  if (actor.id && ownerId && (await managersOf(db, [ownerId])).get(ownerId) === actor.id) return;
  throw errors.forbidden(`Only the ${what}'s owner, their manager, or a manager or admin can change this ${what}`);
}
