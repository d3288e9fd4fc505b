import { createRoute, z } from '@hono/zod-openapi';
import { eq } from 'drizzle-orm';
import { bodyLimit } from 'hono/body-limit';
import { requirePermission } from '../../http/auth-middleware.ts';
import { AppError } from '../../http/errors.ts';
import { authenticated, commonErrors, jsonBody, jsonContent, notFoundError } from '../../http/openapi.ts';
import {
  FilesSchema, ImportBodySchema, ImportResultSchema, LintBodySchema, LintResultSchema, PlaybookDetailSchema, PlaybookIdParam,
  PlaybookListQuery, PlaybookPage, QuickReferenceQuery, SearchPage, SearchQuery, VersionQuery,
} from './api-schemas.ts';
import { lintDraft } from './draft-lint.ts';
import { exportLibrary, importLibrary } from './import-service.ts';
import { errorsIn, fileBytes, MAX_FILE_BYTES, sketchPlaybook } from './library-files.ts';
import { flowchart, listPlaybooks, playbookOutline, quickReference, viewPlaybook } from './library-service.ts';
import { publicProblem } from './problems.ts';
import type { PlaybookRouter } from './route-helpers.ts';
import { actorOf, IMPORT_BODY_LIMIT_BYTES, viewerOf } from './route-helpers.ts';
import { searchPlaybooks } from './search-service.ts';
import { playbooks } from './schema.ts';

const read = requirePermission('read');
const manage = requirePermission('playbooks:manage');
const tags = ['Playbooks'];
const textContent = (type: string, description: string) => ({ description, content: { [type]: { schema: z.string() } } });
const tooLarge = { 413: { description: 'A file is larger than 1 MB (details name each one)' } } as const;

const importLimit = bodyLimit({
  maxSize: IMPORT_BODY_LIMIT_BYTES,
  onError: () => {
    throw new AppError(413, 'payload_too_large', `An import request may carry at most ${IMPORT_BODY_LIMIT_BYTES / 1024 / 1024} MB; import the library in parts`);
  },
});

