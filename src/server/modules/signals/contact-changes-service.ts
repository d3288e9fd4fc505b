import type { ContactRole } from '../../../core/accounts/vocabulary.ts';
import type { Db } from '../../db/client.ts';
import { errors } from '../../http/errors.ts';
import { getContact, updateContact } from '../accounts/contacts-service.ts';
import type { Contact } from '../accounts/contacts-service.ts';
import { addTimelineEvents } from '../accounts/timeline.ts';
import { resolveContactRefs, contactKey } from './contact-refs.ts';
import type { ContactChangeInput } from './inputs.ts';

const ROLE_LABELS: Record<ContactRole, string> = { champion: 'champion', executive_sponsor: 'executive sponsor', decision_maker: 'decision maker', user: 'user' };

/**
 * Applies a relationship change (a champion leaving, a new executive sponsor, a role given up)
 * through the contacts service, which records leaving and new roles on the timeline; a role
 * given up is recorded here, as the service has no entry for it. A change that is already true
 * changes nothing.
 */
export async function applyContactChange(db: Db, accountId: string, input: ContactChangeInput, actorId: string | null): Promise<{ contact: Contact; changed: boolean }> {
  const found = (await resolveContactRefs(db, [{ accountId, ref: input.contact }])).get(contactKey(accountId, input.contact));
  if (!found) throw errors.notFound(`Contact "${input.contact}" (by id, email or externalId) on this account`);
  return db.transaction(async (txn) => {
    const tx = txn as unknown as Db;
    const before = await getContact(tx, found.id);
    const role = input.role as ContactRole | undefined;
    if (input.change === 'left') {
      if (before.status === 'left') return { contact: before, changed: false };
      return { contact: await updateContact(tx, before.id, { status: 'left' }, actorId), changed: true };
    }
    const has = before.roles.includes(role!);
    if (input.change === 'role_added') {
      if (has) return { contact: before, changed: false };
      return { contact: await updateContact(tx, before.id, { roles: [...before.roles, role!] }, actorId), changed: true };
    }
    if (!has) return { contact: before, changed: false };
    const after = await updateContact(tx, before.id, { roles: before.roles.filter((r) => r !== role) }, actorId);
    await addTimelineEvents(tx, [
      { accountId, type: 'contact.role_removed', actorId, summary: `${after.name} is no longer ${ROLE_LABELS[role!]}`, data: { contactId: after.id, name: after.name, role, roles: after.roles } },
    ]);
    return { contact: after, changed: true };
  });
}
