import { scanGoImports, type ImportScan } from './go-imports.js';
import { LineCounter } from './line-count.js';

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

  /** Lines and imports of a file held whole. */
  static read(content: Buffer): { lines: number; scan: ImportScan } {
    const counter = new LineCounter();
    counter.add(content);
    return { lines: counter.lines, scan: scanGoImports(content, true) };
  }

  add(chunk: Buffer): void {
    this.counter.add(chunk);
    if (this.scan) return;
    this.prefix.push(chunk);
    this.prefixLength += chunk.length;
    // Re-scan only when the prefix has doubled, so a long header costs linear time overall.
    if (this.prefixLength >= 2 * this.scannedLength) this.tryScan(false);
  }

  finish(): { lines: number; scan: ImportScan } {
    if (!this.scan) this.tryScan(true);
    return { lines: this.counter.lines, scan: this.scan! };
  }

  private tryScan(atEof: boolean): void {
    const bytes = this.prefix.length === 1 ? this.prefix[0]! : Buffer.concat(this.prefix, this.prefixLength);
    this.prefix = [bytes];
    this.scannedLength = this.prefixLength;
    const result = scanGoImports(bytes, atEof);
    if (result.status === 'more') return;
    this.scan = result;
    this.prefix = [];
  }
}
