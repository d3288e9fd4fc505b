import { toApiError } from '../api/api-error.ts';

export interface ErrorDescription {
  title: string;
  message: string;
  /** Trying again may work (no answer, 5xx, rate limit). */
  retryable: boolean;
}

/** What to tell a person about a failure, in words rather than status codes. */
export function describeError(thrown: unknown): ErrorDescription {
  const error = toApiError(thrown);
  if (error.isNetwork) {
    return { title: 'Connection lost', message: 'Playmaker could not be reached. Check your connection; this will work again once it is back.', retryable: true };
  }
  if (error.status === 503) {
    return { title: 'Playmaker is unavailable', message: 'The server cannot reach its database right now. Try again in a few seconds.', retryable: true };
  }
  if (error.status >= 500) {
    const reference = error.requestId ? ` (reference ${error.requestId})` : '';
    return { title: 'Something went wrong on our side', message: `The server could not finish this request${reference}. Try again; if it keeps failing, tell your admin.`, retryable: true };
  }
  if (error.status === 429) return { title: 'Too many attempts', message: error.message, retryable: true };
  if (error.status === 403) return { title: 'Not allowed', message: error.message, retryable: false };
  if (error.status === 404) return { title: 'Not found', message: error.message, retryable: false };
  // The server says which: wrong credentials at sign-in, or no (longer a) session.
  if (error.status === 401) return { title: 'Not signed in', message: error.message, retryable: false };
  if (error.status === -1) return { title: 'Something went wrong', message: 'This page hit an error. Reload to try again.', retryable: true };
  return { title: 'That did not work', message: error.message, retryable: false };
}
