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
export declare const EXPORT_TABLE: TableShape<ExportRow>;
/** A data commit's totals (its trailers): a row of `tusk history` without names. */
export declare const TOTALS_TABLE: TableShape<DataCommit>;
/** A repository's record at a data commit: a row of `tusk history NAME...`. */
export declare const REPOSITORY_TABLE: TableShape<ExportRow>;
/** A CSV line: null is an empty cell, and the line ends in `\n`, as the data files' lines do. */
export declare function csvLine(cells: readonly Cell[]): string;
/** A JSON object of the cells under their column names, on one line. */
export declare function jsonObject(columns: readonly string[], cells: readonly Cell[]): string;
