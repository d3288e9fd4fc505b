import { $api } from '../api/client.ts';
import type { AccountListQuery } from './account-list-params.ts';

// The queries of the account screens, named once so a page and its route loader ask for exactly
// the same thing (and the loader's early request is the one the page then reads).

export const accountListQuery = (query: AccountListQuery) => $api.queryOptions('get', '/api/accounts', { params: { query } });

export const accountQuery = (id: string) => $api.queryOptions('get', '/api/accounts/{id}', { params: { path: { id } } });

export const accountContactsQuery = (accountId: string) =>
  $api.queryOptions('get', '/api/contacts', { params: { query: { accountId, pageSize: 200 } } });
