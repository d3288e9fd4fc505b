import { createRoute } from '@hono/zod-openapi';
import { ImportFileError, MappingError } from '../../../core/csv/errors.ts';
import { parseMapping } from '../../../core/csv/mapping-file.ts';
import type { ImportEntity } from '../../../core/csv/targets.ts';
import { requirePermission } from '../../http/auth-middleware.ts';
import { AppError, errors } from '../../http/errors.ts';
import { authenticated, commonErrors, jsonContent } from '../../http/openapi.ts';
import { createRouter } from '../../http/router.ts';
import { actorOf } from '../accounts/routes.ts';
import { csvUploadBody, ImportQuery, ImportReportSchema } from './api-schemas.ts';
import { importCsv } from './import-service.ts';
import { csvUpload, readUpload } from './upload-body.ts';

/** These routes read their body as a stream, with their own size limit and content types (see http/app.ts). */
export const CSV_UPLOAD_PATHS = ['/api/imports/accounts', '/api/imports/contacts'];
export { CSV_UPLOAD_TYPE } from './upload-body.ts';

const write = requirePermission('write');

const uploadErrors = {
  413: { description: 'The upload is larger than PLAYMAKER_IMPORT_LIMIT_MB' },
  415: { description: 'Not CSV or multipart' },
  422: jsonContent(ImportReportSchema, 'All-or-nothing import with rejected rows: nothing was written; error.details is the report'),
} as const;

export function importRoutes() {
  const app = createRouter();
  for (const entity of ['accounts', 'contacts'] as const satisfies readonly ImportEntity[]) {
    app.openapi(
      createRoute({
        method: 'post', path: `/imports/${entity}`, tags: ['Imports'], security: authenticated, middleware: [write, csvUpload] as const,
        summary: `Import ${entity} from a CSV file (Salesforce and HubSpot exports are recognised as they are)`,
        description:
          'Send the CSV as the body (text/csv) or as a multipart form. Rows are upserted by external id. The answer is a report: ' +
          'created, updated, unchanged and rejected rows, each rejected row with its line number and reason.',
        request: { query: ImportQuery, body: csvUploadBody },
        responses: { 200: jsonContent(ImportReportSchema, 'What was (or, in a dry run, would be) written'), ...commonErrors, ...uploadErrors },
      }),
      async (c) => {
        const query = c.req.valid('query');
        const { config, database } = c.var.services;
        const upload = await readUpload(c.req.raw, config.importLimitBytes);
        const mappingText = upload.fields.mapping ?? query.mapping;
        try {
          const report = await importCsv(database, upload.bytes, {
            entity,
            mode: query.mode,
            dryRun: query.dryRun === 'true' || query.dryRun === '1',
            mapping: mappingText ? parseMapping(entity, mappingText) : undefined,
            encoding: query.encoding,
            dateFormat: query.dateFormat,
            actorId: actorOf(c.var.principal),
            file: upload.fileName ?? 'an upload',
          });
          if (!report.dryRun && !report.committed) {
            throw new AppError(422, 'import_rejected', `${report.rejected} of ${report.rows} rows were rejected, so nothing was written (all-or-nothing); details has the report`, report);
          }
          return c.json(report, 200);
        } catch (err) {
          if (err instanceof MappingError) throw errors.badRequest('invalid_mapping', err.message);
          if (err instanceof ImportFileError) throw errors.badRequest(err.code, err.message, err.line ? { line: err.line } : undefined);
          throw err;
        }
      },
    );
  }
  return app;
}
