import { $api } from '../api/client.ts';

// Admin's queries, named once so panels and their invalidations agree on the keys.

export const tokensQuery = () => $api.queryOptions('get', '/api/tokens');

export const healthModelQuery = () => $api.queryOptions('get', '/api/health-model');

export const triggerErrorsQuery = (page: number, includeResolved: boolean) =>
  $api.queryOptions('get', '/api/engine/trigger-errors', { params: { query: { page, pageSize: 25, includeResolved: includeResolved ? 'true' : 'false' } } });
