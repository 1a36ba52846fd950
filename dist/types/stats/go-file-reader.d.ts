import { type ImportScan } from './go-imports.js';
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
    private tryScan;
}
