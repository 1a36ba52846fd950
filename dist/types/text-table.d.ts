/**
 * Aligned columns for terminal tables, two spaces apart, the last one not padded: `tusk log`,
 * `tusk history`, `tusk diff`. Numbers go right unless told otherwise.
 */
export declare function formatTable(header: string[], rows: string[][], options?: {
    numbersRight?: boolean;
}): string[];
