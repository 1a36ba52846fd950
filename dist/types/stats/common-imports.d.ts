import type { ImportScan } from './go-imports.js';
/**
 * scanGoImports for the common forms: the same verdict as the full scanner, or undefined when
 * the bytes need the full scanner. It never decides an error: the full scanner words those.
 */
export declare function scanCommonImports(src: Uint8Array, atEof: boolean): ImportScan | undefined;
