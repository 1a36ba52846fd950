import { countNewlines } from './newline-count.js';

/** Counts lines as docs/contract.md §2.3 does: `\n` bytes, plus one for a non-empty last line without one. */
export class LineCounter {
  private newlines = 0;
  private lastByte = -1;

  add(chunk: Uint8Array): void {
    if (chunk.length === 0) return;
    this.newlines += countNewlines(chunk);
    this.lastByte = chunk[chunk.length - 1]!;
  }

  get lines(): number {
    return this.newlines + (this.lastByte !== -1 && this.lastByte !== 10 ? 1 : 0);
  }
}
