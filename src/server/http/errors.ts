import type { ContentfulStatusCode } from 'hono/utils/http-status';

export interface ErrorBody {
  error: { code: string; message: string; details?: unknown };
}

/** The one error type of the API: every failure a client sees is one of these, rendered as ErrorBody. */
export class AppError extends Error {
  override name = 'AppError';
  readonly status: ContentfulStatusCode;
  readonly code: string;
  readonly details?: unknown;
  readonly headers?: Record<string, string>;

  constructor(status: ContentfulStatusCode, code: string, message: string, details?: unknown, headers?: Record<string, string>) {
    super(message);
    this.status = status;
    this.code = code;
    this.details = details;
    this.headers = headers;
  }

  toBody(): ErrorBody {
    return { error: { code: this.code, message: this.message, ...(this.details === undefined ? {} : { details: this.details }) } };
  }
}

export interface FieldIssue {
  path: string;
  message: string;
}

export const errors = {
  validation: (issues: FieldIssue[]) =>
    new AppError(400, 'validation_failed', `Invalid request: ${issues.map((i) => `${i.path || '(body)'} ${i.message}`).join('; ')}`, { issues }),
  badRequest: (code: string, message: string, details?: unknown) => new AppError(400, code, message, details),
  unauthorized: (message = 'Sign in or send an API token') => new AppError(401, 'unauthorized', message),
  forbidden: (message: string) => new AppError(403, 'forbidden', message),
  notFound: (what: string) => new AppError(404, 'not_found', `${what} not found`),
  conflict: (code: string, message: string, details?: unknown) => new AppError(409, code, message, details),
  tooManyRequests: (message: string, retryAfterSeconds: number) =>
    new AppError(429, 'rate_limited', message, { retryAfterSeconds }, { 'Retry-After': String(retryAfterSeconds) }),
  unavailable: (message: string) => new AppError(503, 'database_unavailable', message),
};