export function registerLibraryRoutes(app: PlaybookRouter) {
  app.openapi(
    createRoute({
      method: 'get', path: '/playbooks/search', tags, security: authenticated, middleware: [read] as const,
      summary: 'Full-text search of the library, best match first, with highlighted snippets',
      request: { query: SearchQuery },
      responses: { 200: jsonContent(SearchPage, 'A page of matches'), ...commonErrors },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const { hits, total } = await searchPlaybooks(c.var.services.database.db, q, q.page, q.pageSize);
      return c.json({ data: hits, page: { page: q.page, pageSize: q.pageSize, total } }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get', path: '/playbooks/export', tags, security: authenticated, middleware: [read] as const,
      summary: 'The latest version of every playbook and its templates, as library files',
      responses: { 200: jsonContent(FilesSchema, 'Files, sorted by path'), ...commonErrors },
    }),
    async (c) => c.json({ files: await exportLibrary(c.var.services.database.db) }, 200),
  );

  app.openapi(
    createRoute({
      method: 'post', path: '/playbooks/import', tags, security: authenticated, middleware: [manage, importLimit] as const,
      summary: 'Import library files, all or nothing',
      description:
        'Lints every file against the library it would produce. Any error refuses the whole import (400 lint_failed listing every problem as file:line:col message) and nothing changes. Otherwise each playbook whose file or templates changed gets a new version with the changelog "Imported from <files>"; unchanged files create nothing.',
      request: { body: jsonBody(ImportBodySchema) },
      responses: { 200: jsonContent(ImportResultSchema, 'What the import created, updated, moved and left alone'), ...commonErrors, ...tooLarge },
    }),
    async (c) => {
      const body = c.req.valid('json');
      const result = await importLibrary(c.var.services.database.db, body.files, { actorId: actorOf(c.var.principal), newStatus: body.newStatus });
      return c.json({ ...result, warnings: result.warnings.map(publicProblem) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post', path: '/playbooks/lint', tags, security: authenticated, middleware: [read] as const,
      summary: 'Lint a playbook as it is being edited, against the stored library',
      request: { body: jsonBody(LintBodySchema) },
      responses: { 200: jsonContent(LintResultSchema, 'Every problem found (an empty list when clean)'), ...commonErrors, ...tooLarge },
    }),
    async (c) => {
      const body = c.req.valid('json');
      const db = c.var.services.database.db;
      if ([body.source, ...Object.values(body.templates)].some((text) => fileBytes(text) > MAX_FILE_BYTES)) {
        throw new AppError(413, 'file_too_large', `The playbook or one of its templates is larger than ${MAX_FILE_BYTES} bytes (1 MB)`);
      }
      const id = sketchPlaybook(body.source).id ?? '';
      const [stored] = id ? await db.select({ path: playbooks.path }).from(playbooks).where(eq(playbooks.id, id)) : [];
      const path = body.path ?? stored?.path ?? (/^[a-z0-9-]{1,100}$/.test(id) ? `${id}.yaml` : 'playbook.yaml');
      const problems = await lintDraft(db, { id, path }, body.source, body.templates);
      const errorCount = errorsIn(problems).length;
      return c.json({ problems: problems.map(publicProblem), errorCount, ...(errorCount === 0 ? { outline: playbookOutline(body.source) } : {}) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get', path: '/playbooks', tags, security: authenticated, middleware: [read] as const,
      summary: 'List playbooks with their status and versions',
      request: { query: PlaybookListQuery },
      responses: { 200: jsonContent(PlaybookPage, 'A page of playbooks, by title'), ...commonErrors },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const { items, total } = await listPlaybooks(c.var.services.database.db, q, q.page, q.pageSize);
      return c.json({ data: items, page: { page: q.page, pageSize: q.pageSize, total } }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get', path: '/playbooks/{id}', tags, security: authenticated, middleware: [read] as const,
      summary: 'A playbook with the version that applies to you (or ?version=n); records the view',
      request: { params: PlaybookIdParam, query: VersionQuery },
      responses: { 200: jsonContent(PlaybookDetailSchema, 'The playbook'), ...commonErrors, ...notFoundError },
    }),
    async (c) => {
      const detail = await viewPlaybook(c.var.services.database.db, c.req.valid('param').id, viewerOf(c.var.principal), c.req.valid('query').version);
      return c.json(detail, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get', path: '/playbooks/{id}/quick-reference', tags, security: authenticated, middleware: [read] as const,
      summary: 'The one-page quick-reference card, as printable HTML or as Markdown',
      request: { params: PlaybookIdParam, query: QuickReferenceQuery },
      responses: {
        200: { description: 'The card', content: { 'text/html': { schema: z.string() }, 'text/markdown': { schema: z.string() } } },
        ...commonErrors,
        ...notFoundError,
      },
    }),
    async (c) => {
      const { format, version } = c.req.valid('query');
      const text = await quickReference(c.var.services.database.db, c.req.valid('param').id, format, viewerOf(c.var.principal), version);
      return c.body(text, 200, { 'content-type': format === 'html' ? 'text/html; charset=utf-8' : 'text/markdown; charset=utf-8' });
    },
  );

  app.openapi(
    createRoute({
      method: 'get', path: '/playbooks/{id}/flowchart', tags, security: authenticated, middleware: [read] as const,
      summary: 'Mermaid flowchart text of the steps and their branches',
      request: { params: PlaybookIdParam, query: VersionQuery },
      responses: { 200: textContent('text/plain', 'Mermaid `flowchart TD` text'), ...commonErrors, ...notFoundError },
    }),
    async (c) => {
      const text = await flowchart(c.var.services.database.db, c.req.valid('param').id, viewerOf(c.var.principal), c.req.valid('query').version);
      return c.body(text, 200, { 'content-type': 'text/plain; charset=utf-8' });
    },
  );
}
