import { type ImportScan } from './go-imports.js';
/**
 * The import scan of a Go file of any size in bounded memory. The file streams through the
 * compactor, and the reader reads its short form from the last point it can resume from: only
 * the bytes since that point are held, and the imports before it are kept as a set. The verdict
 * and imports are scanAllImports' on the whole file (each path once), or LimitExceeded when the
 * reader would need more than MAX_TOKEN_BYTES past a resume point; the outcome never depends on
 * how the file is cut into chunks.
 */
export declare class StreamingImportScan {
    private readonly compactor;
    /** The short form from the resume point on, as one buffer and the pieces added since it was joined. */
    private window;
    private pieces;
    private windowLength;
    private phase;
    private readonly imports;
    private scannedLength;
    private result;
    /** Reads the next bytes of the file; returns the verdict once they decide it, else null. */
    add(chunk: Uint8Array): ImportScan | null;
    /** The verdict, at the end of the file. */
    finish(): ImportScan;
    private append;
    private scan;
    private settle;
}
