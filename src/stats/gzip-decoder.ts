import { Transform, type TransformCallback } from 'node:stream';
import { createInflateRaw, type InflateRaw } from 'node:zlib';
import { collectGarbage } from '../runtime/garbage-collection.js';
import { crc32 } from './crc32.js';

/**
 * Inflates a gzip stream the way `gzip -d` reads one (RFC 1952): members one after another as
 * one stream, each checked against its trailer, and bytes after a member that do not start
 * another one ignored as trailing garbage. Node's gunzip rejects those bytes, and drops the last
 * output before them with its error; here zlib's raw inflater (on the thread pool, as there)
 * inflates each member, and the framing around it is read in this file.
 */

/** A gzip stream that cannot be read; the message says why, in gzip's and zlib's words. */
export class GzipError extends Error {
  override name = 'GzipError';
}

const ID1 = 0x1f;
const ID2 = 0x8b;
const DEFLATE = 8;
const RESERVED_FLAGS = 0xe0;
const TRAILER_BYTES = 8;
/** Large output chunks: fewer hand-overs between the inflater and what reads its output. */
const CHUNK_BYTES = 1 << 20;
/**
 * Inflated chunks are freed only when collected (runtime/garbage-collection.ts): the young
 * generation is collected after every 16 MiB of output, which frees the chunks of one long member
 * (on Node 24, a 2.5 GiB member peaked at 155 MB of memory without it, 110 MB with it). Each member
 * has an inflater of its own whose output buffer outlives young collections: after 16 members
 * that inflated 64 MiB or more, the whole heap is collected (149 MB and 114 MB for 320 members of
 * 8 MiB); members smaller than that are left to V8, which would collect about as often.
 */
const YOUNG_COLLECTION_BYTES = 16 << 20;
const MAJOR_COLLECTION_MEMBERS = 16;
const MAJOR_COLLECTION_BYTES = 64 << 20;

// A header's fields in order, each optional one with the flag that announces it.
const FIXED = 0; // ID1 ID2 CM FLG MTIME(4) XFL OS
const EXTRA_LENGTH = 1; // XLEN, two bytes
const EXTRA = 2; // XLEN bytes
const NAME = 3; // zero-terminated
const COMMENT = 4; // zero-terminated
const HEADER_CRC = 5; // the low two bytes of the CRC-32 of the header before them
const DONE = 6;
const FIXED_BYTES = 10;
const OPTIONAL_FIELDS: [step: number, flag: number][] = [
  [EXTRA_LENGTH, 4],
  [NAME, 8],
  [COMMENT, 16],
  [HEADER_CRC, 2],
];

/** Bytes where a member's header should start that do not: trailing garbage after a member. */
class NotAMember extends Error {}

/** Reads a member's header as it streams past. */
class MemberHeader {
  /** Bytes read so far. */
  length = 0;
  private step = FIXED;
  private flags = 0;
  private twoBytes = 0;
  private twoBytesRead = 0;
  private extraLeft = 0;
  private crc = 0;

  get done(): boolean {
    return this.step === DONE;
  }

  /** Reads what it can from `chunk[offset..]`; returns the offset after the header, or the chunk's end. */
  read(chunk: Buffer, offset: number): number {
    let i = offset;
    while (i < chunk.length && this.step !== DONE) {
      const start = i;
      const step = this.step;
      i = this.readStep(chunk, i);
      this.length += i - start;
      if (step !== HEADER_CRC) this.crc = crc32(chunk.subarray(start, i), this.crc);
    }
    return i;
  }

  private readStep(chunk: Buffer, i: number): number {
    switch (this.step) {
      case FIXED:
        this.readFixed(chunk[i]!);
        return i + 1;
      case EXTRA_LENGTH:
      case HEADER_CRC:
        this.readTwoBytes(chunk[i]!);
        return i + 1;
      case EXTRA: {
        const n = Math.min(this.extraLeft, chunk.length - i);
        this.extraLeft -= n;
        if (this.extraLeft === 0) this.next();
        return i + n;
      }
      default: {
        const end = chunk.indexOf(0, i);
        if (end === -1) return chunk.length;
        this.next();
        return end + 1;
      }
    }
  }

  private readFixed(c: number): void {
    const at = this.length;
    if (at < 2 && c !== (at === 0 ? ID1 : ID2)) throw new NotAMember();
    if (at === 2 && c !== DEFLATE) throw new GzipError('corrupt gzip data (unknown compression method)');
    if (at === 3) {
      if (c & RESERVED_FLAGS) throw new GzipError('corrupt gzip data (unknown header flags set)');
      this.flags = c;
    }
    if (at === FIXED_BYTES - 1) this.next();
  }

  /** XLEN and the header CRC: two bytes, little-endian. */
  private readTwoBytes(c: number): void {
    this.twoBytes |= c << (8 * this.twoBytesRead++);
    if (this.twoBytesRead < 2) return;
    const value = this.twoBytes;
    this.twoBytes = 0;
    this.twoBytesRead = 0;
    if (this.step === HEADER_CRC && value !== (this.crc & 0xffff)) throw new GzipError('corrupt gzip data (header crc mismatch)');
    if (this.step === EXTRA_LENGTH && value > 0) {
      this.extraLeft = value;
      this.step = EXTRA;
    } else {
      this.next();
    }
  }

  /** On to the next field the flags announce. */
  private next(): void {
    const field = OPTIONAL_FIELDS.find(([step, flag]) => step > this.step && (this.flags & flag) !== 0);
    this.step = field ? field[0] : DONE;
  }
}

type Phase = 'header' | 'body' | 'trailer' | 'trailing';

