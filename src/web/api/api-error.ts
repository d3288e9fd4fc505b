export interface FieldIssue {
  path: string;
  message: string;
}

/**
 * Every failed API call becomes one of these, so screens deal with one shape: the server's
 * `{ error: { code, message, details } }` plus the HTTP status; status 0 means the request never
 * got an answer (offline, server down).
 */
export class ApiError extends Error {
  override name = 'ApiError';
  readonly status: number;
  readonly code: string;
  readonly details: unknown;

  constructor(status: number, code: string, message: string, details?: unknown) {
    super(message);
    this.status = status;
    this.code = code;
    this.details = details;
  }

  get isNetwork(): boolean {
    return this.status === 0;
  }

  /** Worth trying again: nothing answered, or the server failed on its side. */
  get isTransient(): boolean {
    return this.status === 0 || this.status >= 500 || this.status === 429;
  }

  get issues(): FieldIssue[] {
    const issues = (this.details as { issues?: unknown } | undefined)?.issues;
    return Array.isArray(issues) ? issues.filter(isFieldIssue) : [];
  }

  get requestId(): string | undefined {
    const id = (this.details as { requestId?: unknown } | undefined)?.requestId;
    return typeof id === 'string' ? id : undefined;
  }
}

function isFieldIssue(value: unknown): value is FieldIssue {
  return typeof value === 'object' && value !== null && typeof (value as FieldIssue).path === 'string' && typeof (value as FieldIssue).message === 'string';
}

/** Builds the ApiError for a non-2xx response, whether or not its body is our JSON error. */
export async function apiErrorFromResponse(response: Response): Promise<ApiError> {
  const text = await response.text().catch(() => '');
  let body: { error?: { code?: unknown; message?: unknown; details?: unknown } } | undefined;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  const error = body?.error;
  const code = typeof error?.code === 'string' ? error.code : `http_${response.status}`;
  const message = typeof error?.message === 'string' ? error.message : response.statusText || `The server answered ${response.status}`;
  return new ApiError(response.status, code, message, error?.details);
}

export function networkError(cause: unknown): ApiError {
  const error = new ApiError(0, 'network_error', 'Playmaker could not be reached');
  error.cause = cause;
  return error;
}

/** Anything thrown (an ApiError, a TypeError from fetch, a bug) as an ApiError for display. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof TypeError && /fetch|network|load failed/i.test(error.message)) return networkError(error);
  const wrapped = new ApiError(-1, 'client_error', error instanceof Error ? error.message : String(error));
  wrapped.cause = error;
  return wrapped;
}
