import { type ImportScan } from './go-imports.js';
/**
 * How much of a file's beginning the import scan holds whole. Nearly every file decides in its
 * first few hundred bytes; one that has not by then streams from its start through the bounded
 * scan, so no file, however large, is held.
 */
export declare const WHOLE_PREFIX_BYTES: number;
/**
 * Reads one Go file as it streams past: counts all of its lines, and keeps only as much of its
 * beginning as the import scan needs to decide.
 */
export declare class GoFileReader {
    private readonly counter;
    private prefix;
    private prefixLength;
    private scannedLength;
    private scan;
    private streaming;
    /** Lines and imports of a file held whole. */
    static read(content: Buffer): {
        lines: number;
        scan: ImportScan;
    };
    add(chunk: Buffer): void;
    finish(): {
        lines: number;
        scan: ImportScan;
    };
    private joinPrefix;
    private tryScan;
}
