import { NEWLINE_COUNT_WASM } from './newline-count-wasm.js';

/** The number of `\n` bytes in `bytes`. */
export type NewlineCounter = (bytes: Uint8Array) => number;

const NL = 0x0a;

/** Node's memchr per line: fast once optimized, but a call per line is slow while the JIT warms up. */
export const indexOfNewlineCounter: NewlineCounter = (bytes) => {
  let n = 0;
  for (let i = bytes.indexOf(NL); i !== -1; i = bytes.indexOf(NL, i + 1)) n++;
  return n;
};

/**
 * newline-count.wat: 16 bytes per step with WebAssembly SIMD, one call per 1 MB. The bytes are
 * copied into the module's memory first, which costs less than a call per line. Null where the
 * runtime has no WebAssembly (`node --jitless`) or no SIMD.
 */
export function wasmNewlineCounter(): NewlineCounter | null {
  if (typeof WebAssembly === 'undefined') return null;
  const bytes = Buffer.from(NEWLINE_COUNT_WASM, 'base64');
  if (!WebAssembly.validate(bytes)) return null;
  const { exports } = new WebAssembly.Instance(new WebAssembly.Module(bytes));
  const memory = new Uint8Array((exports.memory as WebAssembly.Memory).buffer);
  const count = exports.count as (length: number) => number;
  return (chunk) => {
    if (chunk.length <= memory.length) {
      memory.set(chunk);
      return count(chunk.length);
    }
    let n = 0;
    for (let start = 0; start < chunk.length; start += memory.length) {
      const part = chunk.subarray(start, start + memory.length);
      memory.set(part);
      n += count(part.length);
    }
    return n;
  };
}

let counter: NewlineCounter | undefined;

/** The number of `\n` bytes in `bytes`, by the fastest counter this runtime has. */
export function countNewlines(bytes: Uint8Array): number {
  counter ??= wasmNewlineCounter() ?? indexOfNewlineCounter;
  return counter(bytes);
}
