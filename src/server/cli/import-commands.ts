import { createReadStream, createWriteStream } from 'node:fs';
import type { WriteStream } from 'node:fs';
import { readFile, rm, stat } from 'node:fs/promises';
import { once } from 'node:events';
import path from 'node:path';
import { Option } from 'commander';
import type { Command } from 'commander';
import { formatCsvRecord } from '../../core/csv/csv-format.ts';
import { DATE_FORMATS } from '../../core/csv/dates.ts';
import type { DateFormat } from '../../core/csv/dates.ts';
import type { Delimiter } from '../../core/csv/delimiter.ts';
import { MappingError } from '../../core/csv/errors.ts';
import { parseMapping } from '../../core/csv/mapping-file.ts';
import type { ImportMapping } from '../../core/csv/mapping-file.ts';
import { formatReport } from '../../core/csv/report.ts';
import { IMPORT_ENTITIES } from '../../core/csv/targets.ts';
import type { ImportEntity } from '../../core/csv/targets.ts';
import { importCsv } from '../modules/imports/import-service.ts';
import { ENCODINGS } from '../modules/imports/text-decoding.ts';
import { withDatabase } from './context.ts';

interface ImportFlags {
  dryRun?: boolean;
  skipInvalid?: boolean;
  rejects?: string;
  mapping?: string;
  encoding?: string;
  dateFormat?: DateFormat;
  json?: boolean;
}

type UsageErrorClass = new (message: string) => Error;

async function readableFile(file: string, what: string, UsageError: UsageErrorClass): Promise<void> {
  const info = await stat(file).catch(() => undefined);
  if (!info) throw new UsageError(`${what} ${file} does not exist`);
  if (!info.isFile()) throw new UsageError(`${what} ${file} is not a file`);
}

async function loadMapping(entity: ImportEntity, file: string, UsageError: UsageErrorClass): Promise<ImportMapping> {
  await readableFile(file, 'mapping file', UsageError);
  try {
    return parseMapping(entity, await readFile(file, 'utf8'), file);
  } catch (err) {
    if (err instanceof MappingError) throw new UsageError(err.message);
    throw err;
  }
}

/** Rejected rows as CSV: the original cells, then the line and the reason. Opened on the first reject. */
class RejectsFile {
  readonly path: string;
  private out?: WriteStream;
  private header: string[] = [];
  private delimiter: Delimiter = ',';

  constructor(file: string) {
    this.path = file;
  }

  start(header: string[], delimiter: Delimiter) {
    this.header = header;
    this.delimiter = delimiter;
  }

  async add(cells: string[], line: number, reason: string) {
    if (!this.out) {
      this.out = createWriteStream(this.path);
      this.out.write(formatCsvRecord([...this.header, 'Rejected Line', 'Rejected Reason'], this.delimiter));
    }
    if (!this.out.write(formatCsvRecord([...cells, String(line), reason], this.delimiter))) await once(this.out, 'drain');
  }

  get written(): boolean {
    return Boolean(this.out);
  }

  async close() {
    if (!this.out) return;
    this.out.end();
    await once(this.out, 'finish');
  }
}

export function registerImportCommands(program: Command, UsageError: UsageErrorClass): void {
  const imports = program
    .command('import')
    .description('Import customer data from CSV files (Salesforce and HubSpot account and contact exports are recognised as they are)');

  for (const entity of IMPORT_ENTITIES) {
    imports
      .command(entity)
      .description(`Upsert ${entity} from a CSV file by external id; all-or-nothing unless --skip-invalid`)
      .argument('<file>', 'the CSV file (comma, semicolon or tab separated)')
      .option('--dry-run', 'check and count everything, write nothing')
      .option('--skip-invalid', 'write the valid rows; rejected rows go to <file>.rejects.csv')
      .option('--rejects <path>', 'where to write rejected rows (with their line and reason)')
      .option('--mapping <file>', 'a mapping file (YAML or JSON) for headers that are not recognised; see docs/csv-import.md')
      .addOption(new Option('--encoding <name>', 'the encoding when the file is not UTF-8').choices(ENCODINGS))
      .addOption(new Option('--date-format <format>', 'how day/month dates are written (default: MM/DD/YYYY for Salesforce, else only unambiguous ones)').choices(DATE_FORMATS))
      .option('--json', 'print the report as JSON')
      .action(async (file: string, flags: ImportFlags) => {
        await readableFile(file, 'file', UsageError);
        const mapping = flags.mapping ? await loadMapping(entity, flags.mapping, UsageError) : undefined;
        const rejectsPath = flags.rejects ?? (flags.skipInvalid && !flags.dryRun ? `${file}.rejects.csv` : undefined);
        const rejects = rejectsPath ? new RejectsFile(rejectsPath) : undefined;
        // A rejects file left by an earlier run would describe rows this run may have accepted.
        if (rejects) await rm(rejects.path, { force: true });

        const report = await withDatabase(async (ctx) => {
          try {
            return await importCsv(ctx.database, createReadStream(file, { highWaterMark: 256 * 1024 }), {
              entity,
              mode: flags.skipInvalid ? 'skip-invalid' : 'all-or-nothing',
              dryRun: Boolean(flags.dryRun),
              mapping,
              encoding: flags.encoding,
              dateFormat: flags.dateFormat,
              actorId: null,
              file: path.basename(file),
              onHeader: (header, delimiter) => rejects?.start(header, delimiter),
              onReject: (r) => rejects?.add(r.cells, r.line, r.reason),
            });
          } finally {
            await rejects?.close();
          }
        });

        const rejectsFile = rejects?.written ? rejects.path : undefined;
        process.stdout.write(flags.json ? JSON.stringify(report, null, 2) + '\n' : formatReport(report, { rejectsFile }));
        // 1: rows were rejected and (in all-or-nothing) nothing was written, or a dry run says it would not be.
        if (report.mode === 'all-or-nothing' && report.rejected) process.exitCode = 1;
      });
  }
}
