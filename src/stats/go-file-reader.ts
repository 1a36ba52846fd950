import { scanGoImports, type ImportScan } from './go-imports.js';
import { LineCounter } from './line-count.js';
import { StreamingImportScan } from './streaming-imports.js';

/**
 * How much of a file's beginning the import scan holds whole. Nearly every file decides in its
 * first few hundred bytes; one that has not by then streams from its start through the bounded
 * scan, so no file, however large, is held.
 */
export const WHOLE_PREFIX_BYTES = 64 * 1024;

/**
 * Reads one Go file as it streams past: counts all of its lines, and keeps only as much of its
 * beginning as the import scan needs to decide.
 */
export class GoFileReader {
  private readonly counter = new LineCounter();
  private prefix: Buffer[] = [];
  private prefixLength = 0;
  private scannedLength = 0;
  private scan: ImportScan | null = null;
  private streaming: StreamingImportScan | null = null;

  /** Lines and imports of a file held whole. */
  static read(content: Buffer): { lines: number; scan: ImportScan } {
    if (content.length > WHOLE_PREFIX_BYTES) {
      const reader = new GoFileReader();
      reader.add(content);
      return reader.finish();
    }
    const counter = new LineCounter();
    counter.add(content);
    return { lines: counter.lines, scan: scanGoImports(content, true) };
  }

  add(chunk: Buffer): void {
    this.counter.add(chunk);
    if (this.scan) return;
    if (this.streaming) {
      this.scan = this.streaming.add(chunk);
      return;
    }
    this.prefix.push(chunk);
    this.prefixLength += chunk.length;
    // Re-scan only when the prefix has doubled, so a long header costs linear time overall.
    if (this.prefixLength >= 2 * this.scannedLength || this.prefixLength > WHOLE_PREFIX_BYTES) this.tryScan();
  }

  finish(): { lines: number; scan: ImportScan } {
    if (!this.scan) this.scan = this.streaming ? this.streaming.finish() : scanGoImports(this.joinPrefix(), true);
    return { lines: this.counter.lines, scan: this.scan };
  }

  private joinPrefix(): Buffer {
    const bytes = this.prefix.length === 1 ? this.prefix[0]! : Buffer.concat(this.prefix, this.prefixLength);
    this.prefix = [bytes];
    return bytes;
  }

  private tryScan(): void {
    const bytes = this.joinPrefix();
    this.scannedLength = this.prefixLength;
    const whole = bytes.length <= WHOLE_PREFIX_BYTES;
    const result = scanGoImports(whole ? bytes : bytes.subarray(0, WHOLE_PREFIX_BYTES), false);
    if (result.status !== 'more') {
      this.scan = result;
      this.prefix = [];
    } else if (!whole) {
      this.prefix = [];
      this.streaming = new StreamingImportScan();
      this.scan = this.streaming.add(bytes);
    }
  }
}
