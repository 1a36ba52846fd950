/** Aligned columns for terminal tables: text left, numbers right. */
export declare function formatTable(header: string[], rows: string[][]): string[];
