import type { TouchModel } from '../accounts/vocabulary.ts';
import { dayOf, isoDay } from './days.ts';
import type { DemoTeamMember } from './types.ts';

export const DEMO_PASSWORD = 'playmaker-demo';

/** The four logins the CLI prints and the login page shows; the rest of the team shares the password. */
export const DEMO_LOGIN_EMAILS = ['admin@demo.playmaker.dev', 'manager@demo.playmaker.dev', 'csm@demo.playmaker.dev', 'viewer@demo.playmaker.dev'] as const;

interface Person {
  email: string;
  name: string;
  role: DemoTeamMember['role'];
  manager?: string;
  /** Tenure in days before the reference day: one recent hire makes "time to proficiency" measurable. */
  tenureDays: number;
  book?: TouchModel;
  capacity?: number;
}

const ENTERPRISE_MANAGER = 'manager@demo.playmaker.dev';
const SCALE_MANAGER = 'marcus.reyes@demo.playmaker.dev';

// Two teams as CS orgs usually split: high-touch strategic accounts, and a scale team that runs
// the low-touch book and the pooled tech-touch book.
const PEOPLE: Person[] = [
  { email: 'admin@demo.playmaker.dev', name: 'Alex Morgan', role: 'admin', tenureDays: 1500 },
  { email: ENTERPRISE_MANAGER, name: 'Priya Shah', role: 'manager', tenureDays: 1380 },
  { email: SCALE_MANAGER, name: 'Marcus Reyes', role: 'manager', tenureDays: 1100 },
  { email: 'csm@demo.playmaker.dev', name: 'Sam Lee', role: 'csm', manager: ENTERPRISE_MANAGER, tenureDays: 1040, book: 'high', capacity: 1.1 },
  { email: 'aisha.bello@demo.playmaker.dev', name: 'Aisha Bello', role: 'csm', manager: ENTERPRISE_MANAGER, tenureDays: 900, book: 'high', capacity: 1 },
  { email: 'tomas.garcia@demo.playmaker.dev', name: 'Tomas Garcia', role: 'csm', manager: ENTERPRISE_MANAGER, tenureDays: 620, book: 'high', capacity: 1 },
  { email: 'jordan@demo.playmaker.dev', name: 'Jordan Kim', role: 'csm', manager: ENTERPRISE_MANAGER, tenureDays: 130, book: 'high', capacity: 0.5 },
  { email: 'hannah.weiss@demo.playmaker.dev', name: 'Hannah Weiss', role: 'csm', manager: SCALE_MANAGER, tenureDays: 800, book: 'low', capacity: 1 },
  { email: 'kenji.watanabe@demo.playmaker.dev', name: 'Kenji Watanabe', role: 'csm', manager: SCALE_MANAGER, tenureDays: 450, book: 'low', capacity: 1 },
  { email: 'olivia.brooks@demo.playmaker.dev', name: 'Olivia Brooks', role: 'csm', manager: SCALE_MANAGER, tenureDays: 700, book: 'tech', capacity: 1 },
  { email: 'ravi.menon@demo.playmaker.dev', name: 'Ravi Menon', role: 'csm', manager: SCALE_MANAGER, tenureDays: 300, book: 'tech', capacity: 1 },
  { email: 'viewer@demo.playmaker.dev', name: 'Robin Fox', role: 'viewer', tenureDays: 520 },
];

export function demoTeam(referenceDay: string): DemoTeamMember[] {
  const ref = dayOf(referenceDay);
  return PEOPLE.map((p) => ({
    email: p.email,
    name: p.name,
    role: p.role,
    ...(p.manager ? { managerEmail: p.manager } : {}),
    startDate: isoDay(ref - p.tenureDays),
    ...(p.book ? { book: p.book, capacity: p.capacity ?? 1 } : {}),
  }));
}
