import { z } from '@hono/zod-openapi';
import { DATE_FORMATS } from '../../../core/csv/dates.ts';
import { SOURCES } from '../../../core/csv/header-tables.ts';
import { IMPORT_MODES } from '../../../core/csv/report.ts';
import { ENCODINGS } from './text-decoding.ts';

export const ImportQuery = z.object({
  dryRun: z.enum(['true', 'false', '1', '0']).optional().openapi({ description: 'Check and count everything, write nothing' }),
  mode: z.enum(IMPORT_MODES).default('all-or-nothing').openapi({
    description: 'all-or-nothing: any rejected row and nothing is written. skip-invalid: valid rows are written, rejected ones reported',
  }),
  mapping: z.string().max(64 * 1024).optional().openapi({
    description: 'A mapping file (YAML or JSON: { columns: { "<header>": "<field>" }, dateFormat }); in a multipart upload, a "mapping" field before the file',
  }),
  encoding: z.enum(ENCODINGS as [string, ...string[]]).optional().openapi({ description: 'When the file is not UTF-8 (a byte-order mark is honoured either way)' }),
  dateFormat: z.enum(DATE_FORMATS).optional().openapi({ description: 'How to read day/month dates; default MM/DD/YYYY for Salesforce exports, otherwise only unambiguous dates' }),
});

const RejectSchema = z.object({
  line: z.number().int().openapi({ description: 'The line the record starts on (the header is line 1)' }),
  reason: z.string().openapi({ example: 'Annual Revenue: "n/a" is not an amount' }),
});

export const ImportReportSchema = z
  .object({
    entity: z.enum(['accounts', 'contacts']),
    mode: z.enum(IMPORT_MODES),
    dryRun: z.boolean(),
    committed: z.boolean().openapi({ description: 'Whether the rows were written' }),
    format: z.object({
      source: z.enum(SOURCES).openapi({ description: 'Which export the headers were recognised as' }),
      delimiter: z.string(),
      encoding: z.string(),
      dateFormat: z.string(),
    }),
    columns: z.array(z.object({ column: z.string(), to: z.string().openapi({ example: 'traits.billing_city' }), via: z.string(), note: z.string().optional() })),
    rows: z.number().int(),
    created: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    rejected: z.number().int(),
    rejects: z.array(RejectSchema).openapi({ description: 'The first 1,000 rejected rows, in line order' }),
    rejectsOmitted: z.number().int(),
  })
  .openapi('ImportReport');

/** The body is read as a stream by the handler, so these schemas document it without validating it. */
export const csvUploadBody = {
  required: true,
  content: {
    'text/csv': { schema: { type: 'string' as const, description: 'The CSV file, UTF-8 unless ?encoding= says otherwise' } },
    'multipart/form-data': {
      schema: {
        type: 'object' as const,
        properties: {
          mapping: { type: 'string' as const, description: 'Optional mapping file, sent before the file' },
          file: { type: 'string' as const, format: 'binary' },
        },
        required: ['file'],
      },
    },
  },
};
