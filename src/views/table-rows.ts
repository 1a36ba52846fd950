/**
 * The tables `tusk history` and `tusk export` print: their columns, and rows as CSV (RFC 4180) or
 * JSON. Cells hold the data as it is (names and errors verbatim): CSV quotes what needs quoting,
 * JSON escapes what it must, and neither format renders markup.
 */
import type { StatsRecord } from '../stats/record.js';
import type { DataCommit } from '../store/data-store.js';

export type Cell = string | number | boolean | null;

/** A table: its column names and how each row's cells are made. */
export interface TableShape<Row> {
  columns: readonly string[];
  cells(row: Row): Cell[];
}

/** One record of one data commit: a row of `tusk export`. */
export interface ExportRow {
  commit: DataCommit;
  record: StatsRecord;
}

/** Every record's fields, after the data commit's: what `tusk export` writes, in every format. */
export const EXPORT_TABLE: TableShape<ExportRow> = {
  columns: ['data_commit', 'input_commit', 'date', 'repo', 'commit', 'files', 'lines', 'deps', 'unparsed', 'error', 'pending', 'stale'],
  cells: ({ commit, record }) => [
    commit.sha,
    commit.inputCommit,
    commit.date ?? null,
    record.repo,
    record.commit,
    record.files,
    record.lines,
    record.deps,
    record.unparsed,
    record.error,
    record.pending === true,
    record.stale ?? null,
  ],
};

/** A data commit's totals (its trailers): a row of `tusk history` without names. */
export const TOTALS_TABLE: TableShape<DataCommit> = {
  columns: ['data_commit', 'input_commit', 'date', 'repositories', 'deps', 'lines'],
  cells: (commit) => [commit.sha, commit.inputCommit, commit.date ?? null, commit.counts.rows, commit.counts.deps, commit.counts.lines],
};

/** A repository's record at a data commit: a row of `tusk history NAME...`. */
export const REPOSITORY_TABLE: TableShape<ExportRow> = {
  columns: ['data_commit', 'input_commit', 'date', 'repo', 'deps', 'lines', 'error', 'pending'],
  cells: ({ commit, record }) => [
    commit.sha,
    commit.inputCommit,
    commit.date ?? null,
    record.repo,
    record.deps,
    record.lines,
    record.error,
    record.pending === true,
  ],
};

function csvCell(cell: Cell): string {
  if (cell === null) return '';
  const text = String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CSV line: null is an empty cell, and the line ends in `\n`, as the data files' lines do. */
export function csvLine(cells: readonly Cell[]): string {
  return `${cells.map(csvCell).join(',')}\n`;
}

/** A JSON object of the cells under their column names, on one line. */
export function jsonObject(columns: readonly string[], cells: readonly Cell[]): string {
  const object: Record<string, Cell> = {};
  columns.forEach((column, i) => (object[column] = cells[i]!));
  return JSON.stringify(object);
}
