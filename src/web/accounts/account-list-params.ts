import { LIFECYCLE_STAGES, TOUCH_MODELS } from '../../core/accounts/vocabulary.ts';
import { HEALTH_TIERS } from '../../core/health/model.ts';
import type { paths } from '../api/schema';

export type AccountListQuery = NonNullable<paths['/api/accounts']['get']['parameters']['query']>;
export type AccountSort = NonNullable<AccountListQuery['sort']>;
/** The query with paging and sorting always present, as the list reads it. */
export type AccountListState = AccountListQuery & { page: number; pageSize: number; sort: AccountSort };
export type AccountListItem = paths['/api/accounts']['get']['responses'][200]['content']['application/json']['data'][number];
export type SortField = 'name' | 'arr' | 'renewalDate' | 'health';

export const PAGE_SIZES = [25, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 50;
export const DEFAULT_SORT: AccountSort = 'name';
const SORTS: AccountSort[] = ['name', '-name', 'arr', '-arr', 'renewalDate', '-renewalDate', 'createdAt', '-createdAt', 'updatedAt', '-updatedAt', 'health', '-health'];
export const RENEWAL_WINDOWS = [30, 60, 90, 180, 365] as const;

/** The filters that narrow the list (everything but paging and sorting). */
export const FILTER_KEYS = ['q', 'healthTier', 'segmentId', 'openPlaybookId', 'touchModel', 'lifecycleStage', 'tier', 'ownerId', 'renewalWithinDays'] as const;

function oneOf<T extends string>(allowed: readonly T[], value: string | null): T | undefined {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

function positiveInt(value: string | null): number | undefined {
  const n = Number(value);
  return value && Number.isInteger(n) && n > 0 ? n : undefined;
}

/**
 * The list's state lives in the URL, so a filtered view can be shared and survives a reload.
 * Anything the URL says that the API would refuse is dropped rather than shown as an error.
 */
export function readAccountListParams(params: URLSearchParams): AccountListState {
  const pageSize = positiveInt(params.get('pageSize'));
  const renewal = Number(params.get('renewalWithinDays'));
  const query: AccountListState = {
    page: positiveInt(params.get('page')) ?? 1,
    pageSize: pageSize && pageSize <= 200 ? pageSize : DEFAULT_PAGE_SIZE,
    sort: oneOf(SORTS, params.get('sort')) ?? DEFAULT_SORT,
    q: params.get('q')?.trim().slice(0, 200) || undefined,
    touchModel: oneOf(TOUCH_MODELS, params.get('touchModel')),
    lifecycleStage: oneOf(LIFECYCLE_STAGES, params.get('lifecycleStage')),
    tier: params.get('tier')?.trim().slice(0, 100) || undefined,
    ownerId: params.get('ownerId') || undefined,
    healthTier: oneOf(HEALTH_TIERS, params.get('healthTier')),
    // Unknown ids are left for the API to refuse by name: the list then says which filter is wrong.
    segmentId: params.get('segmentId')?.slice(0, 100) || undefined,
    openPlaybookId: params.get('openPlaybookId')?.slice(0, 200) || undefined,
    renewalWithinDays: params.get('renewalWithinDays') && Number.isInteger(renewal) && renewal >= 0 && renewal <= 3650 ? renewal : undefined,
  };
  // Undefined keys would still appear in the query key and the URL; drop them.
  return Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined)) as AccountListState;
}

/** The URL for a change to the list: changing a filter, the sort or the page size starts again at page 1. */
export function withAccountListChange(params: URLSearchParams, change: Partial<Record<keyof AccountListQuery, string | number | null | undefined>>): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [key, value] of Object.entries(change)) {
    if (value === undefined || value === null || value === '') next.delete(key);
    else next.set(key, String(value));
  }
  if (!('page' in change)) next.delete('page');
  if (next.get('sort') === DEFAULT_SORT) next.delete('sort');
  if (next.get('pageSize') === String(DEFAULT_PAGE_SIZE)) next.delete('pageSize');
  if (next.get('page') === '1') next.delete('page');
  return next;
}

export function hasFilters(query: AccountListQuery): boolean {
  return FILTER_KEYS.some((key) => query[key] !== undefined);
}

/** Clicking a column sorts by it; clicking it again flips the direction. Money starts high, dates soon, health worst. */
export function nextSort(current: AccountSort, field: SortField): AccountSort {
  if (current === field) return `-${field}` as AccountSort;
  if (current === `-${field}`) return field;
  return field === 'arr' ? '-arr' : field;
}

export function sortDirection(current: AccountSort, field: SortField): 'ascending' | 'descending' | 'none' {
  if (current === field) return 'ascending';
  if (current === `-${field}`) return 'descending';
  return 'none';
}
