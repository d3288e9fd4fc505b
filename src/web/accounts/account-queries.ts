import { useQuery } from '@tanstack/react-query';
import { $api } from '../api/client.ts';
import type { AccountListQuery } from './account-list-params.ts';

// The queries of the account screens, named once so a page and its route loader ask for exactly
// the same thing (and the loader's early request is the one the page then reads).

export const accountListQuery = (query: AccountListQuery) => $api.queryOptions('get', '/api/accounts', { params: { query } });

export const accountQuery = (id: string) => $api.queryOptions('get', '/api/accounts/{id}', { params: { path: { id } } });

export const accountContactsQuery = (accountId: string) =>
  $api.queryOptions('get', '/api/contacts', { params: { query: { accountId, pageSize: 200 } } });

export const accountPlaysQuery = (accountId: string) =>
  $api.queryOptions('get', '/api/accounts/{id}/plays', { params: { path: { id: accountId } } });

export const account360Query = (accountId: string) =>
  $api.queryOptions('get', '/api/accounts/{id}/360', { params: { path: { id: accountId }, query: { days: 90, timelinePageSize: 1 } } });

export const segmentsQuery = () => $api.queryOptions('get', '/api/segments', {});

/** Every playbook (an open play can belong to a retired one): 200 is the API's largest page. */
export const playbookChoicesQuery = () => $api.queryOptions('get', '/api/playbooks', { params: { query: { pageSize: 200 } } });

export const activePlaybooksQuery = () => $api.queryOptions('get', '/api/playbooks', { params: { query: { status: 'active', pageSize: 200 } } });

/** The account page's overview (health, metrics), read once the account itself has loaded. */
export const useAccountOverview = (accountId: string, enabled: boolean) => useQuery({ ...account360Query(accountId), enabled });
export type AccountOverview = ReturnType<typeof useAccountOverview>;
