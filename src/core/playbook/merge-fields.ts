const PERSON_FIELDS = ['name', 'first_name', 'email', 'title'] as const;
const USER_FIELDS = ['name', 'first_name', 'email'] as const;

/** Every variable a template may use; `account.traits` accepts any key below it. */
export const MERGE_FIELDS = {
  account: [
    'name',
    'domain',
    'arr',
    'plan',
    'tier',
    'touch_model',
    'lifecycle',
    'renewal_date',
    'contract_start',
    'days_to_renewal',
    'health_score',
    'health_tier',
    'traits',
  ],
  champion: PERSON_FIELDS,
  sponsor: PERSON_FIELDS,
  csm: USER_FIELDS,
  manager: USER_FIELDS,
  play: ['playbook_title', 'started_on', 'step_title', 'due_on'],
} as const satisfies Record<string, readonly string[]>;

const FREE_FORM = 'traits';
/** Liquid's built-in properties of strings and arrays, valid after any field. */
const LIQUID_PROPERTIES = new Set(['size', 'first', 'last']);

export interface MergeAccount {
  name: string;
  domain?: string;
  arr?: number;
  plan?: string;
  tier?: string;
  touch_model?: string;
  lifecycle?: string;
  /** ISO date, `YYYY-MM-DD`. */
  renewal_date?: string;
  contract_start?: string;
  days_to_renewal?: number;
  health_score?: number;
  health_tier?: string;
  traits?: Record<string, unknown>;
}
export interface MergePerson {
  name?: string;
  first_name?: string;
  email?: string;
  title?: string;
}
export interface MergeUser {
  name?: string;
  first_name?: string;
  email?: string;
}
export interface MergePlay {
  playbook_title?: string;
  started_on?: string;
  step_title?: string;
  due_on?: string;
}
/** What a template is rendered against. Optional parts render as empty text when absent. */
export interface MergeContext {
  account: MergeAccount;
  champion?: MergePerson;
  sponsor?: MergePerson;
  csm?: MergeUser;
  manager?: MergeUser;
  play?: MergePlay;
}

export interface MergeContextInput extends MergeContext {
  /** ISO date used to compute `account.days_to_renewal` when it is not given. */
  today?: string;
}

/** Fills the derived fields (first names, days to renewal) so callers pass only stored data. */
export function buildMergeContext(input: MergeContextInput): MergeContext {
  const { today, ...context } = input;
  const withFirstName = <T extends { name?: string; first_name?: string }>(person: T | undefined) =>
    person && { ...person, first_name: person.first_name ?? person.name?.trim().split(/\s+/)[0] };
  const account = { ...context.account };
  if (account.days_to_renewal === undefined && account.renewal_date && today) {
    account.days_to_renewal = daysBetween(today, account.renewal_date);
  }
  return {
    ...context,
    account,
    champion: withFirstName(context.champion),
    sponsor: withFirstName(context.sponsor),
    csm: withFirstName(context.csm),
    manager: withFirstName(context.manager),
  };
}

function daysBetween(from: string, to: string): number | undefined {
  const days = (Date.parse(`${to.slice(0, 10)}T00:00:00Z`) - Date.parse(`${from.slice(0, 10)}T00:00:00Z`)) / 86_400_000;
  return Number.isFinite(days) ? Math.round(days) : undefined;
}

/** A Liquid variable path; a nested array is a dynamic lookup such as `account.traits[key]`. */
export type MergePath = readonly (string | number | MergePath)[];

/** Null when the path is a merge field, otherwise a message saying what is wrong. */
export function checkMergeField(path: MergePath): string | null {
  const shown = showPath(path);
  const [root, field, ...rest] = path;
  const fields = typeof root === 'string' && Object.hasOwn(MERGE_FIELDS, root)
    ? (MERGE_FIELDS[root as keyof typeof MERGE_FIELDS] as readonly string[])
    : undefined;
  if (!fields) return unknown(shown, Object.keys(MERGE_FIELDS).map((name) => showPath([name, ...path.slice(1)])));
  if (field === undefined) return null;
  if (typeof field !== 'string') return `"${shown}" looks up a field by a computed name; name the field instead`;
  if (!fields.includes(field)) return unknown(shown, fields.map((name) => `${String(root)}.${name}`));
  if (field === FREE_FORM) return null;
  if (rest.every((segment) => typeof segment === 'string' && LIQUID_PROPERTIES.has(segment))) return null;
  return unknown(shown, []);
}

function unknown(shown: string, candidates: readonly string[]): string {
  const close = candidates.find((candidate) => editDistance(candidate, shown) <= 2);
  return `undefined merge field "${shown}"${close ? ` (did you mean "${close}"?)` : ''}`;
}

function showPath(path: MergePath): string {
  return path
    .map((segment, index) =>
      Array.isArray(segment) ? `[${showPath(segment)}]` : index === 0 ? String(segment) : `.${String(segment)}`,
    )
    .join('');
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
