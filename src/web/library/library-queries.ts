import { $api } from '../api/client.ts';
import type { LibrarySearchQuery } from './library-params.ts';

// The library's queries, named once so a page and its route loader ask for exactly the same thing.

export const librarySearchQuery = (query: LibrarySearchQuery) => $api.queryOptions('get', '/api/playbooks/search', { params: { query } });

export const playbookQuery = (id: string, version?: number) =>
  $api.queryOptions('get', '/api/playbooks/{id}', { params: { path: { id }, query: version ? { version } : {} } });

export const flowchartQuery = (id: string, version?: number) =>
  $api.queryOptions('get', '/api/playbooks/{id}/flowchart', { params: { path: { id }, query: version ? { version } : {} }, parseAs: 'text' });

export const versionsQuery = (id: string) => $api.queryOptions('get', '/api/playbooks/{id}/versions', { params: { path: { id } } });

export const diffQuery = (id: string, from: number, to: number) =>
  $api.queryOptions('get', '/api/playbooks/{id}/diff', { params: { path: { id }, query: { from, to } } });

export const feedbackQuery = (id: string) => $api.queryOptions('get', '/api/playbooks/{id}/feedback', { params: { path: { id } } });
