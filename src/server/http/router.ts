import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from './env.ts';
import { errors } from './errors.ts';

const TARGET_PREFIX: Record<string, string> = { json: '', query: 'query.', param: 'path.', header: 'header.', cookie: 'cookie.', form: '' };

/** Every router shares one validation hook, so a schema violation always reads the same. */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (result.success) return;
      const prefix = TARGET_PREFIX[result.target] ?? '';
      throw errors.validation(
        result.error.issues.map((issue) => ({
          path: prefix + issue.path.map(String).join('.'),
          message: issue.code === 'unrecognized_keys' ? `has unknown field(s) ${issue.keys.join(', ')}` : issue.message,
        })),
      );
    },
  });
}
