import type { Db } from '../../db/client.ts';
import { users } from '../users/schema.ts';

export type OwnerMatch = { ok: true; id: string } | { ok: false; message: string };

/**
 * The people an owner cell can name: by email (HubSpot import files, most hand-made files) or by
 * full name (Salesforce "Account Owner" and HubSpot "Company owner" exports write names). A team's
 * user list is small, so it is read once per import.
 */
export class OwnerDirectory {
  private readonly byEmail = new Map<string, string>();
  private readonly byName = new Map<string, string[]>();

  constructor(people: { id: string; email: string; name: string }[]) {
    for (const p of people) {
      this.byEmail.set(p.email.toLowerCase(), p.id);
      const key = p.name.trim().toLowerCase();
      this.byName.set(key, [...(this.byName.get(key) ?? []), p.id]);
    }
  }

  static async load(db: Db): Promise<OwnerDirectory> {
    return new OwnerDirectory(await db.select({ id: users.id, email: users.email, name: users.name }).from(users));
  }

  find(value: string): OwnerMatch {
    const text = value.trim();
    if (text.includes('@')) {
      const id = this.byEmail.get(text.toLowerCase());
      return id ? { ok: true, id } : { ok: false, message: `no Playmaker user has the email "${text}"` };
    }
    const ids = this.byName.get(text.toLowerCase()) ?? [];
    if (ids.length === 1) return { ok: true, id: ids[0]! };
    if (ids.length > 1) return { ok: false, message: `${ids.length} Playmaker users are called "${text}"; give the owner's email instead` };
    return { ok: false, message: `no Playmaker user is called "${text}" (owners are matched by email or full name)` };
  }
}
