import type { Role } from '../../../core/auth/permissions.ts';
import type { Db } from '../../db/client.ts';
import { accounts, contacts } from '../accounts/schema.ts';
import { addTimelineEvents } from '../accounts/timeline.ts';
import { getSetting, setSetting } from '../system/settings.ts';
import type { Auth } from '../users/auth.ts';
import { createUser, findUserByEmail } from '../users/service.ts';

export interface DemoLogin {
  email: string;
  password: string;
  role: Role;
  name: string;
}

export const DEMO_PASSWORD = 'playmaker-demo';

const PEOPLE: { name: string; email: string; role: Role; startDate: string; manager?: string }[] = [
  { name: 'Alex Morgan', email: 'admin@demo.playmaker.dev', role: 'admin', startDate: '2022-02-01' },
  { name: 'Priya Shah', email: 'manager@demo.playmaker.dev', role: 'manager', startDate: '2022-06-13' },
  { name: 'Sam Lee', email: 'csm@demo.playmaker.dev', role: 'csm', startDate: '2023-03-06', manager: 'manager@demo.playmaker.dev' },
  { name: 'Jordan Kim', email: 'jordan@demo.playmaker.dev', role: 'csm', startDate: '2025-09-01', manager: 'manager@demo.playmaker.dev' },
  { name: 'Robin Fox', email: 'viewer@demo.playmaker.dev', role: 'viewer', startDate: '2024-01-15' },
];

const COMPANIES = [
  ['Northwind Freight', 'northwind.example', 'enterprise', 'high', 'mature', 182_000],
  ['Bluebird Clinics', 'bluebird.example', 'mid-market', 'low', 'adoption', 46_000],
  ['Copperline Energy', 'copperline.example', 'enterprise', 'high', 'renewal', 240_000],
  ['Daybreak Learning', 'daybreak.example', 'smb', 'tech', 'onboarding', 6_000],
  ['Evergreen Foods', 'evergreen.example', 'mid-market', 'low', 'at-risk', 38_500],
  ['Foxglove Studio', 'foxglove.example', 'smb', 'tech', 'adoption', 4_800],
  ['Granite Insurance', 'granite.example', 'enterprise', 'high', 'expansion', 310_000],
  ['Harborview Hotels', 'harborview.example', 'mid-market', 'low', 'mature', 52_000],
  ['Ironclad Security', 'ironclad.example', 'enterprise', 'high', 'at-risk', 128_000],
  ['Juniper Retail', 'juniper.example', 'smb', 'tech', 'mature', 9_600],
  ['Keystone Legal', 'keystone.example', 'mid-market', 'low', 'renewal', 61_000],
  ['Lighthouse Media', 'lighthouse.example', 'smb', 'tech', 'churned', 3_600],
] as const;

const PEOPLE_AT = [
  ['Dana', 'Okafor', 'VP Operations'],
  ['Chris', 'Novak', 'Head of Customer Support'],
  ['Mina', 'Tanaka', 'Chief Financial Officer'],
  ['Luis', 'Ortega', 'Operations Manager'],
] as const;

function isoDaysFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * A minimal demo company: the team and a dozen accounts with contacts. It runs once per data
 * directory; the realistic generator of the data issue replaces it.
 */
export async function seedDemo(db: Db, auth: Auth): Promise<DemoLogin[]> {
  const logins = PEOPLE.map((p) => ({ email: p.email, password: DEMO_PASSWORD, role: p.role, name: p.name }));
  if (await getSetting(db, 'demo.seeded')) return logins;

  const ids = new Map<string, string>();
  for (const person of PEOPLE) {
    const existing = await findUserByEmail(db, person.email);
    const user =
      existing ??
      (await createUser(db, auth, {
        email: person.email,
        name: person.name,
        role: person.role,
        password: DEMO_PASSWORD,
        startDate: person.startDate,
        managerId: person.manager ? ids.get(person.manager) : null,
      }));
    ids.set(person.email, user.id);
  }
  const owners = [ids.get('csm@demo.playmaker.dev')!, ids.get('jordan@demo.playmaker.dev')!];

  await db.transaction(async (tx) => {
    for (const [i, [name, domain, tier, touchModel, lifecycleStage, arr]] of COMPANIES.entries()) {
      const [account] = await tx
        .insert(accounts)
        .values({
          name,
          domain,
          tier,
          touchModel,
          lifecycleStage,
          arr,
          plan: tier === 'enterprise' ? 'Enterprise' : tier === 'mid-market' ? 'Business' : 'Starter',
          crmId: `CRM-${1000 + i}`,
          productId: `acct_${domain.split('.')[0]}`,
          contractStart: isoDaysFromNow(-365 + i * 20),
          renewalDate: isoDaysFromNow(20 + i * 28),
          ownerId: owners[i % owners.length],
          traits: { industry: ['logistics', 'healthcare', 'energy', 'education', 'food', 'design'][i % 6], seats: Math.round(arr / 1200) },
        })
        .returning();
      const rows = PEOPLE_AT.map(([first, last, title], j) => ({
        accountId: account!.id,
        name: `${first} ${last}`,
        email: `${first.toLowerCase()}.${last.toLowerCase()}@${domain}`,
        title,
        roles: j === 0 ? ['champion'] : j === 2 ? ['executive_sponsor', 'decision_maker'] : ['user'],
        // Two accounts lost their champion: the moment the champion-change playbook is for.
        status: (j === 0 && (lifecycleStage === 'at-risk' || lifecycleStage === 'churned') ? 'left' : 'active') as 'left' | 'active',
        leftAt: j === 0 && (lifecycleStage === 'at-risk' || lifecycleStage === 'churned') ? new Date(Date.now() - 9 * 86_400_000) : null,
      }));
      await tx.insert(contacts).values(rows);
      await addTimelineEvents(tx as unknown as Db, [
        { accountId: account!.id, type: 'account.created', summary: `Account ${name} created`, occurredAt: new Date(Date.now() - (365 - i * 20) * 86_400_000), data: {} },
        ...rows
          .filter((r) => r.status === 'left')
          .map((r) => ({ accountId: account!.id, type: 'contact.left', summary: `${r.name} (champion) left the company`, occurredAt: r.leftAt!, data: { name: r.name } })),
      ]);
    }
  });
  await setSetting(db, 'demo.seeded', { at: new Date().toISOString(), version: 1 });
  return logins;
}
