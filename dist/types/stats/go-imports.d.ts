/**
 * Reads a Go file's package clause and import declarations the way `go/parser` does in its
 * ImportsOnly mode, stopping at the first other declaration.
 */
export type ImportScan = {
    status: 'ok';
    imports: string[];
} | {
    status: 'error';
    reason: string;
}
/** The bytes so far do not decide; scan again with more of the file. */
 | {
    status: 'more';
};
/**
 * Scans `src`, the first bytes of a Go file (all of it when `atEof`), for its imports.
 * Import paths are returned unquoted, in the order written, duplicates included.
 */
export declare function scanGoImports(src: Uint8Array, atEof: boolean): ImportScan;
/** scanGoImports with the full lexer alone: every form Go allows, and Go's error for each mistake. */
export declare function scanAllImports(src: Uint8Array, atEof: boolean): ImportScan;
