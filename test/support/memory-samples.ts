/** Memory an engine holds while it reads, measured in this process. */
import { Readable } from 'node:stream';
import { collectGarbage } from '../../src/runtime/garbage-collection.js';

export interface MemoryGrowth {
  /** Largest growth over the start, in bytes. */
  rss: number;
  arrayBuffers: number;
  /** How many times memory was sampled. */
  samples: number;
}

/**
 * `bytes` as a stream of `count` slices that a reader pulls one at a time, with memory sampled as
 * each slice is asked for. Garbage waits for the collector, so each sample follows a forced
 * collection: what is left is what the reader holds. Sampling on the reader's pace, not a timer's,
 * spreads the samples over the whole read on a fast machine and a slow one alike, and keeps the
 * collections (tens of milliseconds each in a grown jest worker) to `count`.
 */
export function sampledSlices(bytes: Uint8Array, count: number): { stream: Readable; growth: MemoryGrowth } {
  collectGarbage('major');
  const before = process.memoryUsage();
  const growth: MemoryGrowth = { rss: 0, arrayBuffers: 0, samples: 0 };
  function* slices(): Generator<Uint8Array> {
    const step = Math.ceil(bytes.length / count);
    for (let at = 0; at < bytes.length; at += step) {
      collectGarbage('major');
      const now = process.memoryUsage();
      growth.rss = Math.max(growth.rss, now.rss - before.rss);
      growth.arrayBuffers = Math.max(growth.arrayBuffers, now.arrayBuffers - before.arrayBuffers);
      growth.samples++;
      yield bytes.subarray(at, at + step);
    }
  }
  // A high-water mark of one byte: the next slice is made only when the reader has taken the last.
  return { stream: Readable.from(slices(), { objectMode: false, highWaterMark: 1 }), growth };
}
