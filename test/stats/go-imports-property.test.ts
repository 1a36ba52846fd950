import fc from 'fast-check';
import { goFile, junk, split } from './go-arbitraries.js';
import { scanGoImports } from '../../src/stats/go-imports.js';
import { GoFileReader } from '../../src/stats/go-file-reader.js';
import { LineCounter } from '../../src/stats/line-count.js';

const RUNS = { numRuns: 400 };

function readInChunks(chunks: Buffer[]): ReturnType<GoFileReader['finish']> {
  const reader = new GoFileReader();
  for (const chunk of chunks) reader.add(chunk);
  return reader.finish();
}

describe('import scanner properties', () => {
  it('recovers exactly the imports written, in order, whatever the spelling', () => {
    fc.assert(
      fc.property(goFile, ({ src, imports }) => {
        expect(scanGoImports(Buffer.from(src, 'utf8'), true)).toEqual({ status: 'ok', imports });
      }),
      RUNS,
    );
  });

  it('gives the same result for a file fed in any chunks as for the whole file', () => {
    fc.assert(
      fc.property(goFile, fc.array(fc.nat(), { maxLength: 8 }), ({ src }, cuts) => {
        const bytes = Buffer.from(src, 'utf8');
        expect(readInChunks(split(bytes, cuts))).toEqual(GoFileReader.read(bytes));
      }),
      RUNS,
    );
  });

  it('never throws on junk, whole or in chunks, and chunking never changes the verdict', () => {
    fc.assert(
      fc.property(junk, fc.array(fc.nat(), { maxLength: 8 }), (bytes, cuts) => {
        const buffer = Buffer.from(bytes);
        const whole = scanGoImports(buffer, true);
        expect(['ok', 'error']).toContain(whole.status);
        for (let n = 0; n <= buffer.length; n += 7) expect(['ok', 'error', 'more']).toContain(scanGoImports(buffer.subarray(0, n), false).status);
        expect(readInChunks(split(buffer, cuts))).toEqual(GoFileReader.read(buffer));
      }),
      RUNS,
    );
  });

  it('counts lines as docs/contract.md §2.3 does, however the file is chunked', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.array(fc.nat(), { maxLength: 8 }), (bytes, cuts) => {
        const buffer = Buffer.from(bytes);
        const newlines = buffer.filter((b) => b === 10).length;
        const expected = newlines + (buffer.length > 0 && buffer[buffer.length - 1] !== 10 ? 1 : 0);
        const counter = new LineCounter();
        for (const chunk of split(buffer, cuts)) counter.add(chunk);
        expect(counter.lines).toBe(expected);
      }),
      RUNS,
    );
  });
});
