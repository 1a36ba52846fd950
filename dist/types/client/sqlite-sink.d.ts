import type { RowSink } from './export-file.js';
/** A new database at `path` (whatever was there is replaced) with the `records` table. */
export declare function sqliteSink(path: string): Promise<RowSink>;