export class GzipDecoder extends Transform {
  private phase: Phase = 'header';
  private header = new MemberHeader();
  private inflater: InflateRaw | null = null;
  private members = 0;
  private crc = 0;
  /** Output not yet in `crc`, checked later so that the inflater's next step need not wait for it. */
  private unchecked: Buffer[] = [];
  private size = 0;
  private outputSinceYoung = 0;
  private outputSinceMajor = 0;
  private membersSinceMajor = 0;
  private readonly trailer = Buffer.alloc(TRAILER_BYTES);
  private trailerLength = 0;
  /** Input bytes before the current chunk. */
  private position = 0;
  /** Where the last member ended in the input. */
  private memberEnd = 0;
  /** Where bytes that are not gzip follow the last member, or -1. */
  trailingGarbageAt = -1;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.consume(chunk, 0, (error) => {
      this.position += chunk.length;
      callback(error);
    });
  }

  override _flush(callback: TransformCallback): void {
    // A lone byte after a member, the first of the magic number or not, starts no member either.
    if (this.phase === 'header' && this.members > 0 && this.header.length === 1) this.trailingGarbageAt = this.memberEnd;
    const ended = this.phase === 'trailing' || (this.phase === 'header' && this.members > 0 && this.header.length < 2);
    callback(ended ? null : new GzipError('truncated gzip stream'));
  }

  // Output waits while its reader is behind: the inflater is paused when a push is refused.
  override _read(size: number): void {
    this.inflater?.resume();
    super._read(size);
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    this.inflater?.destroy();
    callback(error);
  }

  /** Reads `chunk` from `offset`, through as many members as it holds; calls `done` once all of it is read. */
  private consume(chunk: Buffer, offset: number, done: (error?: Error | null) => void): void {
    try {
      while (offset < chunk.length) {
        if (this.phase === 'header') offset = this.readHeader(chunk, offset);
        else if (this.phase === 'trailer') offset = this.readTrailer(chunk, offset);
        else if (this.phase === 'body') return this.inflate(chunk, offset, done);
        else break; // trailing garbage is ignored
      }
    } catch (error) {
      done(error as Error);
      return;
    }
    done();
  }

  private readHeader(chunk: Buffer, offset: number): number {
    try {
      const end = this.header.read(chunk, offset);
      if (this.header.done) this.startBody();
      return end;
    } catch (error) {
      if (!(error instanceof NotAMember)) throw error;
      if (this.members === 0) throw new GzipError('not a gzip file');
      this.phase = 'trailing';
      this.trailingGarbageAt = this.memberEnd;
      return chunk.length;
    }
  }

  private startBody(): void {
    const inflater = createInflateRaw({ chunkSize: CHUNK_BYTES });
    inflater.on('data', (data: Buffer) => {
      this.size = (this.size + data.length) % 0x100000000;
      this.collectAfterOutput(data.length);
      if (this.unchecked.push(data) === 1) setImmediate(() => this.updateCrc());
      if (!this.push(data)) inflater.pause();
    });
    inflater.on('error', (error: Error) => this.destroy(new GzipError(`corrupt gzip data (${error.message})`)));
    this.inflater = inflater;
    this.phase = 'body';
  }

  /** Hands the rest of `chunk` to the inflater; it takes less than all only where the member's deflate data ends. */
  private inflate(chunk: Buffer, offset: number, done: (error?: Error | null) => void): void {
    const inflater = this.inflater!;
    const part = chunk.subarray(offset);
    const before = inflater.bytesWritten;
    inflater.write(part, (error) => {
      if (error) return; // the inflater's 'error' ends this stream
      const used = inflater.bytesWritten - before;
      if (used === part.length) return done();
      // The trailer follows, to be checked once the inflater has handed over all its output.
      const next = (): void => {
        inflater.destroy();
        this.inflater = null;
        this.phase = 'trailer';
        this.consume(chunk, offset + used, done);
      };
      if (inflater.readableEnded) next();
      else inflater.once('end', next);
    });
  }

  private collectAfterOutput(bytes: number): void {
    this.outputSinceYoung += bytes;
    this.outputSinceMajor += bytes;
    if (this.outputSinceYoung < YOUNG_COLLECTION_BYTES) return;
    this.outputSinceYoung = 0;
    collectGarbage('minor');
  }

  private collectAfterMember(): void {
    if (++this.membersSinceMajor < MAJOR_COLLECTION_MEMBERS || this.outputSinceMajor < MAJOR_COLLECTION_BYTES) return;
    this.membersSinceMajor = 0;
    this.outputSinceMajor = 0;
    collectGarbage('major');
  }

  private updateCrc(): void {
    for (const data of this.unchecked) this.crc = crc32(data, this.crc);
    this.unchecked = [];
  }

  private readTrailer(chunk: Buffer, offset: number): number {
    const n = Math.min(TRAILER_BYTES - this.trailerLength, chunk.length - offset);
    chunk.copy(this.trailer, this.trailerLength, offset, offset + n);
    this.trailerLength += n;
    if (this.trailerLength < TRAILER_BYTES) return offset + n;
    this.updateCrc();
    if (this.trailer.readUInt32LE(0) !== this.crc) throw new GzipError('corrupt gzip data (incorrect data check)');
    if (this.trailer.readUInt32LE(4) !== this.size) throw new GzipError('corrupt gzip data (incorrect length check)');
    this.members++;
    this.collectAfterMember();
    this.crc = 0;
    this.size = 0;
    this.trailerLength = 0;
    this.header = new MemberHeader();
    this.phase = 'header';
    this.memberEnd = this.position + offset + n;
    return offset + n;
  }
}
