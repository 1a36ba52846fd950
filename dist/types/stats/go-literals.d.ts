export declare function isDecimal(c: number): boolean;
/** Reads bytes past the end as -1 at the end of the file, and asks for more otherwise. */
export declare function byteReader(src: Uint8Array, atEof: boolean): (i: number) => number;
/**
 * Go's scanner on the number literal at `start` (a digit, or `.` before a digit): returns its end.
 * It follows go/scanner's scanNumber step by step, so the two can be read side by side.
 */
export declare function numberEnd(src: Uint8Array, start: number, atEof: boolean): number;
/** Whether `c` starts an operator or delimiter. */
export declare function isOperatorStart(c: number): boolean;
/** The length of the operator or delimiter at `start`, by Go's longest match. */
export declare function operatorLength(src: Uint8Array, start: number, atEof: boolean): number;
