import { Option, type Command } from 'commander';
import { InvalidNameError } from '../../client/put-names.js';
import { escapePlain } from '../../diff/escape.js';
import { canonicalName, nameKey } from '../../names/repo-name.js';
import type { DataCommit } from '../../store/data-store.js';
import { REPOSITORY_TABLE, TOTALS_TABLE, csvLine, jsonObject, type ExportRow, type TableShape } from '../../views/table-rows.js';
import { CliFailure } from '../cli-failure.js';
import { cliLog } from '../cli-log.js';
import { formatTable } from '../../text-table.js';
import type { CliIo } from '../io.js';
import { clientFor, withRepositoryOptions, type RepositoryOptions } from '../repository-options.js';
import { positiveWholeNumber } from '../whole-number.js';

type Format = 'text' | 'csv' | 'json';

/** A table as each format prints it: CSV and JSON with the data's own columns, text with short SHAs, aligned. */
interface PrintedTable<Row> {
  shape: TableShape<Row>;
  header: string[];
  text: (row: Row) => string[];
}

function commitCells(commit: DataCommit): string[] {
  return [commit.sha.slice(0, 7), commit.inputCommit.slice(0, 7), commit.date ?? '-'];
}

const TOTALS: PrintedTable<DataCommit> = {
  shape: TOTALS_TABLE,
  header: ['DATA', 'INPUT', 'DATE', 'REPOSITORIES', 'DEPS', 'LINES'],
  text: (commit) => [...commitCells(commit), ...[commit.counts.rows, commit.counts.deps, commit.counts.lines].map(String)],
};

/** A record without numbers says what it is instead, in NOTE. */
const REPOSITORY: PrintedTable<ExportRow> = {
  shape: REPOSITORY_TABLE,
  header: ['DATA', 'INPUT', 'DATE', 'REPO', 'DEPS', 'LINES', 'NOTE'],
  text: ({ commit, record }) => {
    const note = record.pending ? 'pending' : record.error !== null ? `failed: ${record.error}` : record.stale ? `stale: ${record.stale}` : '';
    const count = (n: number | null): string => (n === null ? '-' : String(n));
    return [...commitCells(commit), escapePlain(record.repo), count(record.deps), count(record.lines), escapePlain(note)];
  },
};

/** Prints rows as they come (CSV, or a JSON array with a row a line), or as text, aligned once all are read; says how many. */
async function print<Row>(rows: AsyncIterable<Row>, format: Format, table: PrintedTable<Row>, io: CliIo): Promise<number> {
  if (format === 'text') {
    const lines: string[][] = [];
    for await (const row of rows) lines.push(table.text(row));
    if (lines.length > 0) for (const line of formatTable(table.header, lines)) io.out(line);
    return lines.length;
  }
  const { columns, cells } = table.shape;
  const line = (row: Row): string => (format === 'csv' ? csvLine(cells(row)).slice(0, -1) : jsonObject(columns, cells(row)));
  io.out(format === 'csv' ? csvLine(columns).slice(0, -1) : '[');
  let count = 0;
  let previous: string | null = null;
  // JSON separates rows with commas: each row is printed once the next one says it is not the last.
  for await (const row of rows) {
    if (previous !== null) io.out(format === 'json' ? `${previous},` : previous);
    previous = line(row);
    count++;
  }
  if (previous !== null) io.out(previous);
  if (format === 'json') io.out(']');
  return count;
}

/** `tusk history [NAME...]`: a repository's deps and lines, or the totals, across data commits, newest first. */
export function registerHistory(program: Command, io: CliIo): void {
  withRepositoryOptions(
    program
      .command('history')
      .description("deps and lines across data commits, newest first: the totals, or each named repository's")
      .argument('[name...]', 'owner/repo names (default: the totals of each data commit)'),
  )
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'csv', 'json']).default('text'))
    .option('-n, --max-count <n>', 'read at most n data commits', positiveWholeNumber)
    .action(async (names: string[], options: RepositoryOptions & { format: Format; maxCount?: number }) => {
      const client = await clientFor(options, io, cliLog(io, false));
      const read = { maxCount: options.maxCount };
      if (names.length === 0) {
        const count = await print(client.dataCommits(read), options.format, TOTALS, io);
        if (count === 0) io.err(`${(await client.store()).branch} has no data commits yet: run \`tusk run\` first`);
        return;
      }
      const found = new Set<string>();
      const rows = async function* (): AsyncGenerator<ExportRow> {
        for await (const row of client.repositoryHistory(names, read)) {
          found.add(nameKey(row.record.repo));
          yield row;
        }
      };
      await print(rows(), options.format, REPOSITORY, io).catch((error: unknown) => {
        throw error instanceof InvalidNameError ? new CliFailure(error.message, 2) : error;
      });
      const missing = names.filter((name) => !found.has(nameKey(canonicalName(name.trim()) ?? name)));
      if (missing.length > 0)
        throw new CliFailure(
          `no data commit${options.maxCount ? ` of the ${options.maxCount} read` : ''} has a record of ${missing.map(escapePlain).join(', ')}`,
          1,
        );
    });
}
