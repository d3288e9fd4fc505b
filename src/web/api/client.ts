import createFetchClient from 'openapi-fetch';
import type { Middleware } from 'openapi-fetch';
import createQueryClient from 'openapi-react-query';
import { apiErrorFromResponse, networkError } from './api-error.ts';
import type { paths } from './schema';

// Failed calls throw an ApiError instead of returning { error }, so TanStack Query sees them as
// errors (retries, error states) and every screen handles one error type.
const throwOnFailure: Middleware = {
  async onResponse({ response }) {
    if (!response.ok) throw await apiErrorFromResponse(response);
    return undefined;
  },
  onError({ error }) {
    if (error instanceof DOMException && error.name === 'AbortError') return error;
    return networkError(error);
  },
};

/** The typed fetch client: paths, parameters, bodies and responses all come from the OpenAPI document. */
export const api = createFetchClient<paths>({ baseUrl: window.location.origin, credentials: 'same-origin' });
api.use(throwOnFailure);

/** TanStack Query hooks over the same client: `$api.useQuery('get', '/api/accounts', { params })`. */
export const $api = createQueryClient(api);
