import { createRoute, z } from '@hono/zod-openapi';
import { ImportFileError } from '../../../core/csv/errors.ts';
import { requirePermission } from '../../http/auth-middleware.ts';
import { AppError, errors } from '../../http/errors.ts';
import { authenticated, commonErrors, jsonContent } from '../../http/openapi.ts';
import { createRouter } from '../../http/router.ts';
import { actorOf } from '../accounts/routes.ts';
import { csvUploadBody } from '../imports/api-schemas.ts';
import { ENCODINGS } from '../imports/text-decoding.ts';
import { csvUpload, readUpload } from '../imports/upload-body.ts';
import { SIGNAL_COLUMNS, SIGNAL_IMPORT_KINDS } from './csv-columns.ts';
import type { SignalImportKind } from './csv-columns.ts';
import { importSignalCsv } from './csv-import.ts';
import { writeOrIngest } from './feed-permission.ts';
import { rescoreAfterCommit } from './health-request.ts';
import { authorName } from './routes.ts';

/** These routes stream their body with the imports module's limit and content types (see http/app.ts). */
export const SIGNAL_UPLOAD_PATHS = SIGNAL_IMPORT_KINDS.map((kind) => `/api/imports/${kind}`);

const SignalImportQuery = z.object({
  encoding: z.enum(ENCODINGS as [string, ...string[]]).optional().openapi({ description: 'When the file is not UTF-8 (a byte-order mark is honoured either way)' }),
});

const SignalImportReportSchema = z
  .object({
    kind: z.enum(SIGNAL_IMPORT_KINDS),
    committed: z.boolean().openapi({ description: 'Whether the rows were written' }),
    format: z.object({ delimiter: z.string(), encoding: z.string() }),
    columns: z.array(z.object({ column: z.string(), to: z.string() })),
    rows: z.number().int(),
    created: z.number().int(),
    updated: z.number().int(),
    rejected: z.number().int(),
    rejects: z.array(z.object({ line: z.number().int(), reason: z.string().openapi({ example: 'csat: must be a whole number from 1 to 5' }) })),
    rejectsOmitted: z.number().int(),
  })
  .openapi('SignalImportReport');

const LABELS: Record<SignalImportKind, string> = { metrics: 'daily metric values', tickets: 'support tickets', surveys: 'NPS and CSAT responses', notes: 'account notes' };

/** POST /api/imports/{metrics,tickets,surveys,notes}: the CSV twins of the signal endpoints. */
export function signalImportRoutes() {
  const app = createRouter();
  for (const kind of SIGNAL_IMPORT_KINDS) {
    const columns = SIGNAL_COLUMNS[kind].map((c) => `${c.headers[0]}${c.required ? ' (required)' : ''}`).join(', ');
    app.openapi(
      createRoute({
        method: 'post', path: `/imports/${kind}`, tags: ['Imports'], security: authenticated,
        middleware: [kind === 'notes' ? requirePermission('write') : writeOrIngest, csvUpload] as const,
        summary: `Import ${LABELS[kind]} from a CSV file, all or nothing`,
        description: `Columns: ${columns}. Accounts are named by id, crmId or productId. Any rejected row and nothing is written; the report lists every rejected row with its line.`,
        request: { query: SignalImportQuery, body: csvUploadBody },
        responses: {
          200: jsonContent(SignalImportReportSchema, 'Written'),
          ...commonErrors,
          413: { description: 'The upload is larger than PLAYMAKER_IMPORT_LIMIT_MB' },
          415: { description: 'Not CSV or multipart' },
          422: jsonContent(SignalImportReportSchema, 'Rows were rejected, so nothing was written; error.details is the report'),
        },
      }),
      async (c) => {
        const { config, database } = c.var.services;
        const upload = await readUpload(c.req.raw, config.importLimitBytes);
        try {
          const { report, accountIds } = await importSignalCsv(database.db, kind, upload.bytes, {
            actor: { id: actorOf(c.var.principal), name: authorName(c.var.principal) },
            encoding: c.req.valid('query').encoding,
          });
          if (!report.committed) {
            throw new AppError(422, 'import_rejected', `${report.rejected} of ${report.rows} rows were rejected, so nothing was written (all-or-nothing); details has the report`, report);
          }
          await rescoreAfterCommit(c.var.services, accountIds);
          return c.json(report, 200);
        } catch (err) {
          if (err instanceof ImportFileError) throw errors.badRequest(err.code, err.message, err.line ? { line: err.line } : undefined);
          throw err;
        }
      },
    );
  }
  return app;
}
