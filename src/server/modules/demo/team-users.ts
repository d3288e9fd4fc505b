import { DEMO_PASSWORD } from '../../../core/demo/team.ts';
import type { DemoTeamMember } from '../../../core/demo/types.ts';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../http/errors.ts';
import type { Auth } from '../users/auth.ts';
import { createUser, findUserByEmail } from '../users/service.ts';

/**
 * Creates the demo team's users that do not exist yet (managers first, so CSMs can point at
 * them) and returns every member's user id by email. Another process creating the same user at
 * the same moment is fine: its user is used.
 */
export async function ensureDemoTeam(db: Db, auth: Auth, team: DemoTeamMember[]): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  // Password hashing (scrypt) runs on libuv's thread pool, so each wave hashes in parallel.
  await Promise.all(team.filter((m) => !m.managerEmail).map((m) => ensureMember(db, auth, m, ids)));
  await Promise.all(team.filter((m) => m.managerEmail).map((m) => ensureMember(db, auth, m, ids)));
  return ids;
}

async function ensureMember(db: Db, auth: Auth, member: DemoTeamMember, ids: Map<string, string>): Promise<void> {
  let user = await findUserByEmail(db, member.email);
  if (!user) {
    try {
      user = await createUser(db, auth, {
        email: member.email,
        name: member.name,
        role: member.role,
        password: DEMO_PASSWORD,
        startDate: member.startDate,
        managerId: member.managerEmail ? (ids.get(member.managerEmail) ?? null) : null,
      });
    } catch (err) {
      if (!(err instanceof AppError) || err.status !== 409) throw err;
      user = await findUserByEmail(db, member.email);
      if (!user) throw err;
    }
  }
  ids.set(member.email, user.id);
}
