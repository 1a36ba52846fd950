/** CRC-32 as gzip's trailer holds it, continuing from `crc`. */
export type Crc32 = (data: Uint8Array, crc: number) => number;
/** Byte by byte from a table: for runtimes older than zlib.crc32 (Node 20.15, 22.2). */
export declare const tableCrc32: Crc32;
export declare const crc32: Crc32;
