/** The number of `\n` bytes in `bytes`. */
export type NewlineCounter = (bytes: Uint8Array) => number;
/** Node's memchr per line: fast once optimized, but a call per line is slow while the JIT warms up. */
export declare const indexOfNewlineCounter: NewlineCounter;
/**
 * newline-count.wat: 16 bytes per step with WebAssembly SIMD, one call per 1 MB. The bytes are
 * copied into the module's memory first, which costs less than a call per line. Null where the
 * runtime has no WebAssembly (`node --jitless`) or no SIMD.
 */
export declare function wasmNewlineCounter(): NewlineCounter | null;
/** The number of `\n` bytes in `bytes`, by the fastest counter this runtime has. */
export declare function countNewlines(bytes: Uint8Array): number;
