import { LIFECYCLE_STAGES, PLAYBOOK_KINDS } from '../../core/playbook/constants.ts';
import type { paths } from '../api/schema';

export type LibrarySearchQuery = NonNullable<paths['/api/playbooks/search']['get']['parameters']['query']>;
export type LibraryState = LibrarySearchQuery & { page: number; pageSize: number };

export const PLAYBOOK_STATUSES = ['draft', 'pilot', 'active', 'retired'] as const;
export const LIBRARY_PAGE_SIZE = 20;
export const LIBRARY_FILTER_KEYS = ['q', 'kind', 'status', 'lifecycle', 'category'] as const;

function oneOf<T extends string>(allowed: readonly T[], value: string | null): T | undefined {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

/** The library's search and filters from the URL (?q=…&kind=…); values the API would refuse are dropped. */
export function readLibraryParams(params: URLSearchParams): LibraryState {
  const page = Number(params.get('page'));
  const state: LibraryState = {
    page: Number.isInteger(page) && page > 0 ? page : 1,
    pageSize: LIBRARY_PAGE_SIZE,
    q: params.get('q')?.trim().slice(0, 500) || undefined,
    kind: oneOf(PLAYBOOK_KINDS, params.get('kind')),
    status: oneOf(PLAYBOOK_STATUSES, params.get('status')),
    lifecycle: oneOf(LIFECYCLE_STAGES, params.get('lifecycle')),
    category: /^[a-z0-9]+(-[a-z0-9]+)*$/.test(params.get('category') ?? '') ? params.get('category')! : undefined,
  };
  return Object.fromEntries(Object.entries(state).filter(([, v]) => v !== undefined)) as LibraryState;
}

/** The URL after a change; any change but paging starts again at page 1 (which the URL leaves out). */
export function withLibraryChange(params: URLSearchParams, change: Partial<Record<keyof LibraryState, string | number | null | undefined>>): URLSearchParams {
  const next = new URLSearchParams([...params].filter(([key]) => key !== 'page' && !(key in change)));
  for (const [key, value] of Object.entries(change)) {
    const text = value === null || value === undefined ? '' : String(value);
    if (text !== '' && !(key === 'page' && text === '1')) next.set(key, text);
  }
  return next;
}

export function hasLibraryFilters(state: LibrarySearchQuery): boolean {
  return LIBRARY_FILTER_KEYS.some((key) => key !== 'q' && state[key] !== undefined);
}
