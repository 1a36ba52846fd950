import * as zlib from 'node:zlib';

/** CRC-32 as gzip's trailer holds it, continuing from `crc`. */
export type Crc32 = (data: Uint8Array, crc: number) => number;

const TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** Byte by byte from a table: for runtimes older than zlib.crc32 (Node 20.15, 22.2). */
export const tableCrc32: Crc32 = (data, crc) => {
  let c = ~crc;
  for (let i = 0; i < data.length; i++) c = TABLE[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
};

export const crc32: Crc32 = (zlib as { crc32?: Crc32 }).crc32 ?? tableCrc32;
