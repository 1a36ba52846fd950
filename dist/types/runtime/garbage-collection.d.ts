/**
 * Collects garbage now: `minor` the young generation (well under a millisecond), `major` the whole
 * heap. A Buffer's memory lives outside V8's heap and is freed only when the small object holding
 * it is collected; a stream that inflates gigabytes allocates little else, so V8 waits until some
 * 64 MB of dead buffers have piled up. V8 lends its collector only to a context made after
 * `--expose-gc` is set, so the flag is set on first use, not when this module loads; where the
 * runtime refuses, nothing is collected early.
 */
export declare function collectGarbage(type: 'minor' | 'major'): void;
