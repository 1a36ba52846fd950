/** The gzip framing around zlib's raw inflater, against Node's own gunzip and gzip -d's rules. */
import { createHash, randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { crc32 as zlibCrc32, gunzipSync, gzipSync } from 'node:zlib';
import { tableCrc32 } from '../../src/stats/crc32.js';
import { GzipDecoder } from '../../src/stats/gzip-decoder.js';

interface Decoded {
  /** The output's SHA-1: deep equality on megabytes is slow. */
  output?: string;
  error?: string;
  trailingGarbageAt: number;
}

const sha1 = (bytes: Uint8Array) => createHash('sha1').update(bytes).digest('hex');

function decode(input: Buffer, chunkSize: number): Promise<Decoded> {
  const decoder = new GzipDecoder();
  const chunks = Array.from({ length: Math.ceil(input.length / chunkSize) }, (_, i) => input.subarray(i * chunkSize, (i + 1) * chunkSize));
  return new Promise((resolve) => {
    const output: Buffer[] = [];
    decoder.on('data', (data: Buffer) => output.push(data));
    decoder.on('error', (error) => resolve({ error: error.message, trailingGarbageAt: decoder.trailingGarbageAt }));
    decoder.on('end', () => resolve({ output: sha1(Buffer.concat(output)), trailingGarbageAt: decoder.trailingGarbageAt }));
    Readable.from(chunks).pipe(decoder);
  });
}

/** A member's header with the given flags and optional fields. */
function header(flags: number, ...fields: Buffer[]): Buffer {
  return Buffer.concat([Buffer.from([0x1f, 0x8b, 8, flags, 0, 0, 0, 0, 0, 3]), ...fields]);
}

const DATA = Buffer.concat([randomBytes(300_000), Buffer.alloc(3_000_000, 'a'), randomBytes(1000)]);
const OUTPUT = sha1(DATA);
const GZ = gzipSync(DATA);
const DEFLATED = GZ.subarray(10, GZ.length - 8);
const TRAILER = GZ.subarray(GZ.length - 8);
const CHUNK_SIZES = [GZ.length, 1 << 16, 997];

function withByte(bytes: Buffer, at: number, change: (byte: number) => number): Buffer {
  const copy = Buffer.from(bytes);
  copy[at] = change(copy[at]!);
  return copy;
}

describe.each(CHUNK_SIZES)('GzipDecoder, in chunks of %d bytes', (chunkSize) => {
  const decoded = (input: Buffer) => decode(input, chunkSize);

  it('inflates one member, and members one after another as one stream', async () => {
    expect(await decoded(GZ)).toEqual({ output: OUTPUT, trailingGarbageAt: -1 });
    const members = Buffer.concat([GZ, gzipSync(Buffer.from('more')), GZ]);
    expect(await decoded(members)).toEqual({ output: sha1(Buffer.concat([DATA, Buffer.from('more'), DATA])), trailingGarbageAt: -1 });
  });

  it('ignores bytes after a member that start no other one, as gzip -d does, and says where they start', async () => {
    for (const garbage of ['garbage\n', '\0\0\0\0', '\x1f', '\x1f\x1f\x8b']) {
      expect(await decoded(Buffer.concat([GZ, Buffer.from(garbage, 'latin1')]))).toEqual({ output: OUTPUT, trailingGarbageAt: GZ.length });
    }
  });

  it('reads every optional header field, and checks the header CRC', async () => {
    const fields = header(4 | 8 | 16 | 2, Buffer.from([5, 0, 1, 2, 3, 4, 5]), Buffer.from('name.tar\0comment\0'));
    const crc = Buffer.alloc(2);
    crc.writeUInt16LE(zlibCrc32(fields) & 0xffff);
    const member = Buffer.concat([fields, crc, DEFLATED, TRAILER]);
    expect(sha1(gunzipSync(member))).toBe(OUTPUT);
    expect(await decoded(member)).toEqual({ output: OUTPUT, trailingGarbageAt: -1 });
    expect((await decoded(withByte(member, fields.length, (b) => b ^ 1))).error).toBe('corrupt gzip data (header crc mismatch)');
    const longExtra = Buffer.concat([header(4, Buffer.from([0xff, 0xff]), Buffer.alloc(0xffff, 7)), DEFLATED, TRAILER]);
    expect((await decoded(longExtra)).output).toBe(OUTPUT);
  });

  it('words each fault as gzip and zlib do', async () => {
    const error = async (input: Buffer) => (await decoded(input)).error;
    expect(await error(Buffer.from('just some text'))).toBe('not a gzip file');
    expect(await error(Buffer.alloc(0))).toBe('truncated gzip stream');
    expect(await error(GZ.subarray(0, 4))).toBe('truncated gzip stream');
    expect(await error(GZ.subarray(0, 5000))).toBe('truncated gzip stream');
    expect(await error(GZ.subarray(0, GZ.length - 8))).toBe('truncated gzip stream');
    expect(await error(GZ.subarray(0, GZ.length - 3))).toBe('truncated gzip stream');
    expect(await error(Buffer.concat([GZ, Buffer.from([0x1f, 0x8b])]))).toBe('truncated gzip stream');
    expect(await error(Buffer.concat([GZ, Buffer.from([0x1f, 0x8b, 7])]))).toBe('corrupt gzip data (unknown compression method)');
    expect(await error(Buffer.concat([header(0x20), DEFLATED, TRAILER]))).toBe('corrupt gzip data (unknown header flags set)');
    expect(await error(withByte(GZ, GZ.length - 8, (b) => b ^ 1))).toBe('corrupt gzip data (incorrect data check)');
    expect(await error(withByte(GZ, GZ.length - 1, (b) => b ^ 1))).toBe('corrupt gzip data (incorrect length check)');
    expect(await error(Buffer.concat([header(0), Buffer.from([0xff, 0xff, 0xff]), TRAILER]))).toMatch(/^corrupt gzip data \(invalid .*\)$/);
  });
});

it('crc32 without zlib.crc32 (Node before 20.15) is the same CRC-32', () => {
  const data = randomBytes(10_000);
  expect(tableCrc32(data, 0)).toBe(zlibCrc32(data));
  expect(tableCrc32(data.subarray(5000), tableCrc32(data.subarray(0, 5000), 0))).toBe(zlibCrc32(data));
});
