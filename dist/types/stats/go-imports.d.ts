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
/** What the reader expects next: the package clause, import declarations, or the rest of an import group. */
export type ReadPhase = 'package' | 'declarations' | 'group';
/**
 * A point reading can resume from without the bytes before it: just past a `;` or a group's
 * `(`, where no semicolon is pending.
 */
export interface ResumePoint {
    offset: number;
    phase: ReadPhase;
    /** How many of the imports read come before it. */
    imports: number;
}
/** A scan from a resume point: a verdict, or 'more' with the imports read and the last resume point reached. */
export type ResumedScan = Exclude<ImportScan, {
    status: 'more';
}> | {
    status: 'more';
    imports: string[];
    resume: ResumePoint;
};
/**
 * Scans `src`, the first bytes of a Go file (all of it when `atEof`), for its imports.
 * Import paths are returned unquoted, in the order written, duplicates included.
 */
export declare function scanGoImports(src: Uint8Array, atEof: boolean): ImportScan;
/** scanGoImports with the full lexer alone: every form Go allows, and Go's error for each mistake. */
export declare function scanAllImports(src: Uint8Array, atEof: boolean): ImportScan;
/**
 * scanAllImports on the bytes from a resume point of a file (its start, for 'package'), to its
 * end when `atEof`; 'more' says how far reading got, so that the bytes before can be dropped.
 */
export declare function scanImportsFrom(src: Uint8Array, atEof: boolean, phase: ReadPhase): ResumedScan;
