import { LimitExceeded } from './limits.js';

/** A set of paths that refuses to grow past a count and a total length, so what an archive makes the engine hold stays bounded. */
export class BoundedPathSet implements Iterable<string> {
  private readonly paths = new Set<string>();
  private bytes = 0;

  /** @param what the paths, as the limit's error names them ("distinct import paths") */
  constructor(
    private readonly what: string,
    private readonly maxCount: number,
    private readonly maxBytes: number,
  ) {}

  add(path: string): void {
    if (this.paths.has(path)) return;
    this.paths.add(path);
    this.bytes += Buffer.byteLength(path);
    if (this.paths.size > this.maxCount) throw new LimitExceeded(`more than ${this.maxCount} ${this.what} (the limit for one repository)`);
    if (this.bytes > this.maxBytes) throw new LimitExceeded(`${this.what} longer than ${this.maxBytes} bytes in all (the limit for one repository)`);
  }

  has(path: string): boolean {
    return this.paths.has(path);
  }

  [Symbol.iterator](): Iterator<string> {
    return this.paths.values();
  }
}
