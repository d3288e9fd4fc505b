import { $api } from '../api/client.ts';
import type { components } from '../api/schema';
import type { WorklistScope } from './worklist-scope.ts';
import { scopeQuery } from './worklist-scope.ts';

export type PlayStep = components['schemas']['PlayStep'];
export type Worklist = components['schemas']['Worklist'];

/** `today` holds everything due today or earlier (overdue included); `upcoming` the next two weeks and snoozed steps. */
export type WorklistView = 'today' | 'upcoming';

export const worklistQuery = (view: WorklistView, scope: WorklistScope) =>
  $api.queryOptions('get', '/api/me/steps', { params: { query: { view, ...scopeQuery(scope) } } });

/** Every worklist in the cache, whatever its view or scope: what a step's change invalidates. */
export const WORKLISTS_KEY = ['get', '/api/me/steps'] as const;
