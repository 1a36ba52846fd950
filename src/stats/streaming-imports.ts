import { BoundedPathSet } from './bounded-path-set.js';
import { GoCompactor } from './go-compactor.js';
import { scanImportsFrom, type ImportScan, type ReadPhase, type ResumedScan } from './go-imports.js';
import { LimitExceeded, MAX_IMPORT_PATHS, MAX_IMPORT_PATH_BYTES, MAX_TOKEN_BYTES } from './limits.js';

/** How much the window grows, at least, between two readings of it. */
const RESCAN_BYTES = 4096;

/**
 * The import scan of a Go file of any size in bounded memory. The file streams through the
 * compactor, and the reader reads its short form from the last point it can resume from: only
 * the bytes since that point are held, and the imports before it are kept as a set. The verdict
 * and imports are scanAllImports' on the whole file (each path once), or LimitExceeded when the
 * reader would need more than MAX_TOKEN_BYTES past a resume point; the outcome never depends on
 * how the file is cut into chunks.
 */
export class StreamingImportScan {
  private readonly compactor = new GoCompactor();
  /** The short form from the resume point on, as one buffer and the pieces added since it was joined. */
  private window: Buffer = Buffer.alloc(0);
  private pieces: Buffer[] = [];
  private windowLength = 0;
  private phase: ReadPhase = 'package';
  private readonly imports = new BoundedPathSet('distinct import paths', MAX_IMPORT_PATHS, MAX_IMPORT_PATH_BYTES);
  private scannedLength = 0;
  private result: ImportScan | null = null;

  /** Reads the next bytes of the file; returns the verdict once they decide it, else null. */
  add(chunk: Uint8Array): ImportScan | null {
    if (this.result) return this.result;
    this.append(this.compactor.add(chunk));
    // Reading never gets past a rejected comment, so the bytes so far decide.
    if (this.compactor.blocked) this.scan(true);
    // Re-reading only once the window has doubled keeps a long token linear; a few KB more keeps small chunks cheap.
    else if (this.windowLength >= 2 * this.scannedLength + RESCAN_BYTES) this.scan(false);
    return this.result;
  }

  /** The verdict, at the end of the file. */
  finish(): ImportScan {
    if (!this.result) {
      this.append(this.compactor.finish());
      this.scan(true);
    }
    return this.result!;
  }

  private append(bytes: Buffer): void {
    if (bytes.length === 0) return;
    this.pieces.push(bytes);
    this.windowLength += bytes.length;
  }

  private scan(atEof: boolean): void {
    if (this.pieces.length > 0) this.window = Buffer.concat([this.window, ...this.pieces], this.windowLength);
    this.pieces = [];
    for (;;) {
      // The reader sees at most the limit past its resume point, so where it stops is the file's doing, not the chunks'.
      const truncated = this.window.length > MAX_TOKEN_BYTES;
      const scan = scanImportsFrom(truncated ? this.window.subarray(0, MAX_TOKEN_BYTES) : this.window, atEof && !truncated, this.phase);
      if (scan.status !== 'more') {
        this.settle(scan);
        return;
      }
      const { offset, phase, imports } = scan.resume;
      if (truncated && offset === 0) {
        throw new LimitExceeded(`a token of more than ${MAX_TOKEN_BYTES} bytes in the package clause or imports (the limit for one token)`);
      }
      for (let i = 0; i < imports; i++) this.imports.add(scan.imports[i]!);
      if (offset > 0) this.window = Buffer.from(this.window.subarray(offset));
      this.phase = phase;
      this.windowLength = this.window.length;
      this.scannedLength = this.window.length;
      if (!truncated) return;
    }
  }

  private settle(scan: Exclude<ResumedScan, { status: 'more' }>): void {
    if (scan.status === 'error') {
      this.result = scan;
      return;
    }
    for (const path of scan.imports) this.imports.add(path);
    this.result = { status: 'ok', imports: [...this.imports] };
  }
}
