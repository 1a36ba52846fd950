import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { indexOfNewlineCounter, wasmNewlineCounter, type NewlineCounter } from '../../src/stats/newline-count.js';
import { embeddedModule } from '../../scripts/build-wasm.mjs';

const run = promisify(execFile);

function naive(bytes: Uint8Array): number {
  let n = 0;
  for (const byte of bytes) if (byte === 0x0a) n++;
  return n;
}

/** Bytes that are often newlines, cut at any offset (so not aligned to 16). */
const slices = fc.tuple(fc.uint8Array({ maxLength: 600 }), fc.nat(), fc.nat()).map(([bytes, a, b]) => {
  const data = Buffer.from(bytes.map((byte) => (byte % 4 === 0 ? 0x0a : byte)));
  const start = a % (data.length + 1);
  return data.subarray(start, start + (b % (data.length - start + 1)));
});

describe('newline counting', () => {
  const wasm = wasmNewlineCounter();
  const counters: [string, NewlineCounter][] = [
    ['WebAssembly', wasm!],
    ['Buffer.indexOf', indexOfNewlineCounter],
  ];

  it('embeds the module that scripts/build-wasm.mjs builds from newline-count.wat', async () => {
    expect(readFileSync('src/stats/newline-count-wasm.ts', 'utf8')).toBe(await embeddedModule());
  });

  it('has WebAssembly SIMD on this runtime, so the fast counter is the one in use', () => {
    expect(wasm).not.toBeNull();
  });

  it.each(counters)('%s: counts every newline of any slice', (_name, count) => {
    fc.assert(
      fc.property(slices, (bytes) => {
        expect(count(bytes)).toBe(naive(bytes));
      }),
      { numRuns: 2000 },
    );
  });

  it.each(counters)('%s: counts across the 1 MB window, at its edges and past 255 blocks', (_name, count) => {
    const big = Buffer.alloc(3 * (1 << 20) + 37, 0x61);
    for (let i = 0; i < big.length; i += 7) big[i] = 0x0a;
    for (const length of [0, 15, 16, 17, 255 * 16, 255 * 16 + 1, (1 << 20) - 1, 1 << 20, (1 << 20) + 1, big.length]) {
      expect(count(big.subarray(0, length))).toBe(naive(big.subarray(0, length)));
      expect(count(big.subarray(1, length))).toBe(naive(big.subarray(1, length)));
    }
    expect(count(Buffer.alloc(5000, 0x0a))).toBe(5000);
  });

  it('gives the same stats where the runtime has no WebAssembly (node --jitless)', async () => {
    const source = 'pkg/errors=/usr/share/gocode/src/github.com/pkg/errors';
    const [withWasm, without] = await Promise.all([
      run(process.execPath, ['dist/cli.js', 'stats', source]),
      run(process.execPath, ['--jitless', 'dist/cli.js', 'stats', source]),
    ]);
    expect(without.stdout).toBe(withWasm.stdout);
    expect(withWasm.stdout).toMatch(/^pkg\/errors, 0, [1-9]\d*\n$/);
  });
});
