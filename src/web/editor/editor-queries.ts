import { $api } from '../api/client.ts';

// The editor's queries, named once so the page and its route loader ask for the same thing.

export const draftQuery = (id: string) => $api.queryOptions('get', '/api/playbooks/{id}/draft', { params: { path: { id } } });
