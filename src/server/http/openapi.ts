import { z } from '@hono/zod-openapi';

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'validation_failed' }),
      message: z.string(),
      details: z.unknown().optional(),
    }),
  })
  .openapi('Error');

const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: ErrorSchema } } });

/** The error responses every authenticated JSON route can give. */
export const commonErrors = {
  400: errorResponse('Malformed JSON or a field that fails validation (details.issues names each field)'),
  401: errorResponse('Not signed in and no valid API token'),
  403: errorResponse('Signed in, but the role or token scope does not allow this'),
  503: errorResponse('The database cannot be reached'),
} as const;

export const notFoundError = { 404: errorResponse('No such resource') } as const;
export const conflictError = { 409: errorResponse('Conflicts with what is stored (a duplicate, or a stale state)') } as const;
export const tooManyError = { 429: errorResponse('Too many attempts') } as const;

export function jsonContent<T extends z.ZodType>(schema: T, description: string) {
  return { description, content: { 'application/json': { schema } } };
}

export function jsonBody<T extends z.ZodType>(schema: T) {
  return { required: true, content: { 'application/json': { schema } } };
}

export const IdParam = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });

export const PagingQuery = z.object({
  page: z.coerce.number().int().min(1).default(1).openapi({ example: 1 }),
  pageSize: z.coerce.number().int().min(1).max(200).default(50).openapi({ example: 50 }),
});

export const PageMeta = z.object({ page: z.number(), pageSize: z.number(), total: z.number() }).openapi('PageMeta');

export function pageOf<T extends z.ZodType>(item: T, name: string) {
  return z.object({ data: z.array(item), page: PageMeta }).openapi(name);
}

/** Security requirement for routes that accept a session cookie or a bearer token. */
export const authenticated: Record<string, string[]>[] = [{ cookieAuth: [] }, { bearerAuth: [] }];
