import { Option, type Command } from 'commander';
import { resolve } from 'node:path';
import { EXPORT_FORMATS, type ExportFormat } from '../../client/export-file.js';
import { formatQuantity } from '../../diff/format-numbers.js';
import { cliLog } from '../cli-log.js';
import type { CliIo } from '../io.js';
import { clientFor, withRepositoryOptions, type RepositoryOptions } from '../repository-options.js';
import { positiveWholeNumber } from '../whole-number.js';

/** `tusk export --format csv|jsonl|sqlite FILE`: every record of every data commit, as one table. */
export function registerExport(program: Command, io: CliIo): void {
  withRepositoryOptions(
    program
      .command('export')
      .description('every record of every data commit as one table (data commit, input commit, date, then the record), newest first')
      .argument('<file>', 'the file to write (replaced if it exists)'),
  )
    .addOption(
      new Option('--format <format>', 'csv, JSON lines, or a SQLite database with a table "records"').choices([...EXPORT_FORMATS]).makeOptionMandatory(),
    )
    .option('-n, --max-count <n>', 'only the newest n data commits', positiveWholeNumber)
    .action(async (file: string, options: RepositoryOptions & { format: ExportFormat; maxCount?: number }) => {
      const client = await clientFor(options, io, cliLog(io, false));
      const path = resolve(io.cwd, file);
      const { dataCommits, rows } = await client.export(path, options.format, { maxCount: options.maxCount });
      if (dataCommits === 0) io.err(`${(await client.store()).branch} has no data commits yet: the table is empty`);
      io.out(`${path}: ${formatQuantity(rows, 'record', 'records')} of ${formatQuantity(dataCommits, 'data commit', 'data commits')}`);
    });
}
