import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Option } from 'commander';
import type { Command } from 'commander';
import { ENCODINGS } from '../modules/imports/text-decoding.ts';
import { SIGNAL_COLUMNS, SIGNAL_IMPORT_KINDS } from '../modules/signals/csv-columns.ts';
import type { SignalImportKind } from '../modules/signals/csv-columns.ts';
import { importSignalCsv } from '../modules/signals/csv-import.ts';
import type { SignalImportReport } from '../modules/signals/csv-import.ts';
import { withDatabase } from './context.ts';

type UsageErrorClass = new (message: string) => Error;

const WHAT: Record<SignalImportKind, string> = {
  metrics: 'daily metric values',
  tickets: 'support tickets (upserted by external id)',
  surveys: 'NPS and CSAT responses (upserted by external id)',
  notes: 'notes on accounts',
};

export function formatSignalReport(report: SignalImportReport, maxRejects = 20): string {
  const lines = [`${report.kind} (delimiter ${report.format.delimiter}, ${report.format.encoding})`];
  const ignored = report.columns.filter((c) => c.to === '(ignored)').map((c) => c.column);
  if (ignored.length) lines.push(`Ignored columns: ${ignored.join(', ')}`);
  lines.push(`${report.rows} rows: ${report.created} created, ${report.updated} updated, ${report.rejected} rejected${report.committed ? '' : ' — nothing was written'}`);
  for (const r of report.rejects.slice(0, maxRejects)) lines.push(`  line ${r.line}: ${r.reason}`);
  const more = report.rejected - Math.min(report.rejects.length, maxRejects);
  if (more > 0) lines.push(`  … and ${more} more (use --json for the first ${report.rejects.length})`);
  return lines.join('\n') + '\n';
}

/** `playmaker import metrics|tickets|surveys|notes <file>`, beside the account and contact imports. */
export function registerSignalCommands(program: Command, UsageError: UsageErrorClass): void {
  const imports = program.commands.find((c) => c.name() === 'import') ?? program.command('import').description('Import customer data from CSV files');
  for (const kind of SIGNAL_IMPORT_KINDS) {
    const columns = SIGNAL_COLUMNS[kind].map((c) => c.headers[0] + (c.required ? '*' : '')).join(', ');
    imports
      .command(kind)
      .description(`Import ${WHAT[kind]} from a CSV file, all or nothing`)
      .argument('<file>', `the CSV file; columns: ${columns} (* required); accounts by id, crm id or product id`)
      .addOption(new Option('--encoding <name>', 'the encoding when the file is not UTF-8').choices(ENCODINGS))
      .option('--json', 'print the report as JSON')
      .action(async (file: string, flags: { encoding?: string; json?: boolean }) => {
        const info = await stat(file).catch(() => undefined);
        if (!info?.isFile()) throw new UsageError(`file ${file} does not exist or is not a file`);
        const { report } = await withDatabase((ctx) =>
          importSignalCsv(ctx.database.db, kind, createReadStream(file, { highWaterMark: 256 * 1024 }), { actor: { id: null, name: null }, encoding: flags.encoding }),
        );
        process.stdout.write(flags.json ? JSON.stringify(report, null, 2) + '\n' : formatSignalReport(report));
        if (!report.committed) process.exitCode = 1;
      });
  }
}
