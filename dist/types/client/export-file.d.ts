import type { DataVersion } from './data-versions.js';
export declare const EXPORT_FORMATS: readonly ["csv", "jsonl", "sqlite"];
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export interface ExportSummary {
    dataCommits: number;
    rows: number;
}
/** Where the rows go, a data commit's at a time. */
export interface RowSink {
    add(version: DataVersion): Promise<void>;
    /** After the last version: the file is complete. */
    close(): Promise<void>;
    /** After a failure: the file is given up. */
    abort(): Promise<void>;
}
/**
 * Writes every version to `file` in `format`. The file is written aside and renamed into place
 * once complete: a failed export leaves no half a table that looks whole.
 */
export declare function exportVersions(versions: AsyncIterable<DataVersion>, file: string, format: ExportFormat): Promise<ExportSummary>;
